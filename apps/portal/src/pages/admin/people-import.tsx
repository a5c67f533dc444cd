import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation } from '../../api/hooks';
import type { FieldProblem } from '../../api/problems';
import { graphql } from '../../gql';
import type { PeopleImportMutation } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import { PEOPLE_PATH } from './people';
import { decodeCsv, exampleCsv, IMPORT_COLUMNS, MAX_IMPORT_FILE_BYTES, namesByLine, toBase64 } from './people-import-csv';
import { fileProblem as fileProblemOf, rowProblemText } from './people-import-problems';
import { PeopleTeamSelect } from './people-teams';
import './people.css';
import { saveFile } from '../../format/save-file';

const PeopleImport = graphql(`
  mutation PeopleImport($input: ImportVolunteersInput!) {
    importVolunteers(input: $input) {
      dryRun
      encoding
      imported
      rows {
        line
        volunteerId
        errors {
          field
          message
        }
        warnings {
          field
          message
        }
      }
    }
  }
`);

type ImportResult = PeopleImportMutation['importVolunteers'];
type ImportRow = ImportResult['rows'][number];

interface ChosenFile {
  name: string;
  base64: string;
  names: Map<number, string>;
}

function downloadExample() {
  saveFile(new Blob([exampleCsv()], { type: 'text/csv;charset=utf-8' }), 'buurtvolk-vrijwilligers-voorbeeld.csv');
}

/** The national office imports residents from a spreadsheet into a team: every row checked first, then all of them or none. */
export default function PeopleImportPage() {
  const [teamId, setTeamId] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<'tooLarge' | 'missing' | null>(null);
  const [teamMissing, setTeamMissing] = useState(false);
  const [check, checked, resetCheck] = useMutation(PeopleImport);
  const [runImport, imported, resetImport] = useMutation(PeopleImport);
  // The dry run's answer counts only for the team and file it was made for.
  const [checkedFor, setCheckedFor] = useState<{ teamId: string; file: ChosenFile } | null>(null);

  function reset() {
    resetCheck();
    resetImport();
    setCheckedFor(null);
  }

  async function onFile(chosen: File | undefined) {
    reset();
    setFileProblem(null);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setFile(null);
      setFileProblem('tooLarge');
      return;
    }
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    setFile({ name: chosen.name, base64: toBase64(bytes), names: namesByLine(decodeCsv(bytes)) });
  }

  async function onCheck(event: FormEvent) {
    event.preventDefault();
    setTeamMissing(!teamId);
    if (!file) setFileProblem((problem) => problem ?? 'missing');
    if (!teamId || !file) return;
    resetImport();
    const outcome = await check({ input: { teamId, csvBase64: file.base64, dryRun: true } });
    setCheckedFor(outcome.data ? { teamId, file } : null);
  }

  async function onImport() {
    if (!checkedFor) return;
    await runImport({ input: { teamId: checkedFor.teamId, csvBase64: checkedFor.file.base64, dryRun: false } });
  }

  const dryRun = checkedFor && checkedFor.teamId === teamId && checkedFor.file === file ? checked.data?.importVolunteers : undefined;
  const done = imported.data?.importVolunteers;
  const result = done ?? dryRun;
  const names = checkedFor?.file.names ?? new Map<number, string>();
  const rowsWithErrors = result?.rows.filter((row) => row.errors.length > 0).length ?? 0;
  const canImport = Boolean(dryRun && !done && dryRun.rows.length > 0 && rowsWithErrors === 0);

  const serverFileProblems: FieldProblem[] = [
    ...fieldProblemsOf(checked.problems, 'csvBase64'),
    ...fieldProblemsOf(checked.problems, 'csv'),
  ];
  const fileProblems: FieldProblem[] = [
    ...(fileProblem
      ? [
          {
            field: 'csvBase64',
            serverMessage: '',
            messageId: fileProblem === 'tooLarge' ? 'peopleImport.file.tooLarge' : 'peopleImport.file.missing',
          },
        ]
      : []),
    ...serverFileProblems.map((problem) => ({ ...problem, ...fileProblemOf(problem.serverMessage) })),
  ];
  const teamProblems: FieldProblem[] = [
    ...(teamMissing && !teamId ? [{ field: 'teamId', serverMessage: '', messageId: 'peopleImport.team.missing' }] : []),
    ...fieldProblemsOf(checked.problems, 'teamId'),
  ];
  const pageProblems = (problems: typeof checked.problems) => problems.filter((problem) => problem.fields.length === 0);

  return (
    <Page titleId="peopleImport.title">
      <p>
        <Link href={PEOPLE_PATH}>
          <FormattedMessage id="peopleImport.back" />
        </Link>
      </p>
      <p>
        <FormattedMessage id="peopleImport.intro" />
      </p>

      <section className="card" aria-labelledby="import-file">
        <h2 id="import-file">
          <FormattedMessage id="peopleImport.file.title" />
        </h2>
        <p>
          <FormattedMessage id="peopleImport.file.explain" />
        </p>
        <details className="import__columns">
          <summary>
            <FormattedMessage id="peopleImport.columns.title" />
          </summary>
          <ul>
            {IMPORT_COLUMNS.map((column) => (
              <li key={column}>
                <code>{column}</code>: <FormattedMessage id={`peopleImport.column.${column}`} />
              </li>
            ))}
          </ul>
          <p>
            <FormattedMessage id="peopleImport.columns.dates" />
          </p>
        </details>
        <div className="button-row">
          <button type="button" className="button button--quiet" onClick={downloadExample}>
            <FormattedMessage id="peopleImport.example" />
          </button>
        </div>

        <form onSubmit={onCheck} noValidate>
          <PeopleTeamSelect
            label={<FormattedMessage id="peopleImport.team" />}
            emptyLabelId="peopleImport.team.choose"
            value={teamId}
            required
            problems={teamProblems}
            onChange={(value) => {
              setTeamId(value);
              resetImport();
            }}
          />
          <FormField
            label={<FormattedMessage id="peopleImport.file.label" />}
            hint={<FormattedMessage id="peopleImport.file.hint" />}
            problems={fileProblems}
          >
            {(props) => <input {...props} type="file" accept=".csv,text/csv" onChange={(event) => onFile(event.target.files?.[0])} />}
          </FormField>
          <ProblemMessage problems={pageProblems(checked.problems)} />
          <div className="button-row">
            <button type="submit" className="button" disabled={checked.running || imported.running}>
              <FormattedMessage id={checked.running ? 'peopleImport.check.running' : 'peopleImport.check.submit'} />
            </button>
          </div>
        </form>
      </section>

      <div role="status" aria-live="polite">
        {done && done.imported > 0 && (
          <div className="alert alert--success">
            <p>
              <FormattedMessage id="peopleImport.done" values={{ count: done.imported }} />
            </p>
          </div>
        )}
        {done && done.imported === 0 && (
          <p className="alert alert--error">
            <FormattedMessage id="peopleImport.nothingImported" />
          </p>
        )}
        {!done && dryRun && (
          <p className={`alert ${rowsWithErrors ? 'alert--error' : 'alert--info'}`}>
            <FormattedMessage
              id={
                rowsWithErrors
                  ? 'peopleImport.check.hasErrors'
                  : dryRun.rows.length
                    ? 'peopleImport.check.ready'
                    : 'peopleImport.check.empty'
              }
              values={{ count: dryRun.rows.length }}
            />
          </p>
        )}
      </div>

      {result && result.rows.length > 0 && <Rows result={result} names={names} />}

      {canImport && (
        <section className="card" aria-labelledby="import-run">
          <h2 id="import-run">
            <FormattedMessage id="peopleImport.run.title" />
          </h2>
          <p>
            <FormattedMessage id="peopleImport.run.explain" values={{ count: dryRun?.rows.length ?? 0 }} />
          </p>
          <ProblemMessage problems={imported.problems} />
          <div className="button-row">
            <button type="button" className="button" disabled={imported.running} onClick={onImport}>
              <FormattedMessage
                id={imported.running ? 'peopleImport.run.running' : 'peopleImport.run.submit'}
                values={{ count: dryRun?.rows.length ?? 0 }}
              />
            </button>
          </div>
        </section>
      )}
      {done && (
        <p>
          <Link href={PEOPLE_PATH}>
            <FormattedMessage id="peopleImport.toPeople" />
          </Link>
        </p>
      )}
    </Page>
  );
}

function Rows({ result, names }: { result: ImportResult; names: Map<number, string> }) {
  const intl = useIntl();
  const count = (predicate: (row: ImportRow) => boolean) => result.rows.filter(predicate).length;
  const errors = count((row) => row.errors.length > 0);
  const warnings = count((row) => row.errors.length === 0 && row.warnings.length > 0);
  return (
    <section className="card" aria-labelledby="import-rows">
      <h2 id="import-rows">
        <FormattedMessage id={result.dryRun ? 'peopleImport.rows.checkTitle' : 'peopleImport.rows.importTitle'} />
      </h2>
      <p>
        <FormattedMessage
          id="peopleImport.rows.summary"
          values={{ rows: result.rows.length, ok: result.rows.length - errors - warnings, errors, warnings }}
        />
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="import-rows-caption">
        <table className="import__table">
          <caption id="import-rows-caption">
            <FormattedMessage id="peopleImport.rows.caption" values={{ encoding: result.encoding }} />
          </caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                <FormattedMessage id="peopleImport.rows.line" />
              </th>
              <th scope="col">
                <FormattedMessage id="peopleImport.rows.name" />
              </th>
              <th scope="col">
                <FormattedMessage id="peopleImport.rows.outcome" />
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => {
              const name = names.get(row.line);
              return (
                <tr key={row.line} className={row.errors.length ? 'import__row--error' : undefined}>
                  <th scope="row" className="number">
                    {row.line}
                  </th>
                  <td>
                    {row.volunteerId ? (
                      <Link href={`${PEOPLE_PATH}/${row.volunteerId}`}>{name || intl.formatMessage({ id: 'peopleImport.rows.open' })}</Link>
                    ) : (
                      name || <span className="muted">{intl.formatMessage({ id: 'peopleImport.rows.noName' })}</span>
                    )}
                  </td>
                  <td>
                    <span
                      className={`status ${row.errors.length ? 'status--REJECTED' : row.warnings.length ? 'status--SUBMITTED' : 'status--APPROVED'}`}
                    >
                      <FormattedMessage
                        id={
                          row.errors.length
                            ? 'peopleImport.rows.error'
                            : row.volunteerId
                              ? 'peopleImport.rows.imported'
                              : row.warnings.length
                                ? 'peopleImport.rows.warning'
                                : 'peopleImport.rows.ok'
                        }
                      />
                    </span>
                    <Problems problems={row.errors} />
                    <Problems problems={row.warnings} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Problems({ problems }: { problems: { field: string; message: string }[] }) {
  const intl = useIntl();
  if (!problems.length) return null;
  return (
    <ul className="import__problems">
      {problems.map((problem) => {
        const text = rowProblemText(problem);
        return (
          <li key={`${problem.field}:${problem.message}`}>
            {text.labelId ? (
              <>
                <strong>{intl.formatMessage({ id: text.labelId })}</strong> <code>({text.field})</code>
              </>
            ) : (
              <code>{text.field}</code>
            )}
            {': '}
            {text.messageId ? intl.formatMessage({ id: text.messageId }, text.values) : <span lang="en">{text.serverMessage}</span>}
          </li>
        );
      })}
    </ul>
  );
}
