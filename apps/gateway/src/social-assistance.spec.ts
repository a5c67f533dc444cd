import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { pdfText } from '../../impact/src/test/pdf-text';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * People on social assistance (bijstand), through the real gateway with the event from volunteers to finance between:
 * the fact recorded by the person or an admin and hidden from coordinators; under 27 an allowance waits for the
 * municipality's written consent (flat refused, hourly held and released on consent); from 27 it is paid; and the
 * statement of allowances apart from costs, in figures and as a Dutch PDF, for the person and admins only.
 */
let federation: TestFederation;
const TEAM = demoId('team:delfshaven');
const YOUNG_HOURLY = demoId('volunteer:delfshaven-09');
const YOUNG_FLAT = demoId('volunteer:delfshaven-08');
const OLDER = demoId('volunteer:delfshaven-10');
const admin = testIdentities.admin();
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:delfshaven-01'));
const youngHourly = testIdentities.volunteer(YOUNG_HOURLY, TEAM);
const older = testIdentities.volunteer(OLDER, TEAM);
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));
const key = () => `bijstand-${randomUUID()}`;

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, activities: true, finance: true });
  // This year's limits may still be unconfirmed: an admin allows payments under them, as the foundation would.
  const { allowanceRates } = await as(admin, '{ allowanceRates { year confirmed version unconfirmedPaymentsAllowedAt } }');
  const rates = allowanceRates.find((candidate: { year: number }) => candidate.year === year);
  if (!rates.confirmed && !rates.unconfirmedPaymentsAllowedAt)
    await as(
      admin,
      'mutation ($year: Int!, $version: Int!) { allowPaymentsUnderUnconfirmedLimits(year: $year, version: $version) { year } }',
      {
        year,
        version: rates.version,
      },
    );
}, 120_000);
afterAll(() => federation?.stop());

async function raw(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(federation.gateway.url, { query, variables }, await bearerHeaders(identity));
}

async function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const result = await raw(identity, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function bornOn(volunteerId: string, dateOfBirth: string): Promise<void> {
  const { volunteer } = await as(admin, 'query ($id: ID!) { volunteer(id: $id) { version } }', { id: volunteerId });
  await as(admin, 'mutation ($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { id } }', {
    input: { id: volunteerId, version: volunteer.version, dateOfBirth },
  });
}

async function arrangement(volunteerId: string, kind: 'HOURLY' | 'FLAT_MONTHLY', cents: number): Promise<string> {
  const { volunteer } = await as(
    admin,
    'query ($id: ID!, $teamId: ID!) { volunteer(id: $id) { allowanceEligibility(teamId: $teamId) { grant } } }',
    { id: volunteerId, teamId: TEAM },
  );
  return (
    await as(admin, 'mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }', {
      input: {
        volunteerId,
        teamId: TEAM,
        kind,
        amount: { cents },
        startsOn: `${year}-01-01`,
        eligibility: volunteer.allowanceEligibility.grant,
        idempotencyKey: key(),
      },
    })
  ).agreeAllowanceArrangement;
}

const RECORD = `mutation ($input: RecordSocialAssistanceInput!) { recordSocialAssistance(input: $input) { since until recordedByAdmin } }`;
const CONSENT = `mutation ($input: RecordMunicipalAllowanceConsentInput!) { recordMunicipalAllowanceConsent(input: $input) { givenOn municipality reference } }`;
const FACT = `query ($id: ID!) { volunteer(id: $id) { socialAssistance { since until recordedByAdmin } municipalAllowanceConsents { municipality } } }`;
const PAY_FLAT = `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`;

/** Finance has the version of the fact that volunteers sent last (the event crossed). */
async function financeKnows(volunteerId: string, consents: number): Promise<void> {
  const row = await pollUntil(
    async () =>
      (
        await federation.finance!.dataSource.query(
          `SELECT jsonb_array_length(periods) AS periods, cardinality(consents) AS consents FROM payee_social_assistance WHERE volunteer_id = $1`,
          [volunteerId],
        )
      )[0],
    (found) => found?.consents === consents,
  );
  expect(row).toMatchObject({ consents });
}

async function claim(claimant: Identity, items: { category: string; kind?: string; spentOn: string; cents: number }[]): Promise<void> {
  const { draftExpenseClaim: draft } = await as(
    claimant,
    'mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id version } }',
    {
      input: {
        teamId: TEAM,
        description: 'Onkosten buurtactiviteit',
        idempotencyKey: key(),
        items: items.map(({ cents, ...item }) => ({ ...item, amount: { cents }, receiptRef: 'bon', receiptSha256: '0'.repeat(64) })),
      },
    },
  );
  const { submitExpenseClaim: submitted } = await as(
    claimant,
    'mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { id version } }',
    draft,
  );
  await as(
    coordinator,
    'mutation ($id: ID!, $version: Int!, $key: String!) { approveExpenseClaim(id: $id, version: $version, idempotencyKey: $key) { status } }',
    { ...submitted, key: key() },
  );
}

describe('people on social assistance', () => {
  it('keeps the fact for the person and admins: recorded by either, never seen or recorded by a coordinator', async () => {
    await bornOn(YOUNG_FLAT, `${year - 23}-06-01`);
    // The person records it themselves …
    expect(
      (await as(youngHourly, RECORD, { input: { volunteerId: YOUNG_HOURLY, since: `${year}-01-01` } })).recordSocialAssistance,
    ).toEqual({
      since: `${year}-01-01`,
      until: null,
      recordedByAdmin: false,
    });
    // … or an admin does, from the paperwork.
    expect((await as(admin, RECORD, { input: { volunteerId: YOUNG_FLAT, since: `${year}-01-01` } })).recordSocialAssistance).toMatchObject({
      recordedByAdmin: true,
    });
    // Recording twice: the ongoing period must be ended first.
    const twice = await raw(youngHourly, RECORD, { input: { volunteerId: YOUNG_HOURLY, since: `${year}-02-01` } });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    expect((await as(youngHourly, FACT, { id: YOUNG_HOURLY })).volunteer.socialAssistance).toEqual([
      { since: `${year}-01-01`, until: null, recordedByAdmin: false },
    ]);
    expect((await as(admin, FACT, { id: YOUNG_FLAT })).volunteer.socialAssistance).toHaveLength(1);

    // The coordinator sees the person, but not this fact, and cannot record it.
    const seen = await raw(coordinator, FACT, { id: YOUNG_HOURLY });
    expect(seen.data?.volunteer).toEqual({ socialAssistance: null, municipalAllowanceConsents: null });
    expect(seen.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const recorded = await raw(coordinator, RECORD, { input: { volunteerId: OLDER, since: `${year}-01-01` } });
    expect(recorded.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A team mate neither.
    expect((await raw(older, FACT, { id: YOUNG_HOURLY })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The consent is an admin's to record, not the person's.
    const own = await raw(youngHourly, CONSENT, { input: { volunteerId: YOUNG_HOURLY, givenOn: today, municipality: 'Rotterdam' } });
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Part of the person's data export.
    const exported = await as(admin, 'query ($id: ID!) { volunteer(id: $id) { personalDataExport { volunteers } } }', { id: YOUNG_FLAT });
    expect(exported.volunteer.personalDataExport.volunteers.socialAssistance).toEqual([
      { since: `${year}-01-01`, until: null, recordedByAdmin: true },
    ]);
  }, 60_000);

  it('under 27 on bijstand: refuses a flat allowance, holds an hourly one out of coordinators’ sight, and pays it on the municipality’s consent', async () => {
    await bornOn(YOUNG_HOURLY, `${year - 22}-03-10`);
    await financeKnows(YOUNG_HOURLY, 0);
    await financeKnows(YOUNG_FLAT, 0);

    // Flat: refused, saying why to the admin (in Dutch and English) and only that it cannot be paid to the coordinator.
    const flat = await arrangement(YOUNG_FLAT, 'FLAT_MONTHLY', 5_000);
    const month = today.slice(0, 7);
    const byAdmin = await raw(admin, PAY_FLAT, { input: { arrangementId: flat, month, idempotencyKey: key() } });
    expect(byAdmin.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(byAdmin.errors?.[0].message).toContain('Onder de 27 en in de bijstand');
    expect(byAdmin.errors?.[0].message).toContain("an allowance needs the municipality's written consent");
    const byCoordinator = await raw(coordinator, PAY_FLAT, { input: { arrangementId: flat, month, idempotencyKey: key() } });
    expect(byCoordinator.errors?.[0].message).toContain('kan nu niet worden betaald');
    expect(byCoordinator.errors?.[0].message).not.toMatch(/bijstand|social assistance/i);

    // Hourly: the approved hours' allowance is held with its reason.
    await arrangement(YOUNG_HOURLY, 'HOURLY', 400);
    const { registerHours: entry } = await as(
      youngHourly,
      'mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }',
      { input: { teamId: TEAM, date: today, minutes: 120, theme: 'COMMUNITY' } },
    );
    await as(
      coordinator,
      'mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status } }',
      {
        entries: [{ id: entry.id, version: entry.version }],
      },
    );
    const allowanceOf = () =>
      federation.finance!.dataSource.query(
        `SELECT status, amount_cents AS cents, held_code AS code FROM allowances WHERE source_hour_entry_id = $1`,
        [entry.id],
      );
    expect(await pollUntil(allowanceOf, (rows) => rows.length > 0)).toEqual([{ status: 'HELD', cents: 800, code: 'SOCIAL_ASSISTANCE' }]);
    const adminSees = (await as(admin, '{ heldAllowances { reason amount { cents } volunteer { id } } }')).heldAllowances;
    expect(adminSees).toContainEqual({ reason: 'SOCIAL_ASSISTANCE', amount: { cents: 800 }, volunteer: { id: YOUNG_HOURLY } });
    const coordinatorSees = (
      await as(coordinator, 'query ($id: ID!) { team(id: $id) { heldAllowances { reason volunteer { id } } } }', { id: TEAM })
    ).team.heldAllowances;
    expect(coordinatorSees.filter((row: { volunteer: { id: string } }) => row.volunteer.id === YOUNG_HOURLY)).toEqual([]);

    // The municipality agrees in writing; the admin records it and the held allowance is paid.
    expect(
      (
        await as(admin, CONSENT, {
          input: { volunteerId: YOUNG_HOURLY, givenOn: today, municipality: 'Gemeente Rotterdam', reference: 'brief WIZ/2026/123' },
        })
      ).recordMunicipalAllowanceConsent,
    ).toEqual({ givenOn: today, municipality: 'Gemeente Rotterdam', reference: 'brief WIZ/2026/123' });
    expect(await pollUntil(allowanceOf, (rows) => rows[0]?.status === 'PAID')).toEqual([{ status: 'PAID', cents: 800, code: null }]);
    expect((await as(youngHourly, FACT, { id: YOUNG_HOURLY })).volunteer.municipalAllowanceConsents).toEqual([
      { municipality: 'Gemeente Rotterdam' },
    ]);
  }, 90_000);

  it('from 27 on bijstand pays the allowance, and the statement separates it from costs, per month, with the caps', async () => {
    await bornOn(OLDER, `${year - 40}-02-02`);
    await as(older, RECORD, { input: { volunteerId: OLDER, since: `${year}-01-01` } });
    await financeKnows(OLDER, 0);
    const flat = await arrangement(OLDER, 'FLAT_MONTHLY', 10_000);
    for (const month of [`${year}-01`, `${year}-02`])
      await as(admin, PAY_FLAT, { input: { arrangementId: flat, month, idempotencyKey: key() } });
    // Own costs (travel) and an advance for the foundation (groceries for a neighbourhood dinner).
    await claim(older, [
      { category: 'TRAVEL', spentOn: `${year}-01-15`, cents: 1_250 },
      { category: 'FOOD', spentOn: `${year}-01-20`, cents: 3_000 },
    ]);
    await claim(older, [{ category: 'TRAVEL', spentOn: `${year}-02-03`, cents: 725 }]);

    // Worked by hand: January €100 allowance + €12,50 travel = €112,50 counted, €30 groceries apart; February €100 +
    // €7,25 = €107,25; the year €200 allowance, €19,75 own costs, €219,75 counted, €30 advanced.
    const STATEMENT = `query ($id: ID!, $year: Int!, $month: Int) { volunteer(id: $id) { financialStatement(year: $year, month: $month) {
      year month allowance { cents } ownCosts { cents } advancesForFoundation { cents } countedTowardsCaps { cents } monthlyCap { cents } yearlyCap { cents }
      months { month allowance { cents } ownCosts { cents } advancesForFoundation { cents } countedTowardsCaps { cents } } } } }`;
    const { financialStatement: statement } = (await as(older, STATEMENT, { id: OLDER, year })).volunteer;
    const { allowanceRates } = await as(admin, '{ allowanceRates { year monthlyCap { cents } yearlyCap { cents } } }');
    const rates = allowanceRates.find((candidate: { year: number }) => candidate.year === year);
    expect(statement).toMatchObject({
      year,
      month: null,
      allowance: { cents: 20_000 },
      ownCosts: { cents: 1_975 },
      advancesForFoundation: { cents: 3_000 },
      countedTowardsCaps: { cents: 21_975 },
      monthlyCap: rates.monthlyCap,
      yearlyCap: rates.yearlyCap,
    });
    expect(statement.months).toHaveLength(12);
    expect(statement.months.slice(0, 3)).toEqual([
      {
        month: 1,
        allowance: { cents: 10_000 },
        ownCosts: { cents: 1_250 },
        advancesForFoundation: { cents: 3_000 },
        countedTowardsCaps: { cents: 11_250 },
      },
      {
        month: 2,
        allowance: { cents: 10_000 },
        ownCosts: { cents: 725 },
        advancesForFoundation: { cents: 0 },
        countedTowardsCaps: { cents: 10_725 },
      },
      { month: 3, allowance: { cents: 0 }, ownCosts: { cents: 0 }, advancesForFoundation: { cents: 0 }, countedTowardsCaps: { cents: 0 } },
    ]);
    const february = (await as(admin, STATEMENT, { id: OLDER, year, month: 2 })).volunteer.financialStatement;
    expect(february).toMatchObject({ month: 2, allowance: { cents: 10_000 }, countedTowardsCaps: { cents: 10_725 } });
    expect(february.months).toHaveLength(1);

    // The PDF, read back: Dutch headings, months and amounts as Dutch people write them.
    const PDF = `query ($id: ID!, $year: Int!) { volunteer(id: $id) { financialStatement(year: $year) { pdf { fileName contentType base64 } } } }`;
    const { pdf } = (await as(older, PDF, { id: OLDER, year })).volunteer.financialStatement;
    expect(pdf).toMatchObject({ fileName: `buurtvolk-vergoedingen-${year}.pdf`, contentType: 'application/pdf' });
    // pdf-parse (PDFParse) in a plain Node process: its worker's dynamic import() does not run in jest's sandbox.
    const text = await pdfText(Buffer.from(pdf.base64, 'base64'));
    for (const expected of [
      `Jaaroverzicht vergoedingen ${year}`,
      'Bedragen per maand',
      'Vrijwilligersvergoeding',
      'Eigen onkosten',
      'Telt mee voor maxima',
      `Maxima vrijwilligersregeling ${year}`,
      'Januari',
      'Februari',
      'December',
      '€ 100,00',
      '€ 112,50',
      '€ 219,75',
      '€ 30,00',
    ])
      expect(text).toContain(expected);
  }, 90_000);

  it('gives a statement to the person and admins only: not a team mate, never a coordinator', async () => {
    const QUERY = `query ($id: ID!, $year: Int!) { volunteer(id: $id) { financialStatement(year: $year) { allowance { cents } pdf { fileName } } } }`;
    const mate = await raw(youngHourly, QUERY, { id: OLDER, year });
    expect(mate.data?.volunteer?.financialStatement ?? null).toBeNull();
    expect(mate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const coordinating = await raw(coordinator, QUERY, { id: OLDER, year });
    expect(coordinating.data?.volunteer?.financialStatement ?? null).toBeNull();
    expect(coordinating.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(admin, QUERY, { id: OLDER, year })).volunteer.financialStatement.pdf.fileName).toBe(
      `buurtvolk-vergoedingen-${year}.pdf`,
    );
  }, 60_000);
});
