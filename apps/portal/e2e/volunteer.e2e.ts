import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs } from './support';

// Everything here changes data of Afrikaanderwijk only, and works on a fresh database as well as on one that an
// earlier run left behind (unique descriptions, sign-ups cancelled again, a reusable full course run).
const TEAM = 'Afrikaanderwijk';
const VOLUNTEER = 'Teamlid van Afrikaanderwijk';
const TRAINER = 'Testtrainer wachtlijst';

function amsterdamDate(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

interface TokenClaims {
  teams?: string[];
  volunteer?: string;
}

/** A development token of a demo person, and what it says about them (their team, their volunteer id). */
async function demoToken(request: APIRequestContext, key: string): Promise<{ token: string; claims: TokenClaims }> {
  const response = await request.post('/dev/token', { data: { key } });
  expect(response.ok()).toBe(true);
  const { accessToken } = (await response.json()) as { accessToken: string };
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as TokenClaims;
  return { token: accessToken, claims };
}

test('a volunteer registers hours: a date in the future is refused at the field, valid hours show as submitted', async ({ page }) => {
  const description = `Buurtkrant rondgebracht (test ${Date.now()})`;
  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Uren invullen');
  await expect(page.getByRole('heading', { level: 1, name: 'Uren invullen' })).toBeVisible();
  await expect(page.getByLabel('Datum')).toHaveValue(amsterdamDate());
  await expectAccessible(page);

  // Half an hour through the phone-friendly lists, on a day that has not come yet.
  await page.getByLabel('Datum').fill(amsterdamDate(1));
  await page.getByRole('radio', { name: 'Andere tijd' }).check();
  await page.getByLabel('Uren', { exact: true }).selectOption('0');
  await page.getByLabel('Minuten', { exact: true }).selectOption('30');
  await page.getByLabel('Thema').selectOption({ label: 'De Buurt' });
  await page.getByLabel('Wat heeft u gedaan? (niet verplicht)').fill(description);
  await page.getByRole('button', { name: 'Uren indienen' }).click();
  await expect(page.getByLabel('Datum')).toHaveAccessibleDescription(/Deze datum ligt in de toekomst/);
  await expect(page.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('Kijk bij de velden hieronder');
  await expectAccessible(page);

  await page.getByLabel('Datum').fill(amsterdamDate());
  await page.getByRole('button', { name: 'Uren indienen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gelukt' })).toContainText('0,5 uur');
  await expect(page.getByLabel('Datum')).not.toHaveAttribute('aria-invalid', 'true');
  const recent = page.getByRole('region', { name: 'Mijn laatste uren' });
  const entry = recent.getByRole('listitem').filter({ hasText: description });
  await expect(entry).toContainText('Ingediend');
  await expect(entry).toContainText('0,5 uur · De Buurt');
  await expectAccessible(page);
  await screenshots(page, 'register-hours');
});

test('a volunteer signs up for an activity of their team and cancels again', async ({ page, request }) => {
  await ensureOpenActivity(request);
  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Activiteiten');
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeVisible();
  await expectAccessible(page);

  // The first coming activity the volunteer can do something with; one left signed up by an earlier run is freed first.
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Ik doe (mee|toch niet mee) / }) })
    .first();
  const title = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
  expect(title).not.toBe('');
  const activity = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) })
    .first();
  const cancel = activity.getByRole('button', { name: `Ik doe toch niet mee met ${title}` });
  if (await cancel.isVisible()) {
    await cancel.click();
    await expect(activity.getByRole('button', { name: `Ik doe mee met ${title}` })).toBeVisible();
  }
  await expect(activity).toContainText('Wanneer');
  await expect(activity).toContainText(/Nog \d+ plaats(en)? vrij/);

  await activity.getByRole('button', { name: `Ik doe mee met ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gelukt' })).toHaveText(`Gelukt: u doet mee met ${title}.`);
  await expect(activity.getByText('U doet mee', { exact: true })).toBeVisible();
  await expect(activity.getByRole('button', { name: `Ik doe toch niet mee met ${title}` })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'activities');

  await activity.getByRole('button', { name: `Ik doe toch niet mee met ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'niet meer mee' })).toHaveText(`U doet niet meer mee met ${title}.`);
  await expect(activity.getByRole('button', { name: `Ik doe mee met ${title}` })).toBeVisible();
  await expect(activity.getByText('U doet mee', { exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test('a volunteer enrols in a full course run and sees their place on the waiting list', async ({ page, request }) => {
  const course = await ensureFullCourseRun(request);
  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Training');
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mijn certificaten' })).toBeVisible();
  await expectAccessible(page);

  const run = page
    .getByRole('region', { name: 'Trainingen om te volgen' })
    .getByRole('listitem')
    .filter({ hasText: `Trainer: ${TRAINER}` });
  await expect(run).toHaveCount(1);
  await expect(run.getByText('Vol', { exact: true })).toBeVisible();
  await expect(run).toContainText('Deze training is vol');
  await run.getByRole('button', { name: new RegExp(`^Op de wachtlijst zetten voor ${escape(course)}`) }).click();

  await expect(page.getByRole('status').filter({ hasText: 'wachtlijst' })).toContainText('U staat op de wachtlijst, op plaats 2');
  const mine = page
    .getByRole('region', { name: 'Mijn inschrijvingen' })
    .getByRole('listitem')
    .filter({ hasText: 'U staat op plaats 2 van de wachtlijst' });
  await expect(mine).toContainText(course);
  await expect(mine).toContainText('Op de wachtlijst');
  await expect(run).toContainText('U staat op plaats 2 van de wachtlijst');
  await expectAccessible(page);
  await screenshots(page, 'training');

  // Off the list again, so the next run finds the same state.
  await mine.getByRole('button', { name: `Van de wachtlijst af voor ${course}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'uitgeschreven' })).toHaveText(`U bent uitgeschreven voor ${course}.`);
  await expect(run.getByRole('button', { name: new RegExp(`^Op de wachtlijst zetten voor ${escape(course)}`) })).toBeVisible();
  await expectAccessible(page);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Makes sure Afrikaanderwijk has a coming activity with free places (the demo data has weekly ones; a long-lived database may not). */
async function ensureOpenActivity(request: APIRequestContext): Promise<void> {
  const { token, claims } = await demoToken(request, 'coordinator:afrikaanderwijk');
  const teamId = claims.teams?.[0];
  const now = new Date();
  const data = await graphql<{ team: { activities: { edges: { node: { capacity: number | null; signUpCount: number } }[] } } }>(
    request,
    token,
    'query E2eOpenActivities($teamId: ID!, $from: DateTime!, $to: DateTime!) { team(id: $teamId) { activities(from: $from, to: $to, status: PLANNED, first: 100) { edges { node { capacity signUpCount } } } } }',
    { teamId, from: new Date(now.getTime() + 3_600_000).toISOString(), to: new Date(now.getTime() + 35 * 86_400_000).toISOString() },
  );
  if (data.team.activities.edges.some(({ node }) => node.capacity === null || node.signUpCount < node.capacity - 1)) return;
  const startsAt = new Date(now.getTime() + 7 * 86_400_000);
  await graphql(request, token, 'mutation E2ePlanActivity($input: PlanActivityInput!) { planActivity(input: $input) { id } }', {
    input: {
      teamId,
      theme: 'COMMUNITY',
      title: 'Buurtborrel',
      location: 'Buurthuis',
      capacity: 20,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    },
  });
}

interface RunState {
  id: string;
  trainerName: string | null;
  team: { id: string } | null;
  sessions: { startsAt: string }[];
  enrolments: { id: string; status: string; volunteer: { id: string } | null }[];
}

/**
 * A coming run, only for Afrikaanderwijk, with one place: a team mate enrolled and another on the waiting list, the
 * volunteer not on it. Made once (admin) and reused by later runs of this test.
 */
async function ensureFullCourseRun(request: APIRequestContext): Promise<string> {
  const admin = (await demoToken(request, 'admin')).token;
  const coordinator = await demoToken(request, 'coordinator:afrikaanderwijk');
  const volunteer = await demoToken(request, 'volunteer:afrikaanderwijk');
  const teamId = coordinator.claims.teams?.[0];
  const volunteerId = volunteer.claims.volunteer;
  const team = await graphql<{ team: { memberships: { volunteer: { id: string } }[] } }>(
    request,
    coordinator.token,
    'query E2eTeamMembers($teamId: ID!) { team(id: $teamId) { memberships { volunteer { id } } } }',
    { teamId },
  );
  const others = [coordinator.claims.volunteer, ...team.team.memberships.map((membership) => membership.volunteer.id)].filter(
    (id, index, all): id is string => !!id && id !== volunteerId && all.indexOf(id) === index,
  );
  const runFields = 'id trainerName team { id } sessions { startsAt } enrolments { id status volunteer { id } }';
  const { courses } = await graphql<{ courses: { id: string; title: string; sessionCount: number; runs: RunState[] }[] }>(
    request,
    admin,
    `query E2eCourses { courses { id title sessionCount runs { ${runFields} } } }`,
  );
  const course = courses.find((candidate) => candidate.title.startsWith('Gastvrouw')) ?? courses[0];
  const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
  let run = course.runs.find(
    (candidate) =>
      candidate.trainerName === TRAINER && candidate.team?.id === teamId && candidate.sessions.every((session) => session.startsAt > soon),
  );
  if (!run) {
    const first = new Date(Date.now() + 30 * 86_400_000);
    first.setUTCHours(17, 0, 0, 0);
    const sessions = Array.from({ length: course.sessionCount }, (_, i) => {
      const startsAt = new Date(first.getTime() + i * 7 * 86_400_000);
      return {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        location: 'Buurthuis De Kroon',
      };
    });
    const created = await graphql<{ scheduleCourseRun: RunState }>(
      request,
      admin,
      `mutation E2eScheduleRun($input: ScheduleCourseRunInput!) { scheduleCourseRun(input: $input) { ${runFields} } }`,
      {
        input: { courseId: course.id, teamId, capacity: 1, trainerName: TRAINER, trainerOrganisation: 'Stichting Buurtvolk', sessions },
      },
    );
    run = created.scheduleCourseRun;
  }
  const active = (id: string) =>
    run?.enrolments.find(
      (enrolment) => enrolment.volunteer?.id === id && (enrolment.status === 'ENROLLED' || enrolment.status === 'WAITING'),
    );
  // Left on the list by an earlier run that stopped half-way: off again.
  const leftOver = volunteerId ? active(volunteerId) : undefined;
  if (leftOver)
    await graphql(request, admin, 'mutation E2eCancelEnrolment($id: ID!) { cancelEnrolment(id: $id) { id } }', { id: leftOver.id });
  // One team mate takes the only place, a second waits: the volunteer becomes number 2.
  for (const id of others.slice(0, 2)) {
    if (!active(id))
      await graphql(
        request,
        admin,
        'mutation E2eEnrol($runId: ID!, $volunteerId: ID!) { enrol(runId: $runId, volunteerId: $volunteerId) { id } }',
        { runId: run.id, volunteerId: id },
      );
  }
  return course.title;
}
