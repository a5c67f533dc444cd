import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { type Session, storedSession, storeSession } from '../auth/session';
import { type Language, LOCALES, TIME_ZONE } from '../format/format';
import { MESSAGES } from '../i18n/messages';

export type SignInSettings = { kind: 'development' } | { kind: 'oidc'; issuer: string; clientId: string; scope: string };

interface PortalState {
  session?: Session;
  signInSettings: SignInSettings;
  language: Language;
  setLanguage(language: Language): void;
  signIn(session: Session): void;
  signOut(): void;
}

const PortalContext = createContext<PortalState | undefined>(undefined);
const LANGUAGE_KEY = 'buurtvolk.language';

export function PortalProvider({ signInSettings, children }: { signInSettings: SignInSettings; children: ReactNode }) {
  const [session, setSession] = useState(storedSession);
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl'));

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(LANGUAGE_KEY, next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);
  const signIn = useCallback((next: Session) => {
    storeSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    storeSession(undefined);
    setSession(undefined);
  }, []);

  const state = useMemo(
    () => ({ session, signInSettings, language, setLanguage, signIn, signOut }),
    [session, signInSettings, language, setLanguage, signIn, signOut],
  );
  return (
    <PortalContext.Provider value={state}>
      <IntlProvider locale={LOCALES[language]} timeZone={TIME_ZONE} messages={MESSAGES[language]} defaultLocale="nl-NL">
        {children}
      </IntlProvider>
    </PortalContext.Provider>
  );
}

export function usePortal(): PortalState {
  const state = useContext(PortalContext);
  if (!state) throw new Error('usePortal outside PortalProvider');
  return state;
}

/** The signed-in person; pages behind sign-in only render with one. */
export function useSession(): Session {
  const { session } = usePortal();
  if (!session) throw new Error('useSession without a session');
  return session;
}
