import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { type Identity, issueDevToken, Role } from '@buurtvolk/identity';

/**
 * A steady load on the gateway from several callers at once: volunteers registering hours and reading their own
 * page, a coordinator approving those hours (each approval publishes HoursApproved to finance and impact) and
 * reading the team, a partner and an admin reading figures that join most subgraphs. Every hour entry carries the
 * run's marker, so it can be read back afterwards.
 */
export const TEAM = demoId('team:katendrecht');
const NEIGHBOURHOOD = demoId('neighbourhood:katendrecht');
const COORDINATOR = demoId('volunteer:katendrecht-01');
const VOLUNTEERS = ['02', '03', '04'].map((n) => demoId(`volunteer:katendrecht-${n}`));
const PARTNER = demoId('partner:woonstad-rotterdam');
const THEMES = ['NEIGHBOURHOOD', 'COMMUNITY', 'INFORMAL_CARE', 'SUSTAINABILITY', 'PERSONAL_DEVELOPMENT', 'HEALTH'];
/** A request that takes longer than this counts as failed; the gateway's own subgraph timeout is 10 s. */
const CLIENT_TIMEOUT_MS = 25_000;
const PAUSE_MS = 100;

const TEAM_VIEW = `query ($id: ID!, $year: Int!) { team(id: $id) { name memberCount hours(year: $year) { approvedHours submittedHours }
  budget(year: $year) { category left { cents } } trainingCoverage { required covered } wellbeing { people } } }`;
const PARTNER_VIEW = `query ($id: ID!, $year: Int!) { neighbourhood(id: $id) { name teams { name } hours(year: $year) { approvedHours }
  trainingFigures { trainingsGiven } wellbeing { people } impact(year: $year) { totalHours } } }`;
const SELF_VIEW = `query ($id: ID!, $year: Int!) { volunteer(id: $id) { displayName hours(year: $year) currentTeam { name }
  hourEntries(first: 5) { edges { node { id status minutes } } } certificates { id } } }`;
const ADMIN_VIEW = `query ($year: Int!) { teams(first: 10) { edges { node { name neighbourhood { name } hours(year: $year) { approvedHours }
  budget(year: $year) { category } } } } }`;
const REGISTER = `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }`;
const APPROVE = `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { id status } }`;

export type Kind = 'full' | 'partial' | 'failed';

export interface Outcome {
  phase: string;
  operation: string;
  startedAt: number;
  endedAt: number;
  kind: Kind;
  /** Why it was not full: an error code, an HTTP status or a network error. */
  reason?: string;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class Load {
  phase = 'baseline';
  readonly outcomes: Outcome[] = [];
  /** Entry ids whose registration the gateway acknowledged, with the phase it happened in. */
  readonly registered = new Map<string, string>();
  /** Entry ids whose approval the gateway acknowledged. */
  readonly approved = new Map<string, string>();
  /** The phase of the last approval attempt of each entry, acknowledged or not. */
  readonly approvalTried = new Map<string, string>();
  private readonly waiting: { id: string; version: number }[] = [];
  private stopped = false;
  private workers: Promise<void>[] = [];
  private sequence = 0;
  private readonly year = Number(todayInAmsterdam().slice(0, 4));

  constructor(
    private readonly gatewayUrl: string,
    readonly marker: string,
  ) {}

  async start(): Promise<void> {
    const tokenFor = (identity: Identity) => issueDevToken(identity, { expiresIn: '2h' });
    const volunteers = await Promise.all(
      VOLUNTEERS.map(async (volunteerId, i) => ({
        volunteerId,
        token: await tokenFor({ subject: `resilience-volunteer-${i}`, role: Role.VOLUNTEER, teamIds: [TEAM], volunteerId }),
      })),
    );
    const coordinator = await tokenFor({
      subject: 'resilience-coordinator',
      role: Role.COORDINATOR,
      teamIds: [TEAM],
      volunteerId: COORDINATOR,
    });
    const partner = await tokenFor({ subject: 'resilience-partner', role: Role.PARTNER, teamIds: [], partnerId: PARTNER });
    const admin = await tokenFor({ subject: 'resilience-admin', role: Role.ADMIN, teamIds: [] });

    this.workers = [
      ...volunteers.map(({ volunteerId, token }) =>
        this.loop((turn) =>
          turn % 3 === 2
            ? this.read('volunteer reads own page', token, SELF_VIEW, { id: volunteerId, year: this.year })
            : this.register(token),
        ),
      ),
      this.loop((turn) =>
        turn % 2 === 0 && this.waiting.length > 0
          ? this.approve(coordinator)
          : this.read('coordinator reads team', coordinator, TEAM_VIEW, { id: TEAM, year: this.year }),
      ),
      this.loop(() => this.read('partner reads neighbourhood', partner, PARTNER_VIEW, { id: NEIGHBOURHOOD, year: this.year })),
      this.loop(() => this.read('admin reads teams', admin, ADMIN_VIEW, { year: this.year })),
    ];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }

  private async loop(next: (turn: number) => Promise<void>): Promise<void> {
    for (let turn = 0; !this.stopped; turn += 1) {
      await next(turn);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }

  private async read(operation: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
    await this.send(operation, token, query, variables);
  }

  private async register(token: string): Promise<void> {
    const n = (this.sequence += 1);
    const input = { teamId: TEAM, date: daysAgo(n % 21), minutes: 15, theme: THEMES[n % THEMES.length], description: this.marker };
    const answer = await this.send('volunteer registers hours', token, REGISTER, { input });
    const entry = answer?.data?.registerHours as { id: string; version: number } | undefined;
    if (entry) {
      this.registered.set(entry.id, this.phase);
      this.waiting.push(entry);
    }
  }

  private async approve(token: string): Promise<void> {
    const entries = this.waiting.splice(0, 5);
    for (const { id } of entries) this.approvalTried.set(id, this.phase);
    const answer = await this.send('coordinator approves hours', token, APPROVE, { entries });
    const decided = answer?.data?.approveHourEntries as { id: string; status: string }[] | undefined;
    // An approval without an answer may have happened or not; it is not tried again (a retry would meet a new
    // version), and the read-back afterwards finds out which.
    for (const entry of decided ?? []) if (entry.status === 'APPROVED') this.approved.set(entry.id, this.phase);
  }

  /** Sends one operation and records how it was answered; returns the answer when there was one. */
  private async send(
    operation: string,
    token: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLAnswer | undefined> {
    const startedAt = Date.now();
    const record = (kind: Kind, reason?: string) =>
      this.outcomes.push({ phase: this.phase, operation, startedAt, endedAt: Date.now(), kind, reason });
    try {
      const response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer;
      const hasData = answer.data !== undefined && answer.data !== null && Object.values(answer.data).some((value) => value !== null);
      const code = answer.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
      if (response.ok && hasData && !answer.errors?.length) record('full');
      else if (hasData) record('partial', code);
      else record('failed', code);
      return answer;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      record('failed', (error as Error).name === 'TimeoutError' ? 'client timeout' : (cause ?? (error as Error).message));
      return undefined;
    }
  }
}

function daysAgo(days: number): string {
  const noon = Date.parse(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(noon - days * 86_400_000).toISOString().slice(0, 10);
}
