import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs, todayInAmsterdam, tokenOf } from './support';

// Only team Crabbehof: a team still forming, which the demo gives no budget. Its volunteer gets an hourly allowance;
// the approved hours wait for an ALLOWANCES budget, and are paid by themselves once an admin allocates one.
const TEAM = 'Crabbehof';
const COORDINATOR = `Coördinator van ${TEAM}`;

test.describe.configure({ timeout: 300_000 });

/** The claims of a development token: whose it is and their teams. */
function claimsOf(token: string): { volunteer: string; teams: string[] } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** A GraphQL request whose errors the test looks at itself. */
async function attempt(
  request: APIRequestContext,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await request.post('/graphql', { headers: { authorization: `Bearer ${token}` }, data: { query, variables } });
  return response.json();
}

const HELD = `query HeldAllowancesE2e($teamId: ID!) { team(id: $teamId) { heldAllowances { id hoursOn reason amount { cents } volunteer { id } } } }`;

test('a coordinator sees approved hours wait for a budget, with the reason in Dutch, until an admin allocates one', async ({
  page,
  request,
}) => {
  const today = todayInAmsterdam();
  const year = Number(today.slice(0, 4));
  const [admin, volunteerToken, coordinator] = await Promise.all([
    tokenOf(request, 'admin'),
    tokenOf(request, 'volunteer:crabbehof'),
    tokenOf(request, 'coordinator:crabbehof'),
  ]);
  const { volunteer: volunteerId, teams } = claimsOf(volunteerToken);
  const teamId = teams[0];
  const { team } = await graphql(
    request,
    admin,
    `
      query HeldAllowancesE2eBudget($teamId: ID!, $year: Int!) {
        team(id: $teamId) {
          budget(year: $year) {
            category
          }
        }
      }
    `,
    { teamId, year },
  );
  // The demo gives Crabbehof no budget; an earlier run against the same database gave it one (npm run e2e starts fresh).
  expect(
    team.budget.map((line: { category: string }) => line.category),
    'Crabbehof has no allowances budget yet: run on a fresh stack',
  ).not.toContain('ALLOWANCES');

  // An hourly arrangement from the first of this month (an earlier run may have agreed it already).
  const { volunteer } = await graphql(
    request,
    admin,
    `
      query HeldAllowancesE2eEligibility($id: ID!, $teamId: ID!) {
        volunteer(id: $id) {
          displayName
          allowanceEligibility(teamId: $teamId) {
            maxHourly {
              cents
            }
            grant
          }
        }
      }
    `,
    { id: volunteerId, teamId },
  );
  const agreed = await attempt(
    request,
    admin,
    `mutation HeldAllowancesE2eAgree($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`,
    {
      input: {
        volunteerId,
        teamId,
        kind: 'HOURLY',
        amount: { cents: Math.min(300, volunteer.allowanceEligibility.maxHourly.cents) },
        startsOn: `${today.slice(0, 7)}-01`,
        eligibility: volunteer.allowanceEligibility.grant,
        idempotencyKey: `e2e-held-${crypto.randomUUID()}`,
      },
    },
  );
  expect(agreed.errors?.filter((error) => error.extensions?.code !== 'CONFLICT') ?? []).toEqual([]);

  // The volunteer registers an hour today and the coordinator approves it.
  const { registerHours } = await graphql(
    request,
    volunteerToken,
    `
      mutation HeldAllowancesE2eHours($input: RegisterHoursInput!) {
        registerHours(input: $input) {
          id
          version
        }
      }
    `,
    {
      input: { teamId, date: today, minutes: 60, theme: 'COMMUNITY', description: 'Kennismaken met de buurt' },
    },
  );
  await graphql(
    request,
    coordinator,
    `
      mutation HeldAllowancesE2eApprove($input: ApproveHourEntriesInput!) {
        approveHourEntries(input: $input) {
          id
        }
      }
    `,
    { input: { entries: [{ id: registerHours.id, version: registerHours.version }] } },
  );
  // Finance hears of the approval through an event: the allowance is held, for want of a budget.
  await expect
    .poll(
      async () =>
        (await graphql(request, coordinator, HELD, { teamId })).team.heldAllowances
          .filter((row: { volunteer: { id: string } }) => row.volunteer.id === volunteerId)
          .map((row: { reason: string }) => row.reason),
      { timeout: 60_000 },
    )
    .toContain('NO_BUDGET');

  await signInAs(page, COORDINATOR, TEAM);
  await openFromMenu(page, 'Geld');
  const held = page.getByRole('region', { name: 'Vergoedingen die wachten' });
  const row = held.getByRole('row', { name: new RegExp(`^${volunteer.displayName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first();
  await expect(row).toContainText(`Het team heeft nog geen budget voor vergoedingen in ${year}.`);
  await expectAccessible(page);
  await screenshots(page, 'money-held');

  // An admin allocates the team's allowances budget: the held allowance is paid, and the list says nothing waits.
  const { fundingAgreements } = await graphql(
    request,
    admin,
    `
      query HeldAllowancesE2eAgreements {
        fundingAgreements {
          id
          title
        }
      }
    `,
  );
  const dordrecht = fundingAgreements.find((agreement: { title: string }) => agreement.title.startsWith('Buurtvolk Dordrecht'));
  await graphql(
    request,
    admin,
    `
      mutation HeldAllowancesE2eAllocate($input: AllocateBudgetInput!) {
        allocateBudget(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        agreementId: dordrecht.id,
        teamId,
        year,
        category: 'ALLOWANCES',
        amount: { cents: 10_000 },
        idempotencyKey: `e2e-held-${crypto.randomUUID()}`,
      },
    },
  );
  expect((await graphql(request, coordinator, HELD, { teamId })).team.heldAllowances).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Vergoedingen die wachten' })).toBeVisible();
  await expect(page.getByText('Er wachten geen vergoedingen.')).toBeVisible();
});
