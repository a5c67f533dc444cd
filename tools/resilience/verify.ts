import { serviceDatabaseName, withDatabase } from '@buurtvolk/database';
import { Client } from 'pg';
import { TEAM } from './load';

/**
 * Reads back, straight from each service's database, what the load wrote and what the events did with it:
 * - every hour entry the gateway acknowledged exists (registered) or is approved (approved);
 * - every approved entry of the run has exactly one HoursApproved in the activities outbox, published, with an
 *   inbox row at finance and at impact (the inbox key allows one at most, so a missing row is a lost event), and
 *   impact holds the entry as approved;
 * - impact's monthly figures for the team moved by exactly what its per-entry states moved by, which an event
 *   applied twice (or half) would break. The states are the yardstick rather than the run's own entries, because an
 *   event of an earlier run that a fault left waiting may arrive during this one, and rightly counts.
 */
export interface EntryState {
  id: string;
  status: string;
  minutes: number;
  month: string;
  theme: string;
}

export interface EventCheck {
  /** Approved entries of the run, by id. */
  approved: EntryState[];
  /** Entry ids without a published HoursApproved, without finance's or impact's inbox row, or not approved at impact. */
  lost: Set<string>;
  /** Entry ids with more than one HoursApproved. */
  duplicated: Set<string>;
  /** Differences between how impact's figures and its entry states moved, one line per month and theme. */
  figureDifferences: string[];
  /** Entries not of this run whose state at impact changed meanwhile (late deliveries of earlier events). */
  foreignChanges: number;
}

type Figures = Map<string, { minutes: number; entries: number }>;

interface ImpactState {
  key: string;
  minutes: number;
  approved: boolean;
}

/** impact's read model of the load's team: monthly figures by month and theme, and the state of each entry. */
export interface ImpactSnapshot {
  figures: Figures;
  states: Map<string, ImpactState>;
}

async function withClient<T>(serverUrl: string, service: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, serviceDatabaseName(service)), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every hour entry of the run, found by its marker, whether or not the gateway acknowledged it. */
export function entriesOfRun(serverUrl: string, marker: string): Promise<EntryState[]> {
  return withClient(serverUrl, 'activities', async (client) => {
    const { rows } = await client.query(
      `SELECT id, status, minutes, to_char(date_trunc('month', entry_date), 'YYYY-MM-DD') AS month, theme FROM hour_entries WHERE description = $1`,
      [marker],
    );
    return rows;
  });
}

/**
 * Waits until impact has no replay of other services' history running (a first start replays the demo's), so its
 * figures move only with the run's own events from here on.
 */
export async function impactAtRest(serverUrl: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = await withClient(serverUrl, 'impact', async (client) => {
      const { rows } = await client.query('SELECT count(*)::int AS running FROM event_replays WHERE finished_at IS NULL');
      return rows[0].running as number;
    });
    if (running === 0) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export function impactSnapshot(serverUrl: string): Promise<ImpactSnapshot> {
  return withClient(serverUrl, 'impact', async (client) => {
    const figures = await client.query(
      `SELECT to_char(month, 'YYYY-MM-DD') AS month, theme, minutes, entries FROM monthly_hours WHERE team_id = $1`,
      [TEAM],
    );
    const states = await client.query(
      `SELECT entry_id, to_char(date_trunc('month', entry_date), 'YYYY-MM-DD') AS month, theme, minutes, approved FROM hour_entry_states WHERE team_id = $1`,
      [TEAM],
    );
    return {
      figures: new Map(
        figures.rows.map((row) => [`${row.month} ${row.theme}`, { minutes: Number(row.minutes), entries: Number(row.entries) }]),
      ),
      states: new Map(
        states.rows.map((row) => [
          row.entry_id,
          { key: `${row.month} ${row.theme}`, minutes: Number(row.minutes), approved: row.approved },
        ]),
      ),
    };
  });
}

/** Waits (up to `timeoutMs`) for the events of the approved entries to arrive everywhere, then checks them. */
export async function checkEvents(serverUrl: string, marker: string, before: ImpactSnapshot, timeoutMs: number): Promise<EventCheck> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const check = await checkEventsOnce(serverUrl, marker, before);
    const settled = check.lost.size === 0 && check.figureDifferences.length === 0;
    if (settled || Date.now() > deadline) return check;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function checkEventsOnce(serverUrl: string, marker: string, before: ImpactSnapshot): Promise<EventCheck> {
  const entries = await entriesOfRun(serverUrl, marker);
  const approved = entries.filter((entry) => entry.status === 'APPROVED');
  const ids = approved.map((entry) => entry.id);
  const events = await withClient(serverUrl, 'activities', async (client) => {
    const { rows } = await client.query<{ id: string; entry_id: string; published: boolean }>(
      `SELECT id, payload->>'entryId' AS entry_id, published_at IS NOT NULL AS published FROM event_outbox WHERE type = 'HoursApproved' AND payload->>'entryId' = ANY($1)`,
      [ids],
    );
    return rows;
  });
  const eventIds = events.map((event) => event.id);
  const handledBy = async (service: string) =>
    new Set(
      await withClient(serverUrl, service, async (client) => {
        const { rows } = await client.query<{ event_id: string }>(
          'SELECT event_id FROM event_inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])',
          [service, eventIds],
        );
        return rows.map((row) => row.event_id);
      }),
    );
  const [finance, impact] = [await handledBy('finance'), await handledBy('impact')];
  const after = await impactSnapshot(serverUrl);

  const lost = new Set<string>();
  const duplicated = new Set<string>();
  for (const entry of approved) {
    const own = events.filter((event) => event.entry_id === entry.id);
    if (own.length > 1) duplicated.add(entry.id);
    const arrived = own.length > 0 && own.every((event) => event.published && finance.has(event.id) && impact.has(event.id));
    if (!arrived || !after.states.get(entry.id)?.approved) lost.add(entry.id);
  }
  const ours = new Set(entries.map((entry) => entry.id));
  const changed = [...new Set([...before.states.keys(), ...after.states.keys()])].filter(
    (id) => !sameState(before.states.get(id), after.states.get(id)),
  );
  return {
    approved,
    lost,
    duplicated,
    figureDifferences: figureDifferences(before, after, changed),
    foreignChanges: changed.filter((id) => !ours.has(id)).length,
  };
}

function sameState(a: ImpactState | undefined, b: ImpactState | undefined): boolean {
  return a?.key === b?.key && a?.minutes === b?.minutes && Boolean(a?.approved) === Boolean(b?.approved);
}

/** How the monthly figures should have moved, from the entries whose state changed, against how they did move. */
function figureDifferences(before: ImpactSnapshot, after: ImpactSnapshot, changed: string[]): string[] {
  const expected: Figures = new Map();
  const add = (state: ImpactState | undefined, sign: number) => {
    if (!state?.approved) return;
    const cell = expected.get(state.key) ?? { minutes: 0, entries: 0 };
    expected.set(state.key, { minutes: cell.minutes + sign * state.minutes, entries: cell.entries + sign });
  };
  for (const id of changed) {
    add(before.states.get(id), -1);
    add(after.states.get(id), 1);
  }
  const differences: string[] = [];
  for (const key of new Set([...before.figures.keys(), ...after.figures.keys(), ...expected.keys()])) {
    const grew = {
      minutes: (after.figures.get(key)?.minutes ?? 0) - (before.figures.get(key)?.minutes ?? 0),
      entries: (after.figures.get(key)?.entries ?? 0) - (before.figures.get(key)?.entries ?? 0),
    };
    const want = expected.get(key) ?? { minutes: 0, entries: 0 };
    if (grew.minutes !== want.minutes || grew.entries !== want.entries) {
      differences.push(
        `${key}: the figures moved by ${grew.entries} entries / ${grew.minutes} min, the entries' states by ${want.entries} / ${want.minutes} min`,
      );
    }
  }
  return differences;
}
