import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverDomainEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { joinTeam, leaveTeam } from '../test/join-team';
import { withEligibility } from '../test/eligibility';

let subgraph: TestSubgraph;
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = demoId('team:feijenoord');
const coordinator = testIdentities.coordinator(FEIJENOORD);
const key = () => `test-${randomUUID()}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const AGREE = `mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`;
const PAY = `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`;
const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** An arrangement from the start of this year for a new member of Feijenoord (an admin may backdate one). */
async function arrangement(cents: number, overrides: Record<string, unknown> = {}, as = testIdentities.admin()) {
  const input = await withEligibility(subgraph, {
    volunteerId: randomUUID(),
    teamId: FEIJENOORD,
    kind: 'FLAT_MONTHLY',
    amount: { cents },
    startsOn: `${year}-01-01`,
    dateOfBirth: '1970-05-05',
    idempotencyKey: key(),
    ...overrides,
  });
  await joinTeam(subgraph.dataSource, input.volunteerId as string, input.teamId as string);
  return subgraph.query(AGREE, { input }, as);
}

describe('volunteer allowances within the fiscal limits', () => {
  it('refuses an arrangement above the monthly cap or the hourly maximum for the age', async () => {
    const flat = await arrangement(22_001);
    expect(flat.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: { capCents: 22_000 } } });
    const young = await arrangement(500, { kind: 'HOURLY', dateOfBirth: `${year - 19}-06-01` });
    expect(young.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: { capCents: 340 } } });
    expect((await arrangement(500, { kind: 'HOURLY' })).errors).toBeUndefined();
    // Bijstand is an admin's record in the volunteers service (social-assistance.spec); a coordinator's flag is ignored.
    const flagged = await arrangement(10_000, { socialAssistanceUnder27: true, dateOfBirth: `${year - 24}-01-01` });
    expect(flagged.errors).toBeUndefined();
  });

  it("takes the birth date from the grant of the volunteers service's record, never from the caller, and only for that person and team", async () => {
    const volunteerId = randomUUID();
    await joinTeam(subgraph.dataSource, volunteerId);
    const young = await withEligibility(subgraph, {
      volunteerId,
      teamId: FEIJENOORD,
      kind: 'HOURLY',
      amount: { cents: 500 },
      startsOn: `${year}-01-01`,
      dateOfBirth: `${year - 19}-06-01`,
      idempotencyKey: key(),
    });
    const typed = await subgraph.query(
      AGREE,
      { input: { ...young, eligibility: undefined, dateOfBirth: '1970-01-01' } },
      testIdentities.admin(),
    );
    expect(typed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const someoneElse = await withEligibility(subgraph, { ...young, volunteerId: randomUUID(), dateOfBirth: '1970-01-01' });
    const borrowed = await subgraph.query(AGREE, { input: { ...young, eligibility: someoneElse.eligibility } }, testIdentities.admin());
    expect(borrowed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'eligibility' }] });
    const refused = await subgraph.query(AGREE, { input: young }, testIdentities.admin());
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: { capCents: 340 } } });
    const [payee] = await subgraph.dataSource.query('SELECT volunteer_id FROM payees WHERE volunteer_id = $1', [volunteerId]);
    expect(payee).toBeUndefined();
  });

  it('follows an open arrangement with a later one, and refuses one that starts on or before it instead of failing', async () => {
    const volunteerId = randomUUID();
    const agree = (startsOn: string) => arrangement(10_000, { volunteerId, startsOn });
    expect((await agree(`${year}-03-01`)).errors).toBeUndefined();
    for (const startsOn of [`${year}-03-01`, `${year}-02-01`]) {
      const overlap = await agree(startsOn);
      expect(overlap.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringContaining(`An arrangement starting ${year}-03-01 is open`),
      });
    }
    expect((await agree(`${year}-05-01`)).errors).toBeUndefined();
    const periods = await subgraph.dataSource.query(
      'SELECT starts_on::text AS "from", ends_on::text AS "until" FROM allowance_arrangements WHERE volunteer_id = $1 ORDER BY starts_on',
      [volunteerId],
    );
    expect(periods).toEqual([
      { from: `${year}-03-01`, until: `${year}-04-30` },
      { from: `${year}-05-01`, until: null },
    ]);
  });

  it('pays month by month until the yearly cap, then refuses with the cap, what is used and what is left', async () => {
    const { data } = await arrangement(20_000);
    const id = data.agreeAllowanceArrangement;
    for (let m = 1; m <= 11; m += 1)
      expect(
        (await subgraph.query(PAY, { input: { arrangementId: id, month: month(m), idempotencyKey: key() } }, coordinator)).errors,
      ).toBeUndefined();
    const twelfth = await subgraph.query(PAY, { input: { arrangementId: id, month: month(12), idempotencyKey: key() } }, coordinator);
    expect(twelfth.errors?.[0]).toMatchObject({
      message: '€200,00 would pass the yearly cap of €2200,00: €2200,00 is used, €0,00 is left',
      extensions: { code: 'LIMIT_EXCEEDED', limit: { capCents: 220_000, usedCents: 220_000, leftCents: 0 } },
    });
    expect((await subgraph.query(`{ ledgerCheck { balanced } }`, {}, testIdentities.admin())).data.ledgerCheck.balanced).toBe(true);
  });

  it('counts allowances declared from other organisations towards the yearly cap', async () => {
    const volunteerId = randomUUID();
    const { data } = await arrangement(15_000, { volunteerId });
    await subgraph.query(
      `mutation ($input: DeclareAllowanceElsewhereInput!) { declareAllowanceElsewhere(input: $input) }`,
      { input: { volunteerId, year, amountCents: 210_000 } },
      coordinator,
    );
    const first = await subgraph.query(
      PAY,
      { input: { arrangementId: data.agreeAllowanceArrangement, month: month(1), idempotencyKey: key() } },
      coordinator,
    );
    expect(first.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { usedCents: 210_000, leftCents: 10_000 } });
  });

  it('pays a month once: a retry returns the first payment, a second payment is refused', async () => {
    const { data } = await arrangement(10_000);
    const idempotencyKey = key();
    const input = { arrangementId: data.agreeAllowanceArrangement, month: month(3), idempotencyKey };
    const retries = await Promise.all([1, 2, 3].map(() => subgraph.query(PAY, { input }, coordinator)));
    expect(new Set(retries.map((result) => result.data.payFlatAllowance)).size).toBe(1);
    const second = await subgraph.query(PAY, { input: { ...input, idempotencyKey: key() } }, coordinator);
    expect(second.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: `The allowance for ${month(3)} is already paid`,
    });
  });

  it('never lets concurrent payments together pass the monthly cap', async () => {
    const volunteerId = randomUUID();
    const arrangements = [];
    for (const team of ['feijenoord', 'afrikaanderwijk']) {
      const teamId = demoId(`team:${team}`);
      await joinTeam(subgraph.dataSource, volunteerId, teamId);
      const result = await subgraph.query(
        AGREE,
        {
          input: await withEligibility(subgraph, {
            volunteerId,
            teamId,
            kind: 'FLAT_MONTHLY',
            amount: { cents: 15_000 },
            startsOn: `${year}-01-01`,
            dateOfBirth: '1980-01-01',
            idempotencyKey: key(),
          }),
        },
        testIdentities.admin(),
      );
      arrangements.push(result.data.agreeAllowanceArrangement);
    }
    const results = await Promise.all(
      arrangements.map((arrangementId) =>
        subgraph.query(PAY, { input: { arrangementId, month: month(5), idempotencyKey: key() } }, testIdentities.admin()),
      ),
    );
    expect(results.filter((result) => result.data?.payFlatAllowance).length).toBe(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'LIMIT_EXCEEDED').length).toBe(1);
  });

  it('shows a coordinator who is approaching a cap', async () => {
    const { data } = await arrangement(18_000);
    await subgraph.query(
      PAY,
      { input: { arrangementId: data.agreeAllowanceArrangement, month: month(6), idempotencyKey: key() } },
      coordinator,
    );
    const NEAR = `query ($id: ID!, $month: String!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { allowancesNearCap(month: $month) { usedThisMonth { cents } monthlyCap { cents } } } } }`;
    const near = await subgraph.query(NEAR, { id: FEIJENOORD, month: month(6) }, coordinator);
    expect(near.data._entities[0].allowancesNearCap).toContainEqual({ usedThisMonth: { cents: 18_000 }, monthlyCap: { cents: 22_000 } });
    const other = await subgraph.query(NEAR, { id: FEIJENOORD, month: month(6) }, testIdentities.coordinator(demoId('team:charlois')));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('nobody pays themselves', () => {
  const thisMonth = todayInAmsterdam().slice(0, 7);

  it('refuses a coordinator an arrangement for themselves, for someone not in the team now, and a backdated start', async () => {
    const me = randomUUID();
    const self = await arrangement(10_000, { volunteerId: me, startsOn: `${thisMonth}-01` }, testIdentities.coordinator(FEIJENOORD, me));
    expect(self.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('Nobody agrees an allowance for themselves'),
    });
    const stranger = await subgraph.query(
      AGREE,
      {
        input: await withEligibility(subgraph, {
          volunteerId: randomUUID(),
          teamId: FEIJENOORD,
          kind: 'FLAT_MONTHLY',
          amount: { cents: 10_000 },
          startsOn: `${thisMonth}-01`,
          dateOfBirth: '1970-05-05',
          idempotencyKey: key(),
        }),
      },
      coordinator,
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'volunteerId', message: 'is not a current member of the team' }],
    });
    const backdated = await arrangement(10_000, { startsOn: `${year - 1}-01-01` }, coordinator);
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'startsOn' }] });
    expect((await arrangement(10_000, { startsOn: `${thisMonth}-01` }, coordinator)).data.agreeAllowanceArrangement).toEqual(
      expect.any(String),
    );
    const [{ count }] = await subgraph.dataSource.query(
      'SELECT count(*)::int AS count FROM allowance_arrangements WHERE volunteer_id = $1',
      [me],
    );
    expect(count).toBe(0);
  });

  it('refuses a coordinator paying their own allowance, which another coordinator of the team may pay', async () => {
    const me = randomUUID();
    const { data } = await arrangement(10_000, { volunteerId: me });
    const own = await subgraph.query(
      PAY,
      { input: { arrangementId: data.agreeAllowanceArrangement, month: thisMonth, idempotencyKey: key() } },
      testIdentities.coordinator(FEIJENOORD, me),
    );
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.dataSource.query('SELECT id FROM allowances WHERE volunteer_id = $1', [me])).toEqual([]);
    const other = await subgraph.query(
      PAY,
      { input: { arrangementId: data.agreeAllowanceArrangement, month: thisMonth, idempotencyKey: key() } },
      coordinator,
    );
    expect(other.data.payFlatAllowance).toEqual(expect.any(String));
  });

  it("lets only the person, their team's coordinator or an admin declare allowances from elsewhere", async () => {
    const person = randomUUID();
    await joinTeam(subgraph.dataSource, person);
    const DECLARE = `mutation ($input: DeclareAllowanceElsewhereInput!) { declareAllowanceElsewhere(input: $input) }`;
    const input = { volunteerId: person, year, amountCents: 100_000 };
    const otherTeam = await subgraph.query(DECLARE, { input }, testIdentities.coordinator(demoId('team:charlois')));
    expect(otherTeam.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.dataSource.query('SELECT amount_cents FROM declared_elsewhere WHERE volunteer_id = $1', [person])).toEqual([]);
    for (const caller of [coordinator, testIdentities.volunteer(person, FEIJENOORD), testIdentities.admin()]) {
      expect((await subgraph.query(DECLARE, { input }, caller)).data.declareAllowanceElsewhere).toBe(true);
    }
  });
});

describe('rights follow current membership', () => {
  const NEAR = `query ($id: ID!, $month: String!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { allowancesNearCap(month: $month) { volunteer { id } } } } }`;

  /** A member of Feijenoord with a flat allowance agreed by an admin, who then leaves the team. */
  async function leaver(cents: number) {
    const volunteerId = randomUUID();
    const membership = await joinTeam(subgraph.dataSource, volunteerId);
    const { data } = await subgraph.query(
      AGREE,
      {
        input: await withEligibility(subgraph, {
          volunteerId,
          teamId: FEIJENOORD,
          kind: 'FLAT_MONTHLY',
          amount: { cents },
          startsOn: `${year}-01-01`,
          dateOfBirth: '1970-05-05',
          idempotencyKey: key(),
        }),
      },
      testIdentities.admin(),
    );
    return {
      volunteerId,
      arrangementId: data.agreeAllowanceArrangement as string,
      leave: () => leaveTeam(subgraph.dataSource, membership),
    };
  }

  it('leaves paying an allowance to someone who left the team to an admin', async () => {
    const { volunteerId, arrangementId, leave } = await leaver(10_000);
    await leave();
    const byCoordinator = await subgraph.query(PAY, { input: { arrangementId, month: month(1), idempotencyKey: key() } }, coordinator);
    expect(byCoordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.dataSource.query('SELECT id FROM allowances WHERE volunteer_id = $1', [volunteerId])).toEqual([]);
    expect(
      (await subgraph.query(PAY, { input: { arrangementId, month: month(1), idempotencyKey: key() } }, testIdentities.admin())).data
        .payFlatAllowance,
    ).toEqual(expect.any(String));
  });

  it("shows a coordinator the allowances of the team's current members only", async () => {
    const { volunteerId, arrangementId, leave } = await leaver(19_000);
    await subgraph.query(PAY, { input: { arrangementId, month: month(8), idempotencyKey: key() } }, coordinator);
    const near = async (as: typeof coordinator) =>
      (await subgraph.query(NEAR, { id: FEIJENOORD, month: month(8) }, as)).data._entities[0].allowancesNearCap.map(
        (row: { volunteer: { id: string } }) => row.volunteer.id,
      );
    expect(await near(coordinator)).toContain(volunteerId);
    await leave();
    expect(await near(coordinator)).not.toContain(volunteerId);
    expect(await near(testIdentities.admin())).toContain(volunteerId);
  });
});

describe('hourly allowances from approved hours', () => {
  const hours = (volunteerId: string, minutes: number, date = `${year}-02-10`, entryId = randomUUID()) => ({
    entryId,
    volunteerId,
    teamId: FEIJENOORD,
    neighbourhoodId: demoId('neighbourhood:feijenoord'),
    date,
    minutes,
    theme: 'COMMUNITY',
  });
  const allowancesOf = (volunteerId: string) =>
    subgraph.dataSource.query(
      `SELECT amount_cents AS cents, status, held_reason AS reason FROM allowances WHERE volunteer_id = $1 ORDER BY created_at`,
      [volunteerId],
    );

  const decision = (type: 'HoursApproved' | 'HoursApprovalRevoked', payload: ReturnType<typeof hours>, entryVersion: number) => ({
    id: randomUUID(),
    type,
    source: 'activities',
    occurredAt: new Date().toISOString(),
    payload: { ...payload, entryVersion },
  });
  const handle = (event: ReturnType<typeof decision>) =>
    subgraph.dataSource.transaction((manager) => deliverDomainEvent(financeSubgraph, manager, event));
  const payableCents = async (volunteerId: string) => {
    const [{ cents }] = await subgraph.dataSource.query(
      `SELECT coalesce(sum(CASE WHEN to_account = $1 THEN amount_cents ELSE -amount_cents END), 0)::int AS cents FROM ledger_entries WHERE to_account = $1 OR from_account = $1`,
      [`payable:${volunteerId}`],
    );
    return cents;
  };

  it('pays the hourly rate for approved hours, reverses it when the approval is revoked, and pays again on re-approval', async () => {
    const volunteerId = randomUUID();
    await arrangement(500, { volunteerId, kind: 'HOURLY' });
    const entry = hours(volunteerId, 150);
    await handle(decision('HoursApproved', entry, 2));
    expect(await allowancesOf(volunteerId)).toEqual([{ cents: 1_250, status: 'PAID', reason: null }]);
    await handle(decision('HoursApprovalRevoked', entry, 3));
    expect((await allowancesOf(volunteerId)).map((row: { status: string }) => row.status)).toEqual(['REVERSED']);
    await handle(decision('HoursApproved', entry, 4));
    expect((await allowancesOf(volunteerId)).map((row: { status: string }) => row.status)).toEqual(['REVERSED', 'PAID']);
    expect(await payableCents(volunteerId)).toBe(1_250);
    expect((await subgraph.query(`{ ledgerCheck { balanced } }`, {}, testIdentities.admin())).data.ledgerCheck.balanced).toBe(true);
  });

  it('never pays for hours whose revocation is handled before the approval it takes back', async () => {
    const volunteerId = randomUUID();
    await arrangement(500, { volunteerId, kind: 'HOURLY' });
    const entry = hours(volunteerId, 120);
    await handle(decision('HoursApprovalRevoked', entry, 3));
    await handle(decision('HoursApproved', entry, 2));
    expect(await allowancesOf(volunteerId)).toEqual([]);
    expect(await payableCents(volunteerId)).toBe(0);
  });

  it('ends paid once, for the last approval, in whichever order approve, revoke and approve again are handled', async () => {
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const volunteerId = randomUUID();
      await arrangement(500, { volunteerId, kind: 'HOURLY' });
      const entryId = randomUUID();
      // The volunteer corrected the entry to 90 minutes between the revocation and the second approval.
      const events = [
        decision('HoursApproved', hours(volunteerId, 150, `${year}-02-10`, entryId), 2),
        decision('HoursApprovalRevoked', hours(volunteerId, 150, `${year}-02-10`, entryId), 3),
        decision('HoursApproved', hours(volunteerId, 90, `${year}-02-10`, entryId), 5),
      ];
      for (const index of order) await handle(events[index]);
      await handle(events[order[0]]);
      const paid = (await allowancesOf(volunteerId)).filter((row: { status: string }) => row.status === 'PAID');
      expect({ order, paid }).toEqual({ order, paid: [{ cents: 750, status: 'PAID', reason: null }] });
      expect({ order, payable: await payableCents(volunteerId) }).toEqual({ order, payable: 750 });
    }
    expect((await subgraph.query(`{ ledgerCheck { balanced } }`, {}, testIdentities.admin())).data.ledgerCheck.balanced).toBe(true);
  });

  it('converges when an approval and its revocation are handled at the same time', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const volunteerId = randomUUID();
      await arrangement(500, { volunteerId, kind: 'HOURLY' });
      const entry = hours(volunteerId, 60);
      await Promise.all([handle(decision('HoursApproved', entry, 2)), handle(decision('HoursApprovalRevoked', entry, 3))]);
      expect(await payableCents(volunteerId)).toBe(0);
      expect((await allowancesOf(volunteerId)).filter((row: { status: string }) => row.status === 'PAID')).toEqual([]);
    }
  });

  it('pays the part of an hourly allowance that fits under the monthly cap and holds the rest, with the reason', async () => {
    const volunteerId = randomUUID();
    await arrangement(575, { volunteerId, kind: 'HOURLY' });
    await handle(decision('HoursApproved', hours(volunteerId, 1_440, `${year}-03-02`), 2));
    await handle(decision('HoursApproved', hours(volunteerId, 1_440, `${year}-03-03`), 2));
    const rows = await allowancesOf(volunteerId);
    expect(rows.sort((a: { cents: number }, b: { cents: number }) => b.cents - a.cents)).toEqual([
      { cents: 13_800, status: 'PAID', reason: null },
      { cents: 8_200, status: 'PAID', reason: null },
      { cents: 5_600, status: 'HELD', reason: '€56,00 would pass the monthly cap of €220,00: €220,00 is used, €0,00 is left' },
    ]);
    expect(await payableCents(volunteerId)).toBe(22_000);
  });

  it('counts own costs reimbursed to someone with an arrangement towards the monthly cap', async () => {
    const volunteerId = randomUUID();
    const { data } = await arrangement(20_000, { volunteerId });
    await subgraph.query(
      PAY,
      { input: { arrangementId: data.agreeAllowanceArrangement, month: todayInAmsterdam().slice(0, 7), idempotencyKey: key() } },
      coordinator,
    );
    const claimant = testIdentities.volunteer(volunteerId, FEIJENOORD);
    const claim = async (cents: number) => {
      const draft = await subgraph.query(
        `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
        {
          input: {
            teamId: FEIJENOORD,
            items: [
              { category: 'TRAVEL', spentOn: todayInAmsterdam(), amount: { cents }, receiptRef: 'r.pdf', receiptSha256: 'a'.repeat(64) },
            ],
            idempotencyKey: key(),
          },
        },
        claimant,
      );
      await subgraph.query(
        `mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`,
        { id: draft.data.draftExpenseClaim.id },
        claimant,
      );
      return subgraph.query(
        `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
        { id: draft.data.draftExpenseClaim.id, key: key() },
        coordinator,
      );
    };
    expect((await claim(2_500)).errors?.[0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { capCents: 22_000, usedCents: 20_000, leftCents: 2_000 },
    });
    expect((await claim(1_500)).data.approveExpenseClaim.status).toBe('APPROVED');
  });
});
