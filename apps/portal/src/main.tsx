import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/navigation';
import { PortalProvider, type SignInSettings } from './app/portal-context';
import './styles.css';

async function start() {
  const root = document.getElementById('root')!;
  // How to sign in is the gateway's to say, so one build serves development and production.
  const [config] = await Promise.all([
    fetch('/portal/config')
      .then((response) => response.json() as Promise<{ signIn: SignInSettings }>)
      .catch(() => undefined),
    preloadPage(location.pathname),
  ]);
  if (!config) {
    root.innerHTML =
      '<main class="main"><p role="alert">Buurtvolk is even niet bereikbaar. Probeer het over een paar minuten opnieuw.</p><p lang="en" role="alert">Buurtvolk cannot be reached right now. Try again in a few minutes.</p></main>';
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <PortalProvider signInSettings={config.signIn}>
        <App />
      </PortalProvider>
    </StrictMode>,
  );
}

void start();
