import type { Load } from './load';
import type { EntryState, EventCheck } from './verify';

export interface PhaseResult {
  name: string;
  sent: number;
  full: number;
  partial: number;
  failed: number;
  /** The most common reasons of answers that were not full, e.g. "SERVICE_UNAVAILABLE ×12". */
  reasons: string[];
  writesAcknowledged: number;
  writesMissing: number;
  eventsLost: number;
  eventsTwice: number;
  /** From the fault until the last answer that was not complete; null when the phase ended before that. */
  recoverySeconds: number | null;
}

export function phaseFigures(
  window: { name: string; faultAt: number; endedAt: number },
  load: Load,
  entries: EntryState[],
  events: EventCheck,
): PhaseResult {
  const outcomes = load.outcomes.filter((outcome) => outcome.phase === window.name);
  const count = (kind: string) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const reasons = new Map<string, number>();
  for (const outcome of outcomes)
    if (outcome.kind !== 'full')
      reasons.set(`${outcome.kind} ${outcome.reason}`, (reasons.get(`${outcome.kind} ${outcome.reason}`) ?? 0) + 1);

  const stored = new Map(entries.map((entry) => [entry.id, entry]));
  const registered = [...load.registered].filter(([, phase]) => phase === window.name).map(([id]) => id);
  const approved = [...load.approved].filter(([, phase]) => phase === window.name).map(([id]) => id);
  const missing = registered.filter((id) => !stored.has(id)).length + approved.filter((id) => stored.get(id)?.status !== 'APPROVED').length;
  const approvedHere = events.approved.filter((entry) => load.approvalTried.get(entry.id) === window.name).map((entry) => entry.id);

  const lastIncomplete = outcomes
    .filter((outcome) => outcome.kind !== 'full')
    .reduce((latest, outcome) => Math.max(latest, outcome.endedAt), 0);
  const recovered = lastIncomplete === 0 ? window.faultAt : lastIncomplete;
  return {
    name: window.name,
    sent: outcomes.length,
    full: count('full'),
    partial: count('partial'),
    failed: count('failed'),
    reasons: [...reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([reason, n]) => `${reason} ×${n}`),
    writesAcknowledged: registered.length + approved.length,
    writesMissing: missing,
    eventsLost: approvedHere.filter((id) => events.lost.has(id)).length,
    eventsTwice: approvedHere.filter((id) => events.duplicated.has(id)).length,
    recoverySeconds: window.endedAt - recovered < 4_000 ? null : (recovered - window.faultAt) / 1000,
  };
}

const COLUMNS = ['sent', 'full', 'in part', 'failed', 'writes ok', 'missing', 'events lost', 'twice', 'complete after'];

export function printReport(report: {
  results: PhaseResult[];
  exits: Map<string, number | undefined>;
  load: Load;
  entries: EntryState[];
  events: EventCheck;
  notices: string[];
  seconds: number;
}): void {
  const { results, exits, load, entries, events } = report;
  const width = Math.max(...results.map((result) => result.name.length));
  const line = (name: string, cells: (string | number)[]) =>
    console.log(`${name.padEnd(width)}  ${cells.map((cell, i) => String(cell).padStart(COLUMNS[i].length)).join('  ')}`);
  console.log('');
  line('phase', COLUMNS);
  for (const result of results) {
    line(result.name, [
      result.sent,
      result.full,
      result.partial,
      result.failed,
      result.writesAcknowledged,
      result.writesMissing,
      result.eventsLost,
      result.eventsTwice,
      result.recoverySeconds === null ? 'not yet' : `${result.recoverySeconds.toFixed(1)} s`,
    ]);
  }
  console.log('');
  for (const result of results) if (result.reasons.length) console.log(`${result.name}: ${result.reasons.join(', ')}`);

  console.log('');
  console.log('Exit after SIGTERM, under load:');
  for (const [service, ms] of exits)
    console.log(`  ${service.padEnd(11)} ${ms === undefined ? 'still running after 15 s' : `${(ms / 1000).toFixed(2)} s`}`);

  const unregistered = entries.filter((entry) => !load.registered.has(entry.id)).length;
  const unapproved = events.approved.filter((entry) => !load.approved.has(entry.id)).length;
  console.log('');
  console.log(
    `Hour entries: ${load.registered.size} registrations and ${load.approved.size} approvals acknowledged; ${entries.length} entries stored and ${events.approved.length} approved, ` +
      `of which ${unregistered} registrations and ${unapproved} approvals without an acknowledgement (the answer was lost, not the write).`,
  );
  console.log(
    `Events: ${events.approved.length} approved entries, each needing one HoursApproved published and handled by finance and impact; ${events.lost.size} lost, ${events.duplicated.size} published twice.`,
  );
  console.log(
    events.figureDifferences.length === 0
      ? `impact's monthly figures for the team moved exactly as its entries did (the run's, and ${events.foreignChanges} from earlier runs delivered meanwhile).`
      : `impact's monthly figures differ from its entries:\n  ${events.figureDifferences.join('\n  ')}`,
  );
  if (report.notices.length) {
    console.log('');
    console.log('npm start said:');
    for (const notice of report.notices) console.log(`  ${notice}`);
  }
  console.log('');
  console.log(`The run took ${Math.round(report.seconds)} s.`);
}
