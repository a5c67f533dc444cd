import { lazy } from 'react';
import type { Role } from '../auth/session';

/** A page of the portal: its path (Dutch, as people read it), who sees it, and its label's message id. */
export interface PortalPage {
  path: string;
  labelId: string;
  roles: Role[];
  /** Shown in the menu; pages reached from another page only are not. */
  inMenu: boolean;
  component: ReturnType<typeof lazy>;
}

// Each page is its own chunk: a volunteer's phone loads the home page, not the coordinator's charts.
export const PAGES: PortalPage[] = [
  { path: '/team', labelId: 'nav.team', roles: ['COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/coordinator/team-dashboard')) },
  { path: '/team/uren', labelId: 'nav.approveHours', roles: ['COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/coordinator/approve-hours')) },
  { path: '/team/plannen', labelId: 'nav.plan', roles: ['COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/coordinator/plan')) },
  { path: '/team/geld', labelId: 'nav.money', roles: ['COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/coordinator/money')) },
  { path: '/', labelId: 'nav.home', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/volunteer/home')) },
  { path: '/uren', labelId: 'nav.registerHours', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/volunteer/register-hours')) },
  { path: '/activiteiten', labelId: 'nav.activities', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/volunteer/activities')) },
  { path: '/training', labelId: 'nav.training', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/volunteer/training')) },
  { path: '/ik', labelId: 'nav.me', roles: ['VOLUNTEER', 'COORDINATOR'], inMenu: true, component: lazy(() => import('../pages/volunteer/me')) },
  { path: '/overzicht', labelId: 'nav.overview', roles: ['ADMIN', 'PARTNER'], inMenu: true, component: lazy(() => import('../pages/overview/teams-overview')) },
];

/** Where a person lands after signing in. */
export function landingPath(role: Role): string {
  return role === 'COORDINATOR' ? '/team' : role === 'VOLUNTEER' ? '/' : '/overzicht';
}
