import { MIN_CELL_SIZE, protectedCount } from '@buurtvolk/subgraph-kit';
import { addMonths } from '../path/team-path.rules';

/** The months after joining at which the funnel asks whether someone is still in the team. */
export const RETENTION_MONTHS = [3, 12] as const;

export interface Retention {
  /** Still a member of the team on the day. */
  active: number;
  /** No longer a member on the day. */
  lost: number;
  /** The day is still to come: neither active nor lost yet. */
  notYetDue: number;
}

/** One team's funnel, every count a number of people (or, for the outreach moments, of contacts). */
export interface FunnelCounts {
  spokenTo: number;
  interested: number;
  intake: number;
  joined: number;
  after3Months: Retention;
  after12Months: Retention;
}

/** The same shape, where a partner's view hides a count as null. */
export interface ShownRetention {
  active: number | null;
  lost: number | null;
  notYetDue: number | null;
}
export interface ShownFunnel {
  spokenTo: number | null;
  interested: number | null;
  intake: number | null;
  joined: number | null;
  after3Months: ShownRetention;
  after12Months: ShownRetention;
}

export interface JoinedPerson {
  joinedOn: string;
  /** The periods of the person's memberships in the team, as teams keeps them. */
  memberships: { from: string; until: string | null }[];
}

/**
 * Whether a person who joined is still in the team `months` after joining: a membership running on that day. A day
 * still to come is not yet due — it is shown as such, never counted as lost.
 */
export function retentionOf(people: JoinedPerson[], months: number, today: string): Retention {
  const retention: Retention = { active: 0, lost: 0, notYetDue: 0 };
  for (const person of people) {
    const day = addMonths(person.joinedOn, months);
    if (day > today) retention.notYetDue++;
    else if (person.memberships.some((membership) => membership.from <= day && (membership.until === null || membership.until >= day)))
      retention.active++;
    else retention.lost++;
  }
  return retention;
}

export function sumFunnels(funnels: FunnelCounts[]): FunnelCounts {
  const sum = (pick: (funnel: FunnelCounts) => number) => funnels.reduce((total, funnel) => total + pick(funnel), 0);
  const retention = (pick: (funnel: FunnelCounts) => Retention): Retention => ({
    active: sum((funnel) => pick(funnel).active),
    lost: sum((funnel) => pick(funnel).lost),
    notYetDue: sum((funnel) => pick(funnel).notYetDue),
  });
  return {
    spokenTo: sum((funnel) => funnel.spokenTo),
    interested: sum((funnel) => funnel.interested),
    intake: sum((funnel) => funnel.intake),
    joined: sum((funnel) => funnel.joined),
    after3Months: retention((funnel) => funnel.after3Months),
    after12Months: retention((funnel) => funnel.after12Months),
  };
}

export function shownInFull(funnel: FunnelCounts): ShownFunnel {
  return { ...funnel, after3Months: { ...funnel.after3Months }, after12Months: { ...funnel.after12Months } };
}

/**
 * A partner's view of the funnel of one team or of the teams of an area (one entry per team): the platform's rule for
 * small numbers, also by subtraction.
 * - Each count is the shared `protectedCount` over the teams: under 10 hidden, and a total beside its visible teams
 *   hidden when the hidden teams add up to fewer than 10.
 * - A count is hidden when the step before it is shown and the people who dropped out in between (spoken to but not
 *   interested, in intake but not joined) are fewer than 10 but not none.
 * - Active, lost and not yet due add up to joined: while the hidden ones would be worked out from the rest as a
 *   number under 10, the smallest shown one is hidden too; with joined hidden they all are.
 */
export function shownToPartner(perTeam: FunnelCounts[]): ShownFunnel {
  const total = sumFunnels(perTeam);
  const count = (pick: (funnel: FunnelCounts) => number) => protectedCount(perTeam.map(pick));
  const spokenTo = count((funnel) => funnel.spokenTo);
  const interested = revealsDropOut(spokenTo, total.spokenTo, total.interested) ? null : count((funnel) => funnel.interested);
  const intake = count((funnel) => funnel.intake);
  const joined = revealsDropOut(intake, total.intake, total.joined) ? null : count((funnel) => funnel.joined);
  const retention = (pick: (funnel: FunnelCounts) => Retention): ShownRetention => {
    if (joined === null) return { active: null, lost: null, notYetDue: null };
    const keys = ['active', 'lost', 'notYetDue'] as const;
    const shown: ShownRetention = {
      active: count((funnel) => pick(funnel).active),
      lost: count((funnel) => pick(funnel).lost),
      notYetDue: count((funnel) => pick(funnel).notYetDue),
    };
    const raw = pick(total);
    for (;;) {
      const hiddenSum = keys.filter((key) => shown[key] === null).reduce((sum, key) => sum + raw[key], 0);
      if (hiddenSum === 0 || hiddenSum >= MIN_CELL_SIZE) return shown;
      const smallest = keys.filter((key) => shown[key] !== null).sort((a, b) => raw[a] - raw[b])[0];
      if (!smallest) return shown;
      shown[smallest] = null;
    }
  };
  return {
    spokenTo,
    interested,
    intake,
    joined,
    after3Months: retention((f) => f.after3Months),
    after12Months: retention((f) => f.after12Months),
  };
}

/** The step before is shown and the difference to this one is a small number of people that is not none. */
function revealsDropOut(before: number | null, beforeRaw: number, thisRaw: number): boolean {
  const dropped = beforeRaw - thisRaw;
  return before !== null && dropped > 0 && dropped < MIN_CELL_SIZE;
}
