import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocation, useSearch } from 'wouter';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/portal-context';
import { todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { choiceFromSearch, type ReportKind, searchFor } from './partner-report';
import { AgreementReport, NeighbourhoodReport, NoAccess, TeamReport } from './scope-reports';
import './partner-dashboard.css';

/** What this partner may choose from: their own neighbourhoods, the teams there, and the agreements they fund. */
const PartnerDashboardScopesQuery = graphql(`
  query PartnerDashboardScopes($partnerId: ID!, $withAgreements: Boolean!) {
    neighbourhoods {
      id
      name
      city
      teams {
        id
        name
      }
    }
    partner(id: $partnerId) @include(if: $withAgreements) {
      id
      fundingAgreements {
        id
        title
      }
    }
  }
`);

const KINDS: ReportKind[] = ['neighbourhood', 'team', 'agreement'];

type Options = Record<ReportKind, { id: string; label: string }[]>;

/** A funding partner's view of their neighbourhoods, teams and agreements: what the teams did and what it is worth. */
export default function PartnerDashboard() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const { partnerId } = useSession();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const choice = choiceFromSearch(search, thisYear);
  const list = useQuery(PartnerDashboardScopesQuery, { partnerId: partnerId ?? '', withAgreements: partnerId !== undefined });

  if (list.loading && !list.data) return <Loading />;
  if (!list.data) {
    return (
      <Page titleId="partnerDashboard.title">
        <ProblemMessage problems={list.problems} onRetry={list.reload} />
      </Page>
    );
  }

  const { neighbourhoods } = list.data;
  const agreements = list.data.partner?.fundingAgreements;
  const options: Options = {
    neighbourhood: neighbourhoods.map((neighbourhood) => ({
      id: neighbourhood.id,
      label: `${neighbourhood.name} (${neighbourhood.city})`,
    })),
    team: neighbourhoods.flatMap((neighbourhood) => neighbourhood.teams.map((team) => ({ id: team.id, label: team.name }))),
    agreement: (agreements ?? []).map((agreement) => ({ id: agreement.id, label: agreement.title })),
  };
  const neighbourhoodName = (id: string) => neighbourhoods.find((neighbourhood) => neighbourhood.id === id)?.name;
  const { kind, year } = choice;
  const id = choice.id ?? (kind === 'neighbourhood' ? neighbourhoods[0]?.id : undefined);
  // Decided by the partner's own lists first: another partner's id never reaches a report query.
  const own = id !== undefined && options[kind].some((option) => option.id === id);

  return (
    <Page titleId="partnerDashboard.title">
      {neighbourhoods.length === 0 ? (
        <p>
          <FormattedMessage id="partnerDashboard.noNeighbourhoods" />
        </p>
      ) : (
        <Choose
          options={options}
          kind={kind}
          id={own ? id : undefined}
          year={year}
          thisYear={thisYear}
          onChoose={(chosen) => navigate(`/partner${searchFor(chosen)}`)}
        />
      )}
      {id === undefined ? null : kind === 'agreement' && !agreements && list.problems.length > 0 ? (
        // The list of agreements did not load: say so, rather than refuse.
        <ProblemMessage problems={list.problems} onRetry={list.reload} />
      ) : !own ? (
        <NoAccess kind={kind} />
      ) : kind === 'team' ? (
        <TeamReport key={`${id}-${year}`} id={id} year={year} neighbourhoodName={neighbourhoodName} />
      ) : kind === 'agreement' && partnerId ? (
        <AgreementReport key={id} id={id} partnerId={partnerId} neighbourhoodName={neighbourhoodName} />
      ) : (
        <NeighbourhoodReport key={`${id}-${year}`} id={id} year={year} neighbourhoodName={neighbourhoodName} />
      )}
    </Page>
  );
}

/** The report to show: about a neighbourhood, a team or an agreement, which one, and (but for an agreement) the year. */
function Choose({
  options,
  kind,
  id,
  year,
  thisYear,
  onChoose,
}: {
  options: Options;
  kind: ReportKind;
  id?: string;
  year: number;
  thisYear: number;
  onChoose(choice: { kind: ReportKind; id: string; year: number }): void;
}) {
  const kinds = KINDS.filter((candidate) => options[candidate].length > 0);
  const first = (of: ReportKind) => options[of][0]?.id ?? '';
  const [chosenKind, setChosenKind] = useState<ReportKind>(kinds.includes(kind) ? kind : 'neighbourhood');
  const [chosen, setChosen] = useState<Record<ReportKind, string>>(() => ({
    neighbourhood: first('neighbourhood'),
    team: first('team'),
    agreement: first('agreement'),
    ...(id ? { [kind]: id } : {}),
  }));
  const [chosenYear, setChosenYear] = useState(year);
  useEffect(() => {
    if (id) {
      setChosenKind(kind);
      setChosen((previous) => ({ ...previous, [kind]: id }));
    }
    setChosenYear(year);
  }, [kind, id, year]);
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose({ kind: chosenKind, id: chosen[chosenKind], year: chosenYear });
  };
  return (
    <form className="card partner-dashboard__choose" onSubmit={submit} aria-labelledby="partner-choose">
      <h2 id="partner-choose" className="visually-hidden">
        <FormattedMessage id="partnerDashboard.choose" />
      </h2>
      {kinds.length > 1 && (
        <fieldset className="partner-dashboard__kinds">
          <legend>
            <FormattedMessage id="partnerDashboard.kind" />
          </legend>
          {kinds.map((option) => (
            <label key={option} className="option">
              <input
                type="radio"
                name="partner-report-kind"
                value={option}
                checked={chosenKind === option}
                onChange={() => setChosenKind(option)}
              />
              {option === 'team' ? (
                <FormattedMessage id="partnerDashboard.kind.team" />
              ) : option === 'agreement' ? (
                <FormattedMessage id="partnerDashboard.kind.agreement" />
              ) : (
                <FormattedMessage id="partnerDashboard.kind.neighbourhood" />
              )}
            </label>
          ))}
        </fieldset>
      )}
      <div className="partner-dashboard__choices">
        <FormField
          label={
            chosenKind === 'team' ? (
              <FormattedMessage id="partnerDashboard.team" />
            ) : chosenKind === 'agreement' ? (
              <FormattedMessage id="partnerDashboard.agreement" />
            ) : (
              <FormattedMessage id="partnerDashboard.neighbourhood" />
            )
          }
        >
          {(props) => (
            <select
              {...props}
              value={chosen[chosenKind]}
              onChange={(event) => setChosen((previous) => ({ ...previous, [chosenKind]: event.target.value }))}
            >
              {options[chosenKind].map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {chosenKind === 'agreement' ? (
          <p className="partner-dashboard__period-note">
            <FormattedMessage id="partnerDashboard.agreementPeriod" />
          </p>
        ) : (
          <FormField label={<FormattedMessage id="partnerDashboard.year" />}>
            {(props) => (
              <select {...props} value={chosenYear} onChange={(event) => setChosenYear(Number(event.target.value))}>
                {years.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      <p className="button-row">
        <button type="submit" className="button">
          <FormattedMessage id="partnerDashboard.show" />
        </button>
      </p>
    </form>
  );
}
