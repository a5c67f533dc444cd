import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium; browser downloads (`npx playwright install`) do not reach this network, Debian's packages do. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium'];

/** The path of a Chromium to drive: CHROMIUM_PATH, one already installed, or Debian's package installed now. */
export function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const installed = CANDIDATES.find((path) => existsSync(path));
  if (installed) return installed;

  console.log('Installing Chromium from Debian’s packages for the browser tests…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (command: string[]) =>
    execFileSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run([...asRoot, 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    // A machine whose package lists are old or empty needs them read first.
    run([...asRoot, 'apt-get', 'update']);
    run([...asRoot, 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  }
  const path = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path) throw new Error('Chromium was installed but is not where Debian puts it (/usr/bin/chromium)');
  return path;
}
