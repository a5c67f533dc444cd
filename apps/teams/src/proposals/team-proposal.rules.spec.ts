import {
  DEFAULT_RULE,
  decide,
  periodRefused,
  ruleInWords,
  ruleRefused,
  subjectRefused,
  TeamProposalKind,
  TeamProposalStatus,
} from './team-proposal.rules';

describe('deciding a team proposal', () => {
  it('needs the quorum of members to vote, abstaining included', () => {
    // 50% of 7 members: 4 voters meet it (3.5 rounded up), 3 do not.
    expect(decide({ votesFor: 3, votesAgainst: 0, abstentions: 1, eligible: 7 }, DEFAULT_RULE)).toMatchObject({
      quorumMet: true,
      status: TeamProposalStatus.ACCEPTED,
    });
    expect(decide({ votesFor: 3, votesAgainst: 0, abstentions: 0, eligible: 7 }, DEFAULT_RULE)).toMatchObject({
      quorumMet: false,
      majorityMet: true,
      status: TeamProposalStatus.REJECTED,
    });
  });

  it('needs more than the majority share of FOR among FOR and AGAINST: a tie is rejected', () => {
    expect(decide({ votesFor: 5, votesAgainst: 5, abstentions: 0, eligible: 10 }, DEFAULT_RULE)).toMatchObject({
      majorityMet: false,
      status: TeamProposalStatus.REJECTED,
    });
    expect(decide({ votesFor: 6, votesAgainst: 5, abstentions: 0, eligible: 11 }, DEFAULT_RULE).status).toBe(TeamProposalStatus.ACCEPTED);
    // A two-thirds rule: 6 of 9 (66.7%) exceeds 66%, 5 of 8 (62.5%) does not.
    expect(
      decide({ votesFor: 6, votesAgainst: 3, abstentions: 0, eligible: 9 }, { quorumPercent: 50, majorityPercent: 66 }).majorityMet,
    ).toBe(true);
    expect(
      decide({ votesFor: 5, votesAgainst: 3, abstentions: 0, eligible: 8 }, { quorumPercent: 50, majorityPercent: 66 }).majorityMet,
    ).toBe(false);
  });

  it('rejects when nobody chose, and when the team had no members', () => {
    expect(decide({ votesFor: 0, votesAgainst: 0, abstentions: 6, eligible: 6 }, DEFAULT_RULE)).toMatchObject({
      quorumMet: true,
      majorityMet: false,
      status: TeamProposalStatus.REJECTED,
    });
    expect(decide({ votesFor: 0, votesAgainst: 0, abstentions: 0, eligible: 0 }, DEFAULT_RULE)).toMatchObject({
      turnoutPercent: 0,
      status: TeamProposalStatus.REJECTED,
    });
  });

  it('reports the turnout to one decimal', () => {
    expect(decide({ votesFor: 9, votesAgainst: 1, abstentions: 1, eligible: 16 }, DEFAULT_RULE).turnoutPercent).toBe(68.8);
  });

  it('says the rule in Dutch and English', () => {
    expect(ruleInWords({ quorumPercent: 60, majorityPercent: 66 })).toEqual({
      nl: 'Minstens 60% van de leden stemt, en meer dan 66% van de stemmen voor en tegen is voor.',
      en: 'At least 60% of the members vote, and more than 66% of the votes for and against are for.',
    });
  });

  it('keeps a rule within sensible bounds', () => {
    expect(ruleRefused({ quorumPercent: 0, majorityPercent: 50 })?.field).toBe('quorumPercent');
    expect(ruleRefused({ quorumPercent: 50, majorityPercent: 40 })?.field).toBe('majorityPercent');
    expect(ruleRefused({ quorumPercent: 50, majorityPercent: 100 })?.field).toBe('majorityPercent');
    expect(ruleRefused({ quorumPercent: 100, majorityPercent: 99 })).toBeNull();
  });

  it('keeps the voting period between a day and 30 days', () => {
    const opens = new Date('2026-03-01T10:00:00Z');
    expect(periodRefused(opens, new Date('2026-03-02T09:59:00Z'))?.field).toBe('closesAt');
    expect(periodRefused(opens, new Date('2026-03-02T10:00:00Z'))).toBeNull();
    expect(periodRefused(opens, new Date('2026-03-31T10:00:00Z'))).toBeNull();
    expect(periodRefused(opens, new Date('2026-03-31T10:01:00Z'))?.field).toBe('closesAt');
  });

  it('asks each kind for its own fields only', () => {
    expect(subjectRefused({ kind: TeamProposalKind.SPEND_BUDGET, subject: 'Bankjes' }, 2026)?.field).toBe('amount');
    expect(subjectRefused({ kind: TeamProposalKind.SPEND_BUDGET, amountCents: 25_000, subject: ' ' }, 2026)?.field).toBe('subject');
    expect(subjectRefused({ kind: TeamProposalKind.SPEND_BUDGET, amountCents: 25_000, subject: 'Bankjes' }, 2026)).toBeNull();
    expect(subjectRefused({ kind: TeamProposalKind.THEME_FOCUS, amountCents: 100, theme: 'HEALTH', focusYear: 2026 }, 2026)?.field).toBe(
      'amount',
    );
    expect(subjectRefused({ kind: TeamProposalKind.THEME_FOCUS, theme: 'HEALTH', focusYear: 2028 }, 2026)?.field).toBe('focusYear');
    expect(subjectRefused({ kind: TeamProposalKind.NEW_ACTIVITY_SERIES, subject: 'Wandelen' }, 2026)?.field).toBe('theme');
    expect(
      subjectRefused({ kind: TeamProposalKind.NEW_ACTIVITY_SERIES, subject: 'Wandelen', theme: 'HEALTH', focusYear: 2026 }, 2026)?.field,
    ).toBe('focusYear');
  });
});
