import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Signs in on the development sign-in page, as a person would: by choosing them from the list. */
export async function signInAs(page: Page, choice: string | RegExp, team?: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/');
  const scope = team ? page.getByRole('region', { name: team }) : page;
  await scope.getByRole('button', { name: choice }).click();
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Aanmelden bij Buurtvolk' })).toBeVisible();
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: no violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(summary).toEqual([]);
}

/** The page at a phone's and a laptop's width, into the folder the README names (dist/e2e/screenshots). */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'dist', 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const original = page.viewportSize();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Opens a page from the menu, as a keyboard or screen reader user would find it. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: label }).click();
}

/** A development token for a demo person (`admin`, `<place>-coordinator`, …), as the sign-in page gets one. */
export async function tokenOf(request: APIRequestContext, key: string): Promise<string> {
  const response = await request.post('/dev/token', { data: { key } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A GraphQL request through the gateway, for setting up or checking what a test cannot see on a page; errors fail it. */
export async function graphql<Data = any>(
  request: APIRequestContext,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await request.post('/graphql', { headers: { authorization: `Bearer ${token}` }, data: { query, variables } });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((error) => error.message).join('; ')}`);
  return body.data as Data;
}

/** Today's date in Amsterdam (YYYY-MM-DD), as the platform counts days, whatever the machine's time zone. */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}
