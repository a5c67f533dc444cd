import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import type { Identity } from '@buurtvolk/identity';
import { AuditTrail, badUserInput, conflict, type FieldError, type Logger, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import type { ScheduledJob } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { TeamsLoaders } from '../loaders';
import type { TeamsPolicy } from '../policy';
import { Team } from '../teams/team.entity';
import {
  TeamDecisionRule,
  TeamDecisionRuleRow,
  TeamProposal,
  type TeamProposalActivity,
  type TeamProposalCounts,
  type TeamProposalResult,
  TeamProposalStatus,
  type VoteChoice,
} from './team-proposal.entity';
import type { ProposeToTeamInput, SetTeamDecisionRuleInput, VoteOnTeamProposalInput } from './team-proposal.inputs';
import {
  DEFAULT_RULE,
  type DecisionRule,
  decide,
  periodRefused,
  ruleInWords,
  ruleRefused,
  subjectRefused,
  TeamProposalKind,
} from './team-proposal.rules';

const refuse = (error: FieldError) => badUserInput(`${error.field} ${error.message}`, [error]);
/** Counting the votes is the service's act, whoever's request or schedule happens to trigger it. */
const TALLY_AUDIT = AuditTrail.forEvent('teams', 'team-proposal-tally');

export function ruleView(rule: DecisionRule, row: TeamDecisionRuleRow | null): TeamDecisionRule {
  const words = ruleInWords(rule);
  return { ...rule, inDutch: words.nl, inEnglish: words.en, isDefault: row === null, version: row?.version ?? 0 };
}

/** Team proposals: members propose and vote within a period; the votes are counted once it closes. */
export class TeamProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
    private readonly identity: Identity | null,
    private readonly loaders: TeamsLoaders,
  ) {}

  async proposals(team: Team, status: TeamProposalStatus | null): Promise<TeamProposal[]> {
    this.policy.assertCanSeeProposals(team.id);
    await this.countOverdue(team.id);
    const all = await this.loaders.proposalsOfTeam.load(team.id);
    return status ? all.filter((proposal) => proposal.status === status) : all;
  }

  /** A proposal for those who may see its team's proposals; null for anyone else (and for an unknown id). */
  async proposal(id: string): Promise<TeamProposal | null> {
    let proposal = await this.loaders.proposal.load(id);
    if (!proposal || !this.policy.canSeeProposals(proposal.teamId)) return null;
    if (isOverdue(proposal)) {
      await tallyProposal(this.dataSource, proposal.id);
      proposal = await this.dataSource.getRepository(TeamProposal).findOneByOrFail({ id: proposal.id });
    }
    return proposal;
  }

  async decisionRule(teamId: string): Promise<TeamDecisionRule> {
    this.policy.assertCanSeeProposals(teamId);
    const row = await this.loaders.decisionRule.load(teamId);
    return ruleView(row ?? DEFAULT_RULE, row);
  }

  async activity(team: Team, year: number | null): Promise<TeamProposalActivity> {
    await this.policy.assertCanSeeProposalActivity(team);
    await this.countOverdue(team.id);
    return this.loaders.proposalActivity.load(`${team.id}|${year ?? ''}`);
  }

  rule(proposal: TeamProposal): TeamDecisionRule {
    const words = ruleInWords(proposal);
    return {
      quorumPercent: proposal.quorumPercent,
      majorityPercent: proposal.majorityPercent,
      inDutch: words.nl,
      inEnglish: words.en,
      isDefault: false,
      version: 0,
    };
  }

  /** Counts so far (members see how the vote goes, never who voted what); the stored counts once decided. */
  async counts(proposal: TeamProposal): Promise<TeamProposalCounts> {
    if (proposal.decidedAt && proposal.votesFor !== null) {
      const stored = { votesFor: proposal.votesFor, votesAgainst: proposal.votesAgainst ?? 0, abstentions: proposal.abstentions ?? 0 };
      return { ...stored, voted: stored.votesFor + stored.votesAgainst + stored.abstentions };
    }
    return this.loaders.voteCounts.load(proposal.id);
  }

  result(proposal: TeamProposal): TeamProposalResult | null {
    if (!proposal.decidedAt || proposal.eligibleMembers === null) return null;
    const tally = {
      votesFor: proposal.votesFor ?? 0,
      votesAgainst: proposal.votesAgainst ?? 0,
      abstentions: proposal.abstentions ?? 0,
      eligible: proposal.eligibleMembers,
    };
    const outcome = decide(tally, proposal);
    return {
      votesFor: tally.votesFor,
      votesAgainst: tally.votesAgainst,
      abstentions: tally.abstentions,
      eligibleMembers: tally.eligible,
      turnoutPercent: outcome.turnoutPercent,
      quorumMet: outcome.quorumMet,
      majorityMet: outcome.majorityMet,
      outcome: proposal.status,
      decidedAt: proposal.decidedAt,
    };
  }

  /** The caller's own vote; null when they have not voted or have no volunteer id. */
  async ownVote(proposal: TeamProposal): Promise<VoteChoice | null> {
    const volunteerId = this.identity?.volunteerId;
    return volunteerId ? this.loaders.ownVote.load(`${proposal.id}|${volunteerId.toLowerCase()}`) : null;
  }

  proposedByMe(proposal: TeamProposal): boolean {
    return proposal.proposedBy === this.identity?.subject;
  }

  async propose(input: ProposeToTeamInput): Promise<TeamProposal> {
    const volunteerId = await this.policy.assertCurrentMember(input.teamId, 'make proposals');
    const opensAt = new Date();
    const amountCents = input.amount?.cents ?? null;
    const refused =
      subjectRefused({ ...input, amountCents }, Number(todayInAmsterdam().slice(0, 4))) ?? periodRefused(opensAt, input.closesAt);
    if (refused) throw refuse(refused);
    return this.dataSource.transaction(async (manager) => {
      await teamOrFail(manager, input.teamId);
      // The rule in force now, when voting opens, decides this proposal: copied so a later change leaves it alone.
      const rule = (await manager.findOneBy(TeamDecisionRuleRow, { teamId: input.teamId })) ?? DEFAULT_RULE;
      const proposal = manager.create(TeamProposal, {
        id: randomUUID(),
        teamId: input.teamId,
        kind: input.kind,
        title: input.title.trim(),
        description: input.description.trim(),
        amountCents,
        subject: input.kind === TeamProposalKind.THEME_FOCUS ? null : (input.subject?.trim() ?? null),
        theme: input.kind === TeamProposalKind.SPEND_BUDGET ? null : (input.theme ?? null),
        focusYear: input.kind === TeamProposalKind.THEME_FOCUS ? (input.focusYear ?? null) : null,
        opensAt,
        closesAt: input.closesAt,
        status: TeamProposalStatus.OPEN,
        quorumPercent: rule.quorumPercent,
        majorityPercent: rule.majorityPercent,
        proposedBy: this.identity!.subject,
        proposerVolunteerId: volunteerId,
        votesFor: null,
        votesAgainst: null,
        abstentions: null,
        eligibleMembers: null,
        decidedAt: null,
        version: 1,
        createdAt: opensAt,
      });
      await manager.insert(TeamProposal, proposal);
      await this.audit.record(manager, {
        action: 'team-proposal.proposed',
        entityType: 'TeamProposal',
        entityId: proposal.id,
        relatedIds: [input.teamId],
      });
      return proposal;
    });
  }

  async vote({ proposalId, choice }: VoteOnTeamProposalInput): Promise<TeamProposal> {
    const found = await this.loaders.proposal.load(proposalId);
    if (!found || !this.policy.canSeeProposals(found.teamId)) throw notFound('team proposal', proposalId);
    const volunteerId = await this.policy.assertCurrentMember(found.teamId, 'vote');
    if (isOverdue(found)) await tallyProposal(this.dataSource, found.id);
    return this.dataSource.transaction(async (manager) => {
      // Shared with other voters, exclusive against the count: no vote slips in after the votes are counted.
      const [current] = await manager.query('SELECT status, closes_at AS "closesAt" FROM team_proposals WHERE id = $1 FOR SHARE', [
        found.id,
      ]);
      if (current.status !== TeamProposalStatus.OPEN || new Date(current.closesAt) <= new Date())
        throw refuse({ field: 'proposalId', message: 'is closed for voting' });
      // One row per member: two votes at once end as one, the later choice.
      await manager.query(
        `INSERT INTO team_proposal_votes (proposal_id, volunteer_id, choice, cast_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (proposal_id, volunteer_id) DO UPDATE SET choice = EXCLUDED.choice, cast_at = EXCLUDED.cast_at`,
        [found.id, volunteerId, choice],
      );
      await this.audit.record(manager, { action: 'team-proposal.voted', entityType: 'TeamProposal', entityId: found.id });
      return manager.findOneByOrFail(TeamProposal, { id: found.id });
    });
  }

  async withdraw(id: string, version: number): Promise<TeamProposal> {
    const found = await this.loaders.proposal.load(id);
    if (!found || !this.policy.canSeeProposals(found.teamId)) throw notFound('team proposal', id);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(TeamProposal, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('team proposal', id);
      const [{ votes }] = await manager.query('SELECT count(*)::int AS votes FROM team_proposal_votes WHERE proposal_id = $1', [id]);
      this.policy.assertCanWithdraw(current, votes > 0);
      if (current.status !== TeamProposalStatus.OPEN) throw conflict(`This proposal is ${current.status.toLowerCase()} already`);
      const withdrawn = await updateVersioned(manager, TeamProposal, 'team proposal', current.id, version, {
        status: TeamProposalStatus.WITHDRAWN,
      });
      await this.audit.record(manager, { action: 'team-proposal.withdrawn', entityType: 'TeamProposal', entityId: current.id });
      return withdrawn;
    });
  }

  async setRule(input: SetTeamDecisionRuleInput): Promise<TeamDecisionRule> {
    this.policy.assertCanSetDecisionRule(input.teamId);
    const rule = { quorumPercent: input.quorumPercent, majorityPercent: input.majorityPercent };
    const refused = ruleRefused(rule);
    if (refused) throw refuse(refused);
    return this.dataSource.transaction(async (manager) => {
      await teamOrFail(manager, input.teamId);
      const changes = { ...rule, setBy: this.identity!.subject, setAt: new Date() };
      if (input.version === 0) {
        const inserted = await manager.query(
          `INSERT INTO team_decision_rules (team_id, quorum_percent, majority_percent, version, set_by, set_at)
           VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (team_id) DO NOTHING RETURNING team_id`,
          [input.teamId, rule.quorumPercent, rule.majorityPercent, changes.setBy, changes.setAt],
        );
        if (!inserted.length) throw conflict('Someone else set this team’s rule just now; reload it and try again');
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(TeamDecisionRuleRow)
          .set({ ...changes, version: () => 'version + 1' })
          .where('team_id = :teamId AND version = :version', { teamId: input.teamId, version: input.version })
          .execute();
        if (result.affected === 0) throw conflict('This team’s rule was changed by someone else; reload it and try again');
      }
      const row = await manager.findOneByOrFail(TeamDecisionRuleRow, { teamId: input.teamId });
      await this.audit.record(manager, { action: 'team-decision-rule.set', entityType: 'Team', entityId: input.teamId });
      return ruleView(row, row);
    });
  }

  /** Counting on read: whoever looks first after the period ends gets the result, without waiting for the schedule. */
  private async countOverdue(teamId: string): Promise<void> {
    const overdue = (await this.loaders.proposalsOfTeam.load(teamId)).filter(isOverdue);
    if (!overdue.length) return;
    for (const proposal of overdue) await tallyProposal(this.dataSource, proposal.id);
    this.loaders.proposalsOfTeam.clear(teamId);
    this.loaders.proposalActivity.clearAll();
  }
}

function isOverdue(proposal: TeamProposal): boolean {
  return proposal.status === TeamProposalStatus.OPEN && proposal.closesAt.getTime() <= Date.now();
}

/**
 * Counts the votes of a proposal whose period is over, once: the row lock makes a second count (the schedule and a
 * reader at once) find it decided and do nothing. The quorum is measured against the members on the closing day,
 * and only their votes count. An accepted SPEND_BUDGET proposal records TeamProposalAccepted in the same transaction.
 * Returns whether this call decided it.
 */
export async function tallyProposal(dataSource: DataSource, proposalId: string): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const proposal = await manager.findOne(TeamProposal, { where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || !isOverdue(proposal)) return false;
    const closingDay = todayInAmsterdam(proposal.closesAt);
    const [tally] = await manager.query(
      `WITH members AS (
         SELECT DISTINCT volunteer_id FROM memberships
          WHERE team_id = $1 AND from_date <= $2 AND (until_date IS NULL OR until_date >= $2)
       )
       SELECT (SELECT count(*) FROM members)::int AS eligible,
              count(v.*) FILTER (WHERE v.choice = 'FOR')::int AS "votesFor",
              count(v.*) FILTER (WHERE v.choice = 'AGAINST')::int AS "votesAgainst",
              count(v.*) FILTER (WHERE v.choice = 'ABSTAIN')::int AS abstentions
         FROM team_proposal_votes v JOIN members m ON m.volunteer_id = v.volunteer_id
        WHERE v.proposal_id = $3`,
      [proposal.teamId, closingDay, proposal.id],
    );
    const outcome = decide(tally, proposal);
    const decidedAt = proposal.closesAt;
    await manager.update(
      TeamProposal,
      { id: proposal.id },
      {
        status: outcome.status,
        votesFor: tally.votesFor,
        votesAgainst: tally.votesAgainst,
        abstentions: tally.abstentions,
        eligibleMembers: tally.eligible,
        decidedAt,
        version: proposal.version + 1,
      },
    );
    await TALLY_AUDIT.record(manager, {
      action: outcome.status === TeamProposalStatus.ACCEPTED ? 'team-proposal.accepted' : 'team-proposal.rejected',
      entityType: 'TeamProposal',
      entityId: proposal.id,
      relatedIds: [proposal.teamId],
    });
    if (outcome.status === TeamProposalStatus.ACCEPTED && proposal.kind === TeamProposalKind.SPEND_BUDGET) {
      await recordEvent(manager, 'teams', 'TeamProposalAccepted', {
        proposalId: proposal.id,
        teamId: proposal.teamId,
        amountCents: proposal.amountCents!,
        currency: 'EUR',
        budgetCategory: 'ACTIVITIES',
        decidedAt: decidedAt.toISOString(),
      });
    }
    return true;
  });
}

/** Every few minutes, the proposals whose period has ended are counted (reading them counts them sooner). */
export const proposalTallyJob: ScheduledJob = {
  cron: '*/5 * * * *',
  run: async (dataSource: DataSource, logger: Logger) => {
    const overdue: { id: string }[] = await dataSource.query(
      `SELECT id FROM team_proposals WHERE status = 'OPEN' AND closes_at <= now() ORDER BY closes_at LIMIT 500`,
    );
    let decided = 0;
    for (const { id } of overdue) if (await tallyProposal(dataSource, id)) decided++;
    if (decided) logger.info({ decided }, 'team proposals counted');
  },
};

async function teamOrFail(manager: EntityManager, teamId: string): Promise<Team> {
  const team = await manager.findOneBy(Team, { id: teamId });
  if (!team) throw notFound('team', teamId);
  return team;
}
