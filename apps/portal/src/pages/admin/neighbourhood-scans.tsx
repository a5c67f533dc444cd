import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { amsterdamDate, formatLocalDate, formatNumber } from '../../format/format';
import { graphql } from '../../gql';
import type { LocalPartnerKind, NeighbourhoodScansPageQuery, ScanDecision } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';

const NeighbourhoodScansPageQueryDocument = graphql(`
  query NeighbourhoodScansPage {
    neighbourhoods {
      id
      name
      city
      cbsCode
      classificationYear
      teams {
        id
        name
      }
    }
    neighbourhoodRequests(status: SCAN_PLANNED, first: 200) {
      id
      postcode
      neighbourhood {
        id
        name
      }
    }
    neighbourhoodScans {
      id
      version
      areaCode
      classificationYear
      partners {
        name
        kind
      }
      initiatives
      notes
      decision
      decisionReason
      decidedBy
      decidedAt
      createdAt
      neighbourhood {
        id
        name
        city
        teams {
          id
          name
        }
      }
      team {
        id
        name
      }
      request {
        id
        postcode
        status
      }
      keyFigures {
        figure
        value
        year
        source
      }
    }
  }
`);

const ImportCbsKeyFigures = graphql(`
  mutation ImportCbsKeyFigures($input: ImportCbsKeyFiguresInput!) {
    importCbsKeyFigures(input: $input) {
      source
      classificationYear
      areas
      figures
    }
  }
`);

const RecordNeighbourhoodScan = graphql(`
  mutation RecordNeighbourhoodScan($input: RecordNeighbourhoodScanInput!) {
    recordNeighbourhoodScan(input: $input) {
      id
    }
  }
`);

const DecideNeighbourhoodScan = graphql(`
  mutation DecideNeighbourhoodScan($input: DecideNeighbourhoodScanInput!) {
    decideNeighbourhoodScan(input: $input) {
      id
      decision
      team {
        id
        name
      }
    }
  }
`);

type Data = NeighbourhoodScansPageQuery;
type Scan = Data['neighbourhoodScans'][number];
const PARTNER_KINDS: LocalPartnerKind[] = [
  'MUNICIPALITY',
  'HOUSING_CORPORATION',
  'CARE_OR_WELFARE',
  'SCHOOL',
  'COMMUNITY_CENTRE',
  'FAITH_COMMUNITY',
  'SPORTS_CLUB',
  'RESIDENTS_ASSOCIATION',
  'BUSINESS',
  'OTHER',
];

/** "Buurtscans": import CBS key figures, record what a scan found, and decide whether a team starts. */
export default function NeighbourhoodScansPage() {
  const query = useQuery(NeighbourhoodScansPageQueryDocument, {});
  const data = query.data;
  return (
    <Page titleId="scans.title">
      <p>
        <FormattedMessage id="scans.intro" />
      </p>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.loading && !data && <Loading />}
      {data && (
        <>
          <ImportSection onImported={query.reload} />
          <NewScanSection data={data} onRecorded={query.reload} />
          <section aria-labelledby="scans-list">
            <h2 id="scans-list">
              <FormattedMessage id="scans.list" />
            </h2>
            {data.neighbourhoodScans.length === 0 ? (
              <p>
                <FormattedMessage id="scans.none" />
              </p>
            ) : (
              <ul className="list">
                {data.neighbourhoodScans.map((scan) => (
                  <ScanCard key={scan.id} scan={scan} onChanged={query.reload} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

function ImportSection({ onImported }: { onImported(): void }) {
  const intl = useIntl();
  const [importFigures, importing] = useMutation(ImportCbsKeyFigures);
  const [tableId, setTableId] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<{ areas: number; figures: number } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReport(null);
    const outcome = await importFigures({ input: { tableId: tableId.trim().toUpperCase(), classificationYear: Number(year), csv } });
    if (outcome.data) {
      setReport(outcome.data.importCbsKeyFigures);
      onImported();
    }
  };
  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="card" aria-labelledby="scans-import">
      <h2 id="scans-import">
        <FormattedMessage id="scans.import.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="scans.import.columns" />
      </p>
      <ProblemMessage problems={importing.problems.filter((problem) => !problem.fields.length)} />
      <FormField
        label={intl.formatMessage({ id: 'scans.import.tableId' })}
        hint={intl.formatMessage({ id: 'scans.import.tableIdHint' })}
        problems={fieldProblemsOf(importing.problems, 'tableId')}
      >
        {(props) => <input {...props} required value={tableId} onChange={(event) => setTableId(event.target.value)} />}
      </FormField>
      <FormField
        label={intl.formatMessage({ id: 'scans.import.year' })}
        problems={fieldProblemsOf(importing.problems, 'classificationYear')}
      >
        {(props) => (
          <input {...props} type="number" required min={2000} max={2100} value={year} onChange={(event) => setYear(event.target.value)} />
        )}
      </FormField>
      <FormField label={intl.formatMessage({ id: 'scans.import.file' })}>
        {(props) => <input {...props} type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event.target.files?.[0])} />}
      </FormField>
      <FormField label={intl.formatMessage({ id: 'scans.import.csv' })} problems={fieldProblemsOf(importing.problems, 'csv')}>
        {(props) => <textarea {...props} rows={4} required value={csv} onChange={(event) => setCsv(event.target.value)} />}
      </FormField>
      <button type="submit" className="button" disabled={importing.running}>
        <FormattedMessage id="scans.import.save" />
      </button>
      <div role="status">
        {report && (
          <p className="alert alert--success">
            <FormattedMessage id="scans.import.done" values={{ areas: report.areas, figures: report.figures }} />
          </p>
        )}
      </div>
    </form>
  );
}

function NewScanSection({ data, onRecorded }: { data: Data; onRecorded(): void }) {
  const intl = useIntl();
  const [record, recording] = useMutation(RecordNeighbourhoodScan);
  const [requestId, setRequestId] = useState('');
  const [neighbourhoodId, setNeighbourhoodId] = useState(data.neighbourhoods[0]?.id ?? '');
  const [areaCode, setAreaCode] = useState('');
  const [year, setYear] = useState('');
  const [partners, setPartners] = useState<{ name: string; kind: LocalPartnerKind }[]>([]);
  const [partnerName, setPartnerName] = useState('');
  const [partnerKind, setPartnerKind] = useState<LocalPartnerKind>('COMMUNITY_CENTRE');
  const [initiatives, setInitiatives] = useState('');
  const [notes, setNotes] = useState('');
  const neighbourhood = data.neighbourhoods.find((candidate) => candidate.id === neighbourhoodId);

  const chooseRequest = (id: string) => {
    setRequestId(id);
    const request = data.neighbourhoodRequests.find((candidate) => candidate.id === id);
    if (request?.neighbourhood) setNeighbourhoodId(request.neighbourhood.id);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({
      input: {
        neighbourhoodId,
        requestId: requestId || null,
        areaCode: areaCode.trim().toUpperCase() || null,
        classificationYear: year ? Number(year) : null,
        partners,
        initiatives: initiatives
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        notes: notes.trim() || null,
      },
    });
    if (outcome.data) {
      setPartners([]);
      setInitiatives('');
      setNotes('');
      onRecorded();
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="card" aria-labelledby="scans-new">
      <h2 id="scans-new">
        <FormattedMessage id="scans.new.title" />
      </h2>
      <ProblemMessage problems={recording.problems.filter((problem) => !problem.fields.length)} />
      <FormField label={intl.formatMessage({ id: 'scans.new.request' })}>
        {(props) => (
          <select {...props} value={requestId} onChange={(event) => chooseRequest(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'scans.new.noRequest' })}</option>
            {data.neighbourhoodRequests.map((request) => (
              <option key={request.id} value={request.id}>
                {request.neighbourhood?.name ?? request.postcode}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={intl.formatMessage({ id: 'scans.new.neighbourhood' })}>
        {(props) => (
          <select {...props} value={neighbourhoodId} onChange={(event) => setNeighbourhoodId(event.target.value)}>
            {data.neighbourhoods.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}, {candidate.city}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={intl.formatMessage({ id: 'scans.new.areaCode' })}
        hint={intl.formatMessage({ id: 'scans.new.areaCodeHint' }, { code: neighbourhood?.cbsCode ?? '—' })}
        problems={fieldProblemsOf(recording.problems, 'areaCode')}
      >
        {(props) => <input {...props} value={areaCode} onChange={(event) => setAreaCode(event.target.value)} />}
      </FormField>
      <FormField
        label={intl.formatMessage({ id: 'scans.new.year' })}
        hint={intl.formatMessage({ id: 'scans.new.yearHint' }, { year: neighbourhood?.classificationYear ?? '' })}
        problems={fieldProblemsOf(recording.problems, 'classificationYear')}
      >
        {(props) => <input {...props} type="number" min={2000} max={2100} value={year} onChange={(event) => setYear(event.target.value)} />}
      </FormField>
      <fieldset>
        <legend>
          <FormattedMessage id="scans.partners" />
        </legend>
        {partners.length > 0 && (
          <ul>
            {partners.map((partner, index) => (
              <li key={`${partner.name}-${index}`}>
                {partner.name} ({intl.formatMessage({ id: `scans.partnerKind.${partner.kind}` })}){' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setPartners(partners.filter((_, i) => i !== index))}
                >
                  <FormattedMessage id="scans.new.removePartner" values={{ name: partner.name }} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <FormField label={intl.formatMessage({ id: 'scans.new.partnerName' })}>
          {(props) => <input {...props} maxLength={150} value={partnerName} onChange={(event) => setPartnerName(event.target.value)} />}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'scans.new.partnerKind' })}>
          {(props) => (
            <select {...props} value={partnerKind} onChange={(event) => setPartnerKind(event.target.value as LocalPartnerKind)}>
              {PARTNER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {intl.formatMessage({ id: `scans.partnerKind.${kind}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button
          type="button"
          className="button button--secondary"
          disabled={!partnerName.trim()}
          onClick={() => {
            setPartners([...partners, { name: partnerName.trim(), kind: partnerKind }]);
            setPartnerName('');
          }}
        >
          <FormattedMessage id="scans.new.addPartner" />
        </button>
      </fieldset>
      <FormField
        label={intl.formatMessage({ id: 'scans.initiatives' })}
        hint={intl.formatMessage({ id: 'scans.new.initiativesHint' })}
        problems={fieldProblemsOf(recording.problems, 'initiatives')}
      >
        {(props) => <textarea {...props} rows={3} value={initiatives} onChange={(event) => setInitiatives(event.target.value)} />}
      </FormField>
      <FormField label={intl.formatMessage({ id: 'scans.notes' })} problems={fieldProblemsOf(recording.problems, 'notes')}>
        {(props) => <textarea {...props} rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />}
      </FormField>
      <button type="submit" className="button" disabled={recording.running || !neighbourhoodId}>
        <FormattedMessage id="scans.new.save" />
      </button>
    </form>
  );
}

function ScanCard({ scan, onChanged }: { scan: Scan; onChanged(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const headingId = `scan-${scan.id}`;
  return (
    <li className="card" data-testid="neighbourhood-scan" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <FormattedMessage
          id="scans.heading"
          values={{ place: scan.neighbourhood ? `${scan.neighbourhood.name}, ${scan.neighbourhood.city}` : '', code: scan.areaCode }}
        />
      </h3>
      <p className="muted">
        <FormattedMessage
          id="scans.recorded"
          values={{ date: formatLocalDate(amsterdamDate(new Date(scan.createdAt)), language), year: scan.classificationYear }}
        />
        {scan.request && (
          <>
            {' '}
            <FormattedMessage id="scans.forRequest" values={{ postcode: scan.request.postcode }} />
          </>
        )}
      </p>
      <div className="table-wrap">
        <table>
          <caption>
            <FormattedMessage id="scans.keyFigures" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="scans.figure" />
              </th>
              <th scope="col">
                <FormattedMessage id="scans.value" />
              </th>
              <th scope="col">
                <FormattedMessage id="scans.source" />
              </th>
            </tr>
          </thead>
          <tbody>
            {scan.keyFigures.length === 0 && (
              <tr>
                <td colSpan={3}>
                  <FormattedMessage id="scans.noKeyFigures" />
                </td>
              </tr>
            )}
            {scan.keyFigures.map((figure) => (
              <tr key={figure.figure}>
                <th scope="row">{intl.formatMessage({ id: `scans.figure.${figure.figure}` })}</th>
                <td>
                  {figure.figure === 'LOW_INCOME_HOUSEHOLDS_SHARE' ? `${formatNumber(figure.value, 1)}%` : formatNumber(figure.value)}
                </td>
                <td>
                  <FormattedMessage id="scans.sourceValue" values={{ source: figure.source, year: figure.year }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>
        <FormattedMessage id="scans.partners" />
      </h4>
      {scan.partners.length ? (
        <ul>
          {scan.partners.map((partner, index) => (
            <li key={`${partner.name}-${index}`}>
              {partner.name} ({intl.formatMessage({ id: `scans.partnerKind.${partner.kind}` })})
            </li>
          ))}
        </ul>
      ) : (
        <p>—</p>
      )}
      <h4>
        <FormattedMessage id="scans.initiatives" />
      </h4>
      {scan.initiatives.length ? (
        <ul>
          {scan.initiatives.map((initiative) => (
            <li key={initiative}>{initiative}</li>
          ))}
        </ul>
      ) : (
        <p>—</p>
      )}
      {scan.notes && (
        <>
          <h4>
            <FormattedMessage id="scans.notes" />
          </h4>
          <p>{scan.notes}</p>
        </>
      )}
      {scan.decision ? (
        <p data-testid="scan-decision">
          {scan.decision === 'START' ? (
            <FormattedMessage id="scans.decidedStart" values={{ team: scan.team?.name ?? '' }} />
          ) : (
            <FormattedMessage id="scans.decidedNotStart" values={{ reason: scan.decisionReason ?? '' }} />
          )}{' '}
          <FormattedMessage
            id="scans.decidedBy"
            values={{
              who: scan.decidedBy ?? '',
              date: scan.decidedAt ? formatLocalDate(amsterdamDate(new Date(scan.decidedAt)), language) : '',
            }}
          />
        </p>
      ) : (
        <DecideForm scan={scan} onChanged={onChanged} />
      )}
    </li>
  );
}

function DecideForm({ scan, onChanged }: { scan: Scan; onChanged(): void }) {
  const intl = useIntl();
  const [decide, deciding] = useMutation(DecideNeighbourhoodScan);
  const [decision, setDecision] = useState<ScanDecision>('START');
  const teams = scan.neighbourhood?.teams ?? [];
  const [teamId, setTeamId] = useState('');
  const [name, setName] = useState(scan.neighbourhood ? `Buurtvolk ${scan.neighbourhood.name}` : '');
  const [startsOn, setStartsOn] = useState('');
  const [commitmentEndsOn, setCommitmentEndsOn] = useState('');
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const starting = decision === 'START';
    const outcome = await decide({
      input: {
        id: scan.id,
        version: scan.version,
        decision,
        reason: reason.trim() || null,
        teamId: starting && teamId ? teamId : null,
        newTeam: starting && !teamId ? { name: name.trim(), startsOn, commitmentEndsOn } : null,
      },
    });
    if (outcome.data || outcome.problems.some((problem) => problem.kind === 'CONFLICT')) onChanged();
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <ProblemMessage problems={deciding.problems.filter((problem) => !problem.fields.length)} />
      <FormField label={intl.formatMessage({ id: 'scans.decide.decision' })}>
        {(props) => (
          <select {...props} value={decision} onChange={(event) => setDecision(event.target.value as ScanDecision)}>
            <option value="START">{intl.formatMessage({ id: 'scans.decision.START' })}</option>
            <option value="DO_NOT_START">{intl.formatMessage({ id: 'scans.decision.DO_NOT_START' })}</option>
          </select>
        )}
      </FormField>
      {decision === 'START' ? (
        <>
          <FormField label={intl.formatMessage({ id: 'scans.decide.team' })} problems={fieldProblemsOf(deciding.problems, 'teamId')}>
            {(props) => (
              <select {...props} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
                <option value="">{intl.formatMessage({ id: 'scans.decide.newTeam' })}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {!teamId && (
            <>
              <FormField
                label={intl.formatMessage({ id: 'scans.decide.name' })}
                problems={fieldProblemsOf(deciding.problems, 'newTeam.name')}
              >
                {(props) => <input {...props} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />}
              </FormField>
              <FormField
                label={intl.formatMessage({ id: 'scans.decide.startsOn' })}
                problems={fieldProblemsOf(deciding.problems, 'newTeam.startsOn')}
              >
                {(props) => (
                  <input {...props} type="date" required value={startsOn} onChange={(event) => setStartsOn(event.target.value)} />
                )}
              </FormField>
              <FormField
                label={intl.formatMessage({ id: 'scans.decide.commitmentEndsOn' })}
                hint={intl.formatMessage({ id: 'scans.decide.commitmentHint' })}
                problems={fieldProblemsOf(deciding.problems, 'commitmentEndsOn')}
              >
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    required
                    value={commitmentEndsOn}
                    onChange={(event) => setCommitmentEndsOn(event.target.value)}
                  />
                )}
              </FormField>
            </>
          )}
        </>
      ) : (
        <FormField label={intl.formatMessage({ id: 'scans.decide.reason' })} problems={fieldProblemsOf(deciding.problems, 'reason')}>
          {(props) => <textarea {...props} rows={2} required value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
      )}
      <button type="submit" className="button" disabled={deciding.running}>
        <FormattedMessage id="scans.decide.save" />
      </button>
    </form>
  );
}
