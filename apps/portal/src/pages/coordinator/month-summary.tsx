import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal, useSession } from '../../app/portal-context';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import { personName } from './plan-people';
import {
  monthLabel,
  MonthSummaryPageQueryDocument,
  MonthSummaryPreview,
  type MonthSummaryTeam,
  previousMonth,
  recentMonths,
} from './month-summary-view';

const WriteTeamMonthSummary = graphql(`
  mutation WriteTeamMonthSummary($input: WriteTeamMonthSummaryInput!) {
    writeTeamMonthSummary(input: $input) {
      id
      version
    }
  }
`);

const RequestSummaryPhotoUpload = graphql(`
  mutation RequestSummaryPhotoUpload($input: RequestSummaryPhotoUploadInput!) {
    requestSummaryPhotoUpload(input: $input) {
      url
      method
      maxBytes
    }
  }
`);

const RemoveSummaryPhoto = graphql(`
  mutation RemoveSummaryPhoto($id: ID!) {
    removeSummaryPhoto(id: $id) {
      id
    }
  }
`);

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
type PhotoProblem = 'tooLarge' | 'wrongType' | 'failed';

/** A coordinator's "Maandoverzicht": the month's highlight, photos with who is in them, and the preview of text and image. */
export default function MonthSummaryPage() {
  const intl = useIntl();
  const session = useSession();
  const { language } = usePortal();
  const teamId = session.teamIds[0] ?? '';
  const [month, setMonth] = useState(previousMonth());
  const query = useQuery(MonthSummaryPageQueryDocument, { teamId, month, language: language === 'en' ? 'EN' : 'NL' }, { skip: !teamId });
  const team = query.data?.team;
  return (
    <Page titleId="monthSummary.title">
      <p>
        <FormattedMessage id="monthSummary.intro" />
      </p>
      <FormField label={intl.formatMessage({ id: 'monthSummary.month' })}>
        {(props) => (
          <select {...props} value={month} onChange={(event) => setMonth(event.target.value)}>
            {recentMonths().map((value) => (
              <option key={value} value={value}>
                {monthLabel(value, language)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {query.loading && !team && <Loading />}
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {team && (
        <>
          <HighlightForm key={`${team.id}-${month}-${team.monthSummary?.version ?? 0}`} team={team} month={month} onSaved={query.reload} />
          {team.monthSummary && <Photos team={team} onChanged={query.reload} />}
          <MonthSummaryPreview team={team} />
        </>
      )}
    </Page>
  );
}

function HighlightForm({ team, month, onSaved }: { team: MonthSummaryTeam; month: string; onSaved(): void }) {
  const intl = useIntl();
  const summary = team.monthSummary;
  const [highlightNl, setHighlightNl] = useState(summary?.highlightNl ?? '');
  const [highlightEn, setHighlightEn] = useState(summary?.highlightEn ?? '');
  const [write, writing] = useMutation(WriteTeamMonthSummary);
  const published = summary?.status === 'PUBLISHED';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await write({
      input: { teamId: team.id, month, highlightNl, highlightEn: highlightEn.trim() || null, version: summary?.version ?? null },
    });
    if (outcome.data) onSaved();
  };

  return (
    <section aria-labelledby="month-summary-highlight" className="card">
      <h2 id="month-summary-highlight">
        <FormattedMessage id="monthSummary.highlight" />
      </h2>
      {published ? (
        <p>
          <FormattedMessage id="monthSummary.publishedNoChanges" />
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <ProblemMessage problems={writing.problems.filter((problem) => !problem.fields.length)} />
          <FormField
            label={intl.formatMessage({ id: 'monthSummary.highlightNl' })}
            hint={intl.formatMessage({ id: 'monthSummary.highlightHint' })}
            problems={fieldProblemsOf(writing.problems, 'highlightNl')}
          >
            {(props) => (
              <textarea
                {...props}
                rows={4}
                maxLength={600}
                required
                value={highlightNl}
                onChange={(event) => setHighlightNl(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label={intl.formatMessage({ id: 'monthSummary.highlightEn' })}
            problems={fieldProblemsOf(writing.problems, 'highlightEn')}
          >
            {(props) => (
              <textarea {...props} rows={4} maxLength={600} value={highlightEn} onChange={(event) => setHighlightEn(event.target.value)} />
            )}
          </FormField>
          <button type="submit" className="button" disabled={writing.running}>
            <FormattedMessage id="monthSummary.save" />
          </button>
        </form>
      )}
    </section>
  );
}

function Photos({ team, onChanged }: { team: MonthSummaryTeam; onChanged(): void }) {
  const intl = useIntl();
  const summary = team.monthSummary!;
  const members = (team.memberships ?? []).map((membership) => membership.volunteer);
  const [caption, setCaption] = useState('');
  const [people, setPeople] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<PhotoProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestUpload, requesting] = useMutation(RequestSummaryPhotoUpload);
  const [remove, removing] = useMutation(RemoveSummaryPhoto);
  const nameOf = (id: string) => {
    const member = members.find((candidate) => candidate.id === id);
    return member ? personName(member) : intl.formatMessage({ id: 'monthSummary.formerMember' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProblem(null);
    if (file.size > MAX_PHOTO_BYTES) return setProblem('tooLarge');
    if (!['image/jpeg', 'image/png'].includes(file.type)) return setProblem('wrongType');
    setBusy(true);
    try {
      const link = (await requestUpload({ input: { summaryId: summary.id, caption, volunteerIds: people } })).data
        ?.requestSummaryPhotoUpload;
      if (!link) return;
      const response = await fetch(link.url, { method: link.method, body: file, headers: { 'content-type': file.type } });
      if (response.status !== 201)
        return setProblem(response.status === 413 ? 'tooLarge' : response.status === 415 ? 'wrongType' : 'failed');
      setCaption('');
      setPeople([]);
      setFile(null);
      onChanged();
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="month-summary-photos" className="card">
      <h2 id="month-summary-photos">
        <FormattedMessage id="monthSummary.photos" />
      </h2>
      <p>
        <FormattedMessage id="monthSummary.photosConsent" />
      </p>
      <ProblemMessage problems={removing.problems} />
      <ul>
        {summary.photos.map((photo) => (
          <li key={photo.id}>
            {photo.viewUrl && <img src={photo.viewUrl} alt={photo.caption} width={160} />} {photo.caption}{' '}
            <FormattedMessage
              id={photo.shown ? 'monthSummary.photoShown' : photo.uploaded ? 'monthSummary.photoNoConsent' : 'monthSummary.photoNoFile'}
            />
            {photo.people && photo.people.length > 0 && (
              <>
                {' '}
                (
                <FormattedMessage
                  id="monthSummary.inPhoto"
                  values={{ names: photo.people.map((person) => nameOf(person.id)).join(', ') }}
                />
                )
              </>
            )}{' '}
            <button
              type="button"
              className="button button--secondary"
              disabled={removing.running}
              onClick={async () => {
                if ((await remove({ id: photo.id })).data) onChanged();
              }}
            >
              <FormattedMessage id="monthSummary.removePhoto" />
            </button>
          </li>
        ))}
      </ul>
      {summary.status === 'DRAFT' && (
        <form onSubmit={(event) => void submit(event)}>
          <ProblemMessage problems={requesting.problems.filter((found) => !found.fields.length)} />
          {problem && (
            <p className="alert alert--error" role="alert">
              <FormattedMessage id={`monthSummary.photoProblem.${problem}`} />
            </p>
          )}
          <FormField
            label={intl.formatMessage({ id: 'monthSummary.photoFile' })}
            hint={intl.formatMessage({ id: 'monthSummary.photoFileHint' })}
          >
            {(props) => (
              <input
                {...props}
                type="file"
                accept="image/jpeg,image/png"
                required
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
          <FormField label={intl.formatMessage({ id: 'monthSummary.caption' })} problems={fieldProblemsOf(requesting.problems, 'caption')}>
            {(props) => <input {...props} maxLength={200} required value={caption} onChange={(event) => setCaption(event.target.value)} />}
          </FormField>
          <fieldset>
            <legend>
              <FormattedMessage id="monthSummary.whoIsInIt" />
            </legend>
            {members.map((member) => (
              <p key={member.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={people.includes(member.id)}
                    onChange={(event) =>
                      setPeople((chosen) => (event.target.checked ? [...chosen, member.id] : chosen.filter((id) => id !== member.id)))
                    }
                  />{' '}
                  {personName(member)}
                </label>
              </p>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={busy || requesting.running}>
            <FormattedMessage id="monthSummary.addPhoto" />
          </button>
        </form>
      )}
    </section>
  );
}
