import { type ComponentType, lazy } from 'react';
import type { Role } from '../auth/session';

type PageModule = { default: ComponentType };

/** A page of the portal: its path (Dutch, as people read it), who sees it, and its label's message id. */
export interface PortalPage {
  path: string;
  labelId: string;
  roles: Role[];
  /** Shown in the menu; pages reached from another page only are not. */
  inMenu: boolean;
  load: () => Promise<PageModule>;
}

/** The public form "Een team in uw buurt?": open without signing in, and to people who are signed in. */
export const REQUEST_TEAM_PATH = '/team-aanvragen';

/** Where a person fills in their own wellbeing check and loneliness questionnaire; the e-mail saying one is due links here. */
export const CHECKS_PATH = '/vragenlijsten';

// Each page is its own chunk: a volunteer's phone loads the home page, not the coordinator's charts.
export const PAGES: PortalPage[] = [
  { path: '/team', labelId: 'nav.team', roles: ['COORDINATOR'], inMenu: true, load: () => import('../pages/coordinator/team-dashboard') },
  {
    path: '/team/uren',
    labelId: 'nav.approveHours',
    roles: ['COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/coordinator/approve-hours'),
  },
  { path: '/team/plannen', labelId: 'nav.plan', roles: ['COORDINATOR'], inMenu: true, load: () => import('../pages/coordinator/plan') },
  { path: '/team/geld', labelId: 'nav.money', roles: ['COORDINATOR'], inMenu: true, load: () => import('../pages/coordinator/money') },
  {
    path: '/team/maandoverzicht',
    labelId: 'nav.monthSummary',
    roles: ['COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/coordinator/month-summary'),
  },
  {
    path: '/team/werving',
    labelId: 'nav.recruitment',
    roles: ['COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/coordinator/recruitment'),
  },
  { path: '/', labelId: 'nav.home', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, load: () => import('../pages/volunteer/home') },
  {
    path: '/uren',
    labelId: 'nav.registerHours',
    roles: ['VOLUNTEER', 'COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/volunteer/register-hours'),
  },
  {
    path: '/activiteiten',
    labelId: 'nav.activities',
    roles: ['VOLUNTEER', 'COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/volunteer/activities'),
  },
  {
    path: '/training',
    labelId: 'nav.training',
    roles: ['VOLUNTEER', 'COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/volunteer/training'),
  },
  {
    path: '/voorstellen',
    labelId: 'nav.proposals',
    roles: ['VOLUNTEER', 'COORDINATOR'],
    inMenu: true,
    load: () => import('../pages/volunteer/proposals'),
  },
  { path: '/ik', labelId: 'nav.me', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, load: () => import('../pages/volunteer/me') },
  {
    path: CHECKS_PATH,
    labelId: 'nav.checks',
    roles: ['VOLUNTEER', 'COORDINATOR'],
    inMenu: false,
    load: () => import('../pages/volunteer/checks'),
  },
  {
    path: '/beheer/landelijk',
    labelId: 'nav.national',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/national-overview'),
  },
  {
    path: '/beheer/organisatie',
    labelId: 'nav.organisation',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/organisation'),
  },
  {
    path: '/beheer/aanvragen',
    labelId: 'nav.requests',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/neighbourhood-requests'),
  },
  {
    path: '/beheer/buurtscans',
    labelId: 'nav.scans',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/neighbourhood-scans'),
  },
  {
    path: '/beheer/werving',
    labelId: 'nav.recruitmentFunnels',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/recruitment-funnels'),
  },
  {
    path: '/beheer/teamfasen',
    labelId: 'nav.teamPaths',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/team-paths'),
  },
  {
    path: '/beheer/maandoverzichten',
    labelId: 'nav.monthSummaries',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/month-summaries'),
  },
  { path: '/beheer/mensen', labelId: 'nav.people', roles: ['ADMIN'], inMenu: true, load: () => import('../pages/admin/people') },
  // Before the person's page, whose `:id` would take "importeren" too: the first page whose path matches is drawn.
  {
    path: '/beheer/mensen/importeren',
    labelId: 'nav.peopleImport',
    roles: ['ADMIN'],
    inMenu: false,
    load: () => import('../pages/admin/people-import'),
  },
  { path: '/beheer/mensen/:id', labelId: 'nav.person', roles: ['ADMIN'], inMenu: false, load: () => import('../pages/admin/person') },
  { path: '/beheer/financiering', labelId: 'nav.funding', roles: ['ADMIN'], inMenu: true, load: () => import('../pages/admin/funding') },
  {
    path: '/beheer/declaraties',
    labelId: 'nav.claimsQueue',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/claims-queue'),
  },
  { path: '/beheer/uitbetalingen', labelId: 'nav.payouts', roles: ['ADMIN'], inMenu: true, load: () => import('../pages/admin/payouts') },
  { path: '/beheer/boekhouding', labelId: 'nav.books', roles: ['ADMIN'], inMenu: true, load: () => import('../pages/admin/books') },
  { path: '/beheer/logboek', labelId: 'nav.audit', roles: ['ADMIN'], inMenu: true, load: () => import('../pages/admin/audit-log') },
  {
    path: '/beheer/berichten',
    labelId: 'nav.failedMessages',
    roles: ['ADMIN'],
    inMenu: true,
    load: () => import('../pages/admin/failed-messages'),
  },
  {
    path: '/partner',
    labelId: 'nav.partnerDashboard',
    roles: ['PARTNER'],
    inMenu: true,
    load: () => import('../pages/partner/partner-dashboard'),
  },
  { path: '/overzicht', labelId: 'nav.overview', roles: ['PARTNER'], inMenu: true, load: () => import('../pages/overview/teams-overview') },
];

const lazyComponents = new Map<string, ComponentType>();
const loadedComponents = new Map<string, ComponentType>();

/**
 * The page's component: the module itself once `preloadPage` has it, else a lazy one. A page drawn straight from its
 * module skips the Suspense fallback, which React holds on screen for at least 300 ms.
 */
export function pageComponent(page: PortalPage): ComponentType {
  const loaded = loadedComponents.get(page.path);
  if (loaded) return loaded;
  if (!lazyComponents.has(page.path)) lazyComponents.set(page.path, lazy(page.load));
  return lazyComponents.get(page.path)!;
}

/** Whether a page's path (which may have parameters, `/beheer/mensen/:id`) is this location's, as wouter's Route matches it. */
export function pathMatches(pattern: string, path: string): boolean {
  const [wanted, actual] = [pattern.split('/'), path.replace(/\/$/, '').split('/')];
  return (
    wanted.length === actual.length && wanted.every((part, index) => (part.startsWith(':') ? actual[index] !== '' : part === actual[index]))
  );
}

/** Starts loading the page of a path, so the first page a person opens arrives with the app rather than after it. */
export async function preloadPage(path: string): Promise<void> {
  const page = PAGES.find((candidate) => pathMatches(candidate.path, path));
  if (!page) return;
  const module = await page.load().catch(() => undefined);
  if (module) loadedComponents.set(page.path, module.default);
}

/** Where a person lands after signing in. */
export function landingPath(role: Role): string {
  return role === 'COORDINATOR' ? '/team' : role === 'VOLUNTEER' ? '/' : role === 'PARTNER' ? '/partner' : '/beheer/landelijk';
}
