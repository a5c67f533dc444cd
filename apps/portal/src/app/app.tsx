import { lazy, Suspense, useEffect, useRef } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { finishOidcCallback } from '../auth/oidc-callback';
import { SignIn } from '../auth/sign-in';
import { Shell } from '../layout/shell';
import { Loading } from '../ui/page';
import { landingPath, pageComponent, PAGES, REQUEST_TEAM_PATH } from './navigation';
import { usePortal } from './portal-context';

const RequestTeamPage = lazy(() => import('../pages/public/request-team'));

export function App() {
  const { session } = usePortal();
  const [location] = useLocation();
  useFocusOnNavigation(location);

  if (!session) {
    return (
      <main id="main" tabIndex={-1} className="main main--narrow">
        <Switch>
          <Route path="/aanmelden/terug" component={finishOidcCallback} />
          <Route path={REQUEST_TEAM_PATH}>
            <Suspense fallback={<Loading />}>
              <RequestTeamPage />
            </Suspense>
          </Route>
          <Route component={SignIn} />
        </Switch>
      </main>
    );
  }
  const pages = PAGES.filter((page) => page.roles.includes(session.role));
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path={REQUEST_TEAM_PATH} component={RequestTeamPage} />
          {pages.map((page) => (
            <Route key={page.path} path={page.path} component={pageComponent(page)} />
          ))}
          <Route>
            <Redirect to={landingPath(session.role)} replace />
          </Route>
        </Switch>
      </Suspense>
    </Shell>
  );
}

/** After moving to another page, focus goes to its content, so keyboard and screen reader users start there. */
function useFocusOnNavigation(location: string) {
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    document.getElementById('main')?.focus();
  }, [location]);
}
