import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, openFromMenu, signInAs, signOut } from './support';

// Consent is the person's: withdrawing it takes effect for their coordinator at once. Team Bouwlust.
const TEAM = 'Bouwlust';
const VOLUNTEER = 'Teamlid van Bouwlust';
const COORDINATOR = 'Coördinator van Bouwlust';

test.slow();

function contactConsent(page: Page) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Contact' }) });
}

async function ownEmail(page: Page): Promise<string> {
  const details = page.getByRole('definition').filter({ hasText: /@/ }).first();
  const email = (await details.textContent())?.trim();
  if (!email) throw new Error('The Me page shows no e-mail address');
  return email;
}

test('a volunteer withdraws consent for contact, and their coordinator no longer sees their e-mail', async ({ page }) => {
  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Mijn gegevens');
  const contact = contactConsent(page);
  const give = contact.getByRole('button', { name: 'Toestemming geven voor Contact' });
  const withdraw = contact.getByRole('button', { name: 'Toestemming intrekken voor Contact' });
  await expect(give.or(withdraw)).toBeVisible();
  // The demo data may have it given or not; start from given, so that the coordinator can see the address.
  if (await give.isVisible()) {
    await give.click();
    await expect(page.getByRole('status').filter({ hasText: 'U heeft toestemming gegeven voor Contact.' })).toBeVisible();
  }
  const email = await ownEmail(page);
  await signOut(page);

  await signInAs(page, COORDINATOR, TEAM);
  await expect(page.getByRole('link', { name: email })).toBeVisible();
  await signOut(page);

  await signInAs(page, VOLUNTEER, TEAM);
  await openFromMenu(page, 'Mijn gegevens');
  await contactConsent(page).getByRole('button', { name: 'Toestemming intrekken voor Contact' }).click();
  await expect(contactConsent(page)).toContainText('Uw coördinator ziet dan uw e-mailadres en telefoonnummer niet meer.');
  await contactConsent(page).getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'U heeft uw toestemming voor Contact ingetrokken.' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, COORDINATOR, TEAM);
  await expect(page.getByRole('heading', { level: 2, name: /^Leden/ })).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await expect(page.getByText('niet gedeeld').first()).toBeVisible();
  await expectAccessible(page);
});

test('a volunteer can do the whole of registering hours with the keyboard alone', async ({ page }) => {
  await signInAs(page, VOLUNTEER, TEAM);
  // The skip link is the first thing a keyboard reaches, and leads into the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // From the page's content, the "Uren invullen" button on home opens the form.
  const start = page.getByRole('main').getByRole('link', { name: 'Uren invullen' });
  for (let step = 0; step < 20 && !(await start.evaluate((element) => element === document.activeElement)); step += 1)
    await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Uren invullen' })).toBeVisible();

  // Tab through the form to its submit button; every stop on the way shows where the focus is.
  const submit = page.getByRole('button', { name: 'Uren indienen' });
  await expect(submit).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  for (let step = 0; step < 40 && !(await submit.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'none';
      const style = getComputedStyle(element);
      return style.outlineStyle === 'none' && style.boxShadow === 'none'
        ? `no focus indicator on ${element.outerHTML.slice(0, 80)}`
        : 'visible';
    });
    expect(outline).toBe('visible');
  }
  await expect(submit).toBeFocused();
  await expectAccessible(page);
});
