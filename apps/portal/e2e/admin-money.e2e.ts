import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs, todayInAmsterdam, tokenOf } from './support';

// The national office's money pages: funding and allocations, the claims queue, and the books. Every run makes its own
// agreement, claims and texts, and reads what to expect from the API first, so it can run again on the same data.

const ADMIN = 'Medewerker landelijk bureau';
/** Claims are made by the demo member of Katendrecht, an active team with this year's budgets. */
const CLAIM_TEAM = 'Katendrecht';

// Sign-in, three forms and an accessibility check at every step: more than the default 90 s on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Cents as the portal shows money, e.g. 123456 → "€ 1.234,56". */
function euros(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Cents as a person types them, without thousands separators, e.g. 123456 → "1234,56". */
function typed(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

/** "€ 1.234,56" → 123456 */
function centsOf(text: string): number {
  const match = /(-?)[\d.]+,\d{2}/.exec(text.replace(/\s/g, ''));
  if (!match) throw new Error(`no amount in "${text}"`);
  return Math.round(Number(match[0].replace(/\./g, '').replace(',', '.')) * 100);
}

async function teamId(request: APIRequestContext, admin: string, name: string): Promise<string> {
  const data = await graphql(
    request,
    admin,
    `
      query AdminMoneyE2eTeams {
        teams(first: 100) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `,
  );
  const team = data.teams.edges
    .map((edge: { node: { id: string; name: string } }) => edge.node)
    .find((node: { name: string }) => node.name.endsWith(name));
  expect(team).toBeDefined();
  return team.id;
}

/** A claim drafted and submitted through the API by the team's demo member, as the Me page would; returns its id. */
async function submittedClaim(
  request: APIRequestContext,
  volunteer: string,
  team: string,
  description: string,
  amounts: number[],
): Promise<string> {
  const items = amounts.map((cents, i) => ({
    category: i === 0 ? 'TRAVEL' : 'MATERIALS',
    spentOn: todayInAmsterdam(),
    amount: { cents },
    receiptRef: `receipts/e2e-${description.replace(/\W+/g, '-')}-${i}.png`,
    receiptSha256: createHash('sha256').update(`${description}-${i}`).digest('hex'),
  }));
  const drafted = await graphql(
    request,
    volunteer,
    `
      mutation AdminMoneyE2eDraft($input: DraftExpenseClaimInput!) {
        draftExpenseClaim(input: $input) {
          id
          version
        }
      }
    `,
    {
      input: { teamId: team, description, items, idempotencyKey: randomUUID() },
    },
  );
  const { id, version } = drafted.draftExpenseClaim;
  await graphql(
    request,
    volunteer,
    `
      mutation AdminMoneyE2eSubmit($id: ID!, $version: Int!) {
        submitExpenseClaim(id: $id, version: $version) {
          status
        }
      }
    `,
    { id, version },
  );
  return id;
}

async function claimStatus(
  request: APIRequestContext,
  volunteer: string,
  claimId: string,
  volunteerId: string,
): Promise<{ id: string; status: string; reason: string | null }> {
  const data = await graphql(
    request,
    volunteer,
    `
      query AdminMoneyE2eMine($id: ID!) {
        volunteer(id: $id) {
          expenseClaims(first: 100) {
            edges {
              node {
                id
                status
                reason
              }
            }
          }
        }
      }
    `,
    { id: volunteerId },
  );
  return data.volunteer.expenseClaims.edges
    .map((edge: { node: { id: string; status: string; reason: string | null } }) => edge.node)
    .find((node: { id: string }) => node.id === claimId);
}

/** The queued claim with this description, showing more of the queue (oldest first) until it is on the page. */
async function findQueued(page: Page, description: string): Promise<Locator> {
  const claim = page.getByTestId('queued-claim').filter({ hasText: description });
  const more = page.getByRole('button', { name: /^Meer declaraties tonen/ });
  for (let i = 0; i < 50 && !(await claim.isVisible()) && (await more.isVisible()); i++) {
    const shown = await page.getByTestId('queued-claim').count();
    await more.click();
    await expect.poll(() => page.getByTestId('queued-claim').count()).toBeGreaterThan(shown);
  }
  await expect(claim).toBeVisible();
  return claim;
}

test('the national office sees the funding agreements, allocates from one, is refused over-allocating, and records a new agreement', async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const { fundingAgreements } = await graphql(
    request,
    admin,
    `
      query AdminMoneyE2eAgreements {
        fundingAgreements {
          id
          title
          funder {
            name
          }
          unallocated {
            cents
          }
        }
      }
    `,
  );
  expect(fundingAgreements.length).toBeGreaterThan(0);

  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Financiering');
  await expect(page.getByRole('heading', { level: 1, name: 'Financiering' })).toBeVisible();
  // Every agreement, the demo municipalities' among them, with its funder.
  for (const agreement of fundingAgreements) {
    const card = page.getByRole('article', { name: agreement.title, exact: true });
    await expect(card).toBeVisible();
    await expect(card).toContainText(agreement.funder.name);
    await expect(card.getByTestId('agreement-left')).toHaveText(euros(agreement.unallocated.cents));
  }
  const rotterdam = fundingAgreements.find((agreement: { funder: { name: string } }) => agreement.funder.name === 'Gemeente Rotterdam');
  expect(rotterdam).toBeDefined();
  const card = page.getByRole('article', { name: rotterdam.title, exact: true });
  // What it has allocated, per team budget, behind a summary that says how many lines there are.
  await card.getByText(/^Verdeling over teambudgetten bekijken \(\d+ regels\)$/).click();
  await expect(card.getByRole('table', { name: `Verdeling van ${rotterdam.title} over teambudgetten` })).toBeVisible();
  await expectAccessible(page);

  // Allocate from the Rotterdam agreement to Katendrecht's training budget: what is left drops by that much.
  const leftBefore = centsOf((await card.getByTestId('agreement-left').textContent()) ?? '');
  const allocation = 12_550;
  await card.getByRole('button', { name: `Geld verdelen uit ${rotterdam.title}` }).click();
  const form = page.getByRole('region', { name: 'Geld verdelen naar een teambudget' });
  await expect(form.getByLabel('Afspraak')).toHaveValue(rotterdam.id);
  await form.getByLabel('Team').selectOption({ label: `Buurtvolk ${CLAIM_TEAM}` });
  await expect(form.getByLabel('Jaar van het budget')).toHaveValue(todayInAmsterdam().slice(0, 4));
  await form.getByLabel('Waarvoor').selectOption({ label: 'Training' });
  await form.getByLabel('Bedrag in euro').fill(typed(allocation));
  await expect(form.getByText(`Nog te verdelen uit deze afspraak: ${euros(leftBefore)}`)).toBeVisible();
  await form.getByRole('button', { name: 'Geld verdelen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${euros(allocation)} is verdeeld naar Buurtvolk ${CLAIM_TEAM} (Training, ` }),
  ).toBeVisible();
  await expect(card.getByTestId('agreement-left')).toHaveText(euros(leftBefore - allocation));
  await expect(
    card.getByRole('row', { name: new RegExp(`^Buurtvolk ${CLAIM_TEAM} ${todayInAmsterdam().slice(0, 4)} Training`) }),
  ).toBeVisible();
  await expectAccessible(page);

  // More than is left: the server refuses, and the form says so in Dutch at the amount; nothing is booked.
  await form.getByLabel('Bedrag in euro').fill(typed(leftBefore - allocation + 100));
  await form.getByRole('button', { name: 'Geld verdelen' }).click();
  const amount = form.getByLabel('Bedrag in euro');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(/Zoveel is er niet meer over in deze afspraak/);
  await expect(
    form.getByText('Zoveel is er niet meer over in deze afspraak. Kies een bedrag dat niet groter is dan wat er nog te verdelen is.'),
  ).toBeVisible();
  await expect(card.getByTestId('agreement-left')).toHaveText(euros(leftBefore - allocation));
  await expectAccessible(page);

  // A new agreement with a housing corporation for one neighbourhood; it starts with everything left to allocate.
  const title = `Buurtvolk Katendrecht e2e ${stamp()}`;
  const create = page.getByRole('region', { name: 'Nieuwe afspraak vastleggen' });
  await create.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await expect(create.getByText('Kies minstens één buurt of één team.').first()).toBeVisible();
  await create.getByLabel('Financier').selectOption({ label: 'Woonstad Rotterdam' });
  await create.getByLabel('Naam van de afspraak').fill(title);
  await create.getByLabel('Bedrag in euro').fill('25.000');
  await create.getByLabel('Afgesproken maatschappelijk rendement, in euro per euro').fill('1,75');
  await create
    .getByRole('group', { name: 'Buurten' })
    .getByLabel(/^Katendrecht/)
    .check();
  await expectAccessible(page);
  await create.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `De afspraak ${title} is vastgelegd.` })).toBeVisible();
  const created = page.getByRole('article', { name: title, exact: true });
  await expect(created).toContainText('Woonstad Rotterdam');
  await expect(created).toContainText('€ 1,75 terug per euro');
  await expect(created.getByTestId('agreement-left')).toHaveText(euros(2_500_000));
  await expect(created).toContainText('Uit deze afspraak is nog niets verdeeld.');

  // Pre-financed: an instalment of the new agreement, then its invoice with the next number of the year, open.
  await expect(created).toContainText('Voor deze afspraak zijn nog geen termijnen vastgelegd.');
  const instalment = created.getByRole('form', { name: `Termijn toevoegen aan ${title}` });
  await instalment.getByLabel('Bedrag van de termijn in euro').fill('10.000');
  await instalment.getByRole('button', { name: 'Termijn toevoegen' }).click();
  await expect(instalment.getByRole('status')).toContainText(`De termijn van ${euros(1_000_000)} op `);
  const instalments = created.getByRole('table', { name: `Termijnen van ${title} en hun facturen` });
  await expect(instalments.getByRole('row')).toHaveCount(2);
  await expect(instalments.getByRole('row').nth(1)).toContainText('Nog niet gefactureerd');
  await expectAccessible(page);
  await instalments.getByRole('button', { name: /^Termijn van .+ factureren$/ }).click();
  await expect(created.getByRole('status').filter({ hasText: /^Factuur BV-\d{4}-\d{4} is gemaakt\.$/ })).toBeVisible();
  const number = /BV-\d{4}-\d{4}/.exec(
    (await created
      .getByRole('status')
      .filter({ hasText: /^Factuur / })
      .textContent()) ?? '',
  )?.[0];
  await expect(instalments.getByRole('row', { name: new RegExp(`${number} .* Open$`) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Facturen over de vervaldatum' })).toBeVisible();
  await expectAccessible(page);

  await card.scrollIntoViewIfNeeded();
  await screenshots(page, 'admin-funding');
});

test('the national office works through the claims queue: approves one claim and sends another back with a reason', async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const volunteer = await tokenOf(request, `volunteer:${CLAIM_TEAM.toLowerCase()}`);
  const team = await teamId(request, admin, CLAIM_TEAM);
  const run = stamp();
  const toApprove = `Verf voor de buurtbank ${run}`;
  const toReturn = `Koffie en koek buurtochtend ${run}`;
  const approveId = await submittedClaim(request, volunteer, team, toApprove, [850, 425]);
  const returnId = await submittedClaim(request, volunteer, team, toReturn, [1_999]);
  // The demo member's own id, as their token carries it.
  const volunteerId: string = JSON.parse(Buffer.from(volunteer.split('.')[1], 'base64url').toString()).volunteer;
  expect(volunteerId).toBeTruthy();
  const { expenseClaimQueue } = await graphql(
    request,
    admin,
    `
      query AdminMoneyE2eQueue {
        expenseClaimQueue(first: 1) {
          totalCount
        }
      }
    `,
  );
  expect(expenseClaimQueue.totalCount).toBeGreaterThanOrEqual(2);

  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Declaraties');
  await expect(page.getByRole('heading', { level: 1, name: 'Declaraties' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: `${expenseClaimQueue.totalCount} declaraties wachten op een beslissing` }),
  ).toBeVisible();

  const first = await findQueued(page, toApprove);
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(`Buurtvolk ${CLAIM_TEAM}: ${euros(1_275)}`);
  await expect(first).toContainText('2 bonnen');
  await expect(first).toContainText('(vandaag)');
  await expect(first).toContainText('Reiskosten');
  const second = await findQueued(page, toReturn);
  await expect(second).toContainText('1 bon');
  await expect(second).toContainText(euros(1_999));
  // Oldest first: the claim made first comes first.
  const order = await page.getByTestId('queued-claim').allTextContents();
  expect(order.findIndex((text) => text.includes(toApprove))).toBeLessThan(order.findIndex((text) => text.includes(toReturn)));
  await expectAccessible(page);
  await first.scrollIntoViewIfNeeded();
  await screenshots(page, 'admin-claims');

  await first.getByRole('button', { name: /^Goedkeuren: declaratie van / }).click();
  await expect(page.getByRole('status').filter({ hasText: `(Buurtvolk ${CLAIM_TEAM}, ${euros(1_275)}) is goedgekeurd.` })).toBeVisible();
  await expect(page.getByTestId('queued-claim').filter({ hasText: toApprove })).toHaveCount(0);

  const again = await findQueued(page, toReturn);
  await again.getByRole('button', { name: /^Terugsturen: declaratie van / }).click();
  await again.getByRole('button', { name: 'Terugsturen met deze reden' }).click();
  await expect(again.getByText('Schrijf een reden op (minstens 3 tekens).')).toBeVisible();
  await again.getByLabel(/^Wat ontbreekt er\?/).fill('De bon van de bakker ontbreekt.');
  await expectAccessible(page);
  await again.getByRole('button', { name: 'Terugsturen met deze reden' }).click();
  await expect(page.getByRole('status').filter({ hasText: `(Buurtvolk ${CLAIM_TEAM}, ${euros(1_999)}) is teruggestuurd.` })).toBeVisible();
  await expect(page.getByTestId('queued-claim').filter({ hasText: toReturn })).toHaveCount(0);
  await expectAccessible(page);

  // What the team member sees of the decisions.
  expect(await claimStatus(request, volunteer, approveId, volunteerId)).toEqual({ id: approveId, status: 'APPROVED', reason: null });
  expect(await claimStatus(request, volunteer, returnId, volunteerId)).toEqual({
    id: returnId,
    status: 'INCOMPLETE',
    reason: 'De bon van de bakker ontbreekt.',
  });
});

test('the national office checks the books: the ledger in balance, money owed back, and next year’s allowance limits', async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const books = await graphql(
    request,
    admin,
    `
      query AdminMoneyE2eBooks {
        ledgerCheck {
          balanced
          entries
          accounts
          problems
        }
        receivables {
          owed {
            cents
          }
        }
        erasedPayeesWithOpenMoney
        allowanceRates {
          year
          confirmed
          source
          version
          hourly21Plus {
            cents
          }
          hourlyUnder21 {
            cents
          }
          monthlyCap {
            cents
          }
          yearlyCap {
            cents
          }
        }
      }
    `,
  );
  // Every flow of this suite books through the real rules: the books must add up.
  expect(books.ledgerCheck).toMatchObject({ balanced: true, problems: [] });
  const nextYear = Number(todayInAmsterdam().slice(0, 4)) + 1;
  const next = books.allowanceRates.find((rates: { year: number }) => rates.year === nextYear);

  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Boekhouding');
  await expect(page.getByRole('heading', { level: 1, name: 'Boekhouding' })).toBeVisible();
  const ledger = page.getByRole('region', { name: 'Controle van het grootboek' });
  await expect(ledger).toContainText('Het grootboek is in balans.');
  await expect(ledger).toContainText(
    `${new Intl.NumberFormat('nl-NL').format(books.ledgerCheck.entries)} boekingen op ${new Intl.NumberFormat('nl-NL').format(books.ledgerCheck.accounts)} rekeningen.`,
  );
  const owed = page.getByRole('region', { name: 'Terug te betalen' });
  if (books.receivables.length)
    await expect(owed.getByRole('table')).toContainText(
      euros(books.receivables.reduce((sum: number, row: { owed: { cents: number } }) => sum + row.owed.cents, 0)),
    );
  else await expect(owed).toContainText('Niemand hoeft geld terug te betalen.');
  await expect(page.getByTestId('erased-with-open-money')).toHaveText(String(books.erasedPayeesWithOpenMoney.length));

  const limits = page.getByRole('table', { name: 'Grenzen van de vrijwilligersvergoeding per jaar' });
  for (const rates of books.allowanceRates) {
    const row = limits.getByRole('row', { name: new RegExp(`^${rates.year} `) });
    await expect(row).toContainText(
      `${euros(rates.hourly21Plus.cents)}${euros(rates.hourlyUnder21.cents)}${euros(rates.monthlyCap.cents)}${euros(rates.yearlyCap.cents)}`,
    );
    await expect(row).toContainText(rates.confirmed ? 'Ja' : 'Nog niet');
  }
  const warning = page.getByTestId('next-year-limits');
  const source = `Aangekondigd door de Belastingdienst, e2e ${stamp()}`;

  if (!next) {
    // Missing: the warning says so, and the admin enters them, starting from the latest year's, not yet confirmed.
    await expect(warning).toHaveAttribute('role', 'alert');
    await expect(warning).toContainText(`De grenzen voor ${nextYear} ontbreken nog.`);
    await expectAccessible(page);
    await screenshots(page, 'admin-books');
    await warning.getByRole('button', { name: `Grenzen voor ${nextYear} invullen` }).click();
    const form = page.getByRole('form', { name: `Grenzen voor ${nextYear} invullen` });
    const latest = books.allowanceRates.at(-1);
    await expect(form.getByLabel('Hoogstens per maand, in euro')).toHaveValue(typed(latest.monthlyCap.cents));
    await form.getByLabel('Bron').fill(source);
    await expect(form.getByLabel('Bevestigd door de Belastingdienst')).not.toBeChecked();
    await expectAccessible(page);
    await form.getByRole('button', { name: `Grenzen voor ${nextYear} opslaan` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `De grenzen van ${nextYear} zijn ingevuld, nog niet bevestigd.` }),
    ).toBeVisible();
    await expect(limits.getByRole('row', { name: new RegExp(`^${nextYear} `) })).toContainText(source);
    await expect(warning).toContainText(`De grenzen voor ${nextYear} zijn nog niet bevestigd.`);
  } else if (!next.confirmed) {
    await expect(warning).toHaveAttribute('role', 'alert');
    await expect(warning).toContainText(`De grenzen voor ${nextYear} zijn nog niet bevestigd.`);
    await expectAccessible(page);
    await screenshots(page, 'admin-books');
  } else {
    await expect(warning).toHaveCount(0);
    await expectAccessible(page);
    await screenshots(page, 'admin-books');
  }

  // Next year's limits are there now: correct their source (with the version read), keeping whether they are confirmed.
  const corrected = `${source} (nagekeken)`;
  await limits.getByRole('button', { name: `Grenzen van ${nextYear} aanpassen` }).click();
  const form = page.getByRole('form', { name: `Grenzen van ${nextYear} aanpassen` });
  const yearly = await form.getByLabel('Hoogstens per jaar, in euro').inputValue();
  await form.getByLabel('Hoogstens per jaar, in euro').fill('1,00');
  await form.getByLabel('Bron').fill(corrected);
  await form.getByRole('button', { name: `Grenzen van ${nextYear} opslaan` }).click();
  // A yearly cap below the monthly one: refused by the server, said in Dutch at the field.
  await expect(form.getByLabel('Hoogstens per jaar, in euro')).toHaveAccessibleDescription(
    'Het bedrag per jaar mag niet lager zijn dan het bedrag per maand.',
  );
  await form.getByLabel('Hoogstens per jaar, in euro').fill(yearly);
  await expectAccessible(page);
  await form.getByRole('button', { name: `Grenzen van ${nextYear} opslaan` }).click();
  await expect(page.getByRole('status').filter({ hasText: `De grenzen van ${nextYear} zijn aangepast` })).toBeVisible();
  await expect(limits.getByRole('row', { name: new RegExp(`^${nextYear} `) })).toContainText(corrected);
  const after = await graphql(
    request,
    admin,
    `
      query AdminMoneyE2eRates {
        allowanceRates {
          year
          source
          version
        }
      }
    `,
  );
  expect(after.allowanceRates.find((rates: { year: number }) => rates.year === nextYear)).toMatchObject({
    source: corrected,
    version: (next?.version ?? 1) + 1,
  });
});
