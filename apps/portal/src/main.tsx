import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { PortalProvider, type SignInSettings } from './app/portal-context';
import './styles.css';

async function start() {
  const root = document.getElementById('root')!;
  // How to sign in is the gateway's to say, so one build serves development and production.
  const config = (await fetch('/portal/config')
    .then((response) => response.json())
    .catch(() => undefined)) as { signIn: SignInSettings } | undefined;
  if (!config) {
    root.innerHTML = '<main class="main"><p role="alert">Buurtvolk is even niet bereikbaar. Probeer het over een paar minuten opnieuw.</p><p lang="en" role="alert">Buurtvolk cannot be reached right now. Try again in a few minutes.</p></main>';
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
