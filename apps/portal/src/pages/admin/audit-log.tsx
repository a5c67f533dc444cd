import { type FormEvent, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { addDays, formatDateTime, startOfAmsterdamDay } from '../../format/format';
import { graphql } from '../../gql';
import type { AuditLogPageQuery, AuditLogPageQueryVariables } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import './audit-log.css';
import { AUDITED_SERVICES, type AuditCursors, type AuditedService, mergeAuditPages, type ServicePage } from './audit-merge';
import { PersonPicker, type PickedPerson } from './person-picker';

const AuditLogPage = graphql(`
  query AuditLogPage(
    $first: Int!
    $person: ID
    $actor: String
    $action: String
    $from: DateTime
    $before: DateTime
    $withTeams: Boolean!
    $teamsAfter: String
    $withVolunteers: Boolean!
    $volunteersAfter: String
    $withActivities: Boolean!
    $activitiesAfter: String
    $withTraining: Boolean!
    $trainingAfter: String
    $withFinance: Boolean!
    $financeAfter: String
    $withImpact: Boolean!
    $impactAfter: String
  ) {
    teams: teamsAuditLog(first: $first, after: $teamsAfter, person: $person, actor: $actor, action: $action, from: $from, before: $before)
      @include(if: $withTeams) {
      ...AuditLogEntries
    }
    volunteers: volunteersAuditLog(
      first: $first
      after: $volunteersAfter
      person: $person
      actor: $actor
      action: $action
      from: $from
      before: $before
    ) @include(if: $withVolunteers) {
      ...AuditLogEntries
    }
    activities: activitiesAuditLog(
      first: $first
      after: $activitiesAfter
      person: $person
      actor: $actor
      action: $action
      from: $from
      before: $before
    ) @include(if: $withActivities) {
      ...AuditLogEntries
    }
    training: trainingAuditLog(
      first: $first
      after: $trainingAfter
      person: $person
      actor: $actor
      action: $action
      from: $from
      before: $before
    ) @include(if: $withTraining) {
      ...AuditLogEntries
    }
    finance: financeAuditLog(
      first: $first
      after: $financeAfter
      person: $person
      actor: $actor
      action: $action
      from: $from
      before: $before
    ) @include(if: $withFinance) {
      ...AuditLogEntries
    }
    impact: impactAuditLog(
      first: $first
      after: $impactAfter
      person: $person
      actor: $actor
      action: $action
      from: $from
      before: $before
    ) @include(if: $withImpact) {
      ...AuditLogEntries
    }
  }

  fragment AuditLogEntries on AuditEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      cursor
      node {
        id
        occurredAt
        actorSubject
        actorRole
        action
        entityType
        entityId
        relatedIds
      }
    }
  }
`);

const PAGE_SIZE = 25;

interface Filters {
  service: AuditedService | '';
  person: PickedPerson | null;
  actor: string;
  action: string;
  fromDate: string;
  untilDate: string;
}

const NO_FILTERS: Filters = { service: '', person: null, actor: '', action: '', fromDate: '', untilDate: '' };

function capitalised(service: AuditedService): string {
  return service[0].toUpperCase() + service.slice(1);
}

function variablesFor(filters: Filters, cursors: AuditCursors): AuditLogPageQueryVariables {
  const wanted = (service: AuditedService) => !filters.service || filters.service === service;
  const perService = Object.fromEntries(
    AUDITED_SERVICES.flatMap((service) => [
      [`with${capitalised(service)}`, wanted(service)],
      [`${service}After`, cursors[service] ?? null],
    ]),
  );
  return {
    first: PAGE_SIZE,
    person: filters.person?.id ?? null,
    actor: filters.actor.trim() || null,
    action: filters.action.trim() || null,
    from: filters.fromDate ? startOfAmsterdamDay(filters.fromDate) : null,
    // "Up to and including" a day: before the start of the next one.
    before: filters.untilDate ? startOfAmsterdamDay(addDays(filters.untilDate, 1)) : null,
    ...perService,
  } as AuditLogPageQueryVariables;
}

/** The audit logs of every service as one list, newest first, filtered by person, actor, action, service and dates. */
export default function AuditLog() {
  const intl = useIntl();
  const { language } = usePortal();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The cursors of the pages before this one, so "Vorige" goes back exactly.
  const [trail, setTrail] = useState<AuditCursors[]>([{}]);
  const cursors = trail[trail.length - 1];
  const query = useQuery(AuditLogPage, variablesFor(filters, cursors));

  const merged = useMemo(() => {
    if (!query.data) return undefined;
    const pages: Partial<Record<AuditedService, ServicePage<AuditEntry>>> = {};
    for (const service of AUDITED_SERVICES) {
      const connection = query.data[service];
      if (connection) pages[service] = { edges: connection.edges, hasNextPage: connection.pageInfo.hasNextPage };
    }
    return mergeAuditPages(pages, cursors, PAGE_SIZE);
  }, [query.data, cursors]);
  const total = AUDITED_SERVICES.reduce((sum, service) => sum + (query.data?.[service]?.totalCount ?? 0), 0);

  function onFilter(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
    setTrail([{}]);
  }

  function onClear() {
    setDraft(NO_FILTERS);
    setFilters(NO_FILTERS);
    setTrail([{}]);
  }

  const filterProblems = (field: string) => fieldProblemsOf(query.problems, field);

  return (
    <Page titleId="audit.title">
      <p>
        <FormattedMessage id="audit.intro" />
      </p>
      <form className="audit-filters" onSubmit={onFilter} aria-label={intl.formatMessage({ id: 'audit.filters' })}>
        <FormField label={<FormattedMessage id="audit.filter.service" />}>
          {(props) => (
            <select
              {...props}
              value={draft.service}
              onChange={(event) => setDraft({ ...draft, service: event.target.value as Filters['service'] })}
            >
              <option value="">{intl.formatMessage({ id: 'audit.service.all' })}</option>
              {AUDITED_SERVICES.map((service) => (
                <option key={service} value={service}>
                  {intl.formatMessage({ id: `audit.service.${service}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <PersonPicker person={draft.person} onChange={(person) => setDraft({ ...draft, person })} />
        <FormField
          label={<FormattedMessage id="audit.filter.action" />}
          hint={<FormattedMessage id="audit.filter.actionHint" />}
          problems={filterProblems('action')}
        >
          {(props) => <input {...props} value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })} />}
        </FormField>
        <FormField
          label={<FormattedMessage id="audit.filter.actor" />}
          hint={<FormattedMessage id="audit.filter.actorHint" />}
          problems={filterProblems('actor')}
        >
          {(props) => <input {...props} value={draft.actor} onChange={(event) => setDraft({ ...draft, actor: event.target.value })} />}
        </FormField>
        <FormField label={<FormattedMessage id="audit.filter.from" />}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.fromDate}
              onChange={(event) => setDraft({ ...draft, fromDate: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={<FormattedMessage id="audit.filter.until" />}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.untilDate}
              min={draft.fromDate || undefined}
              onChange={(event) => setDraft({ ...draft, untilDate: event.target.value })}
            />
          )}
        </FormField>
        <div className="button-row">
          <button type="submit" className="button">
            <FormattedMessage id="audit.filter.apply" />
          </button>
          <button type="button" className="button button--secondary" onClick={onClear}>
            <FormattedMessage id="audit.filter.clear" />
          </button>
        </div>
      </form>

      <ProblemMessage problems={query.problems.filter((problem) => problem.fields.length === 0)} onRetry={query.reload} />
      {query.loading && !merged && <Loading />}
      {merged && (
        <>
          <p role="status">
            <FormattedMessage id="audit.count" values={{ total, page: trail.length }} />
          </p>
          {merged.entries.length === 0 ? (
            <p>
              <FormattedMessage id="audit.none" />
            </p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="audit-caption">
              <table>
                <caption id="audit-caption">
                  <FormattedMessage id="audit.caption" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="audit.column.when" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="audit.column.service" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="audit.column.action" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="audit.column.record" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="audit.column.actor" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {merged.entries.map((entry) => (
                    <tr key={`${entry.service}:${entry.id}`}>
                      <td>{formatDateTime(entry.occurredAt, language)}</td>
                      <td>
                        <FormattedMessage id={`audit.service.${entry.service}`} />
                      </td>
                      <th scope="row">
                        <code>{entry.action}</code>
                      </th>
                      <td>
                        {entry.entityType} <code className="muted">{entry.entityId}</code>
                        {entry.relatedIds.length > 0 && (
                          <>
                            <br />
                            <span className="muted">
                              <FormattedMessage id="audit.related" values={{ ids: entry.relatedIds.join(', ') }} />
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        {entry.actorSubject}
                        <br />
                        <span className="muted">
                          <FormattedMessage id={`audit.role.${entry.actorRole}`} />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            {trail.length > 1 && (
              <button type="button" className="button button--secondary" onClick={() => setTrail(trail.slice(0, -1))}>
                <FormattedMessage id="audit.previous" />
              </button>
            )}
            {merged.hasMore && (
              <button type="button" className="button" onClick={() => setTrail([...trail, merged.next])}>
                <FormattedMessage id="audit.next" />
              </button>
            )}
          </div>
        </>
      )}
    </Page>
  );
}

type AuditEntry = NonNullable<AuditLogPageQuery['teams']>['edges'][number]['node'];
