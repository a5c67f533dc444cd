import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { usePortal, useSession } from '../app/portal-context';
import { PAGES } from '../app/navigation';

/** Every signed-in page: a skip link, the menu for the person's role, the language switch and signing out. */
export function Shell({ children }: { children: ReactNode }) {
  const { language, setLanguage, signOut } = usePortal();
  const session = useSession();
  const [location] = useLocation();
  const intl = useIntl();
  const pages = PAGES.filter((page) => page.inMenu && page.roles.includes(session.role));
  // A page below a menu item (a person under Mensen) marks that item; the longest path that contains it wins.
  const current = pages
    .map((page) => page.path)
    .filter((path) => location === path || (path !== '/' && location.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
  const other = language === 'nl' ? 'en' : 'nl';
  return (
    <>
      <a className="skip-link" href="#main">
        <FormattedMessage id="shell.skipToContent" />
      </a>
      <header className="header">
        <p className="header__brand">
          Buurtvolk <span className="header__role">{intl.formatMessage({ id: `shell.role.${session.role}` })}</span>
        </p>
        <div className="header__actions">
          <button type="button" className="button button--quiet" lang={other} onClick={() => setLanguage(other)}>
            <FormattedMessage id="shell.otherLanguage" />
          </button>
          <button type="button" className="button button--quiet" onClick={signOut}>
            <FormattedMessage id="shell.signOut" />
          </button>
        </div>
      </header>
      <nav className="menu" aria-label={intl.formatMessage({ id: 'shell.menu' })}>
        <ul>
          {pages.map((page) => (
            <li key={page.path}>
              <Link href={page.path} className="menu__link" aria-current={page.path === current ? 'page' : undefined}>
                <FormattedMessage id={page.labelId} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
    </>
  );
}
