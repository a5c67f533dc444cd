import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * Finds the process listening on a local TCP port (Linux, through /proc), so a test or the resilience run can signal
 * one service of a running stack by the port it serves on — the one thing about it that is fixed.
 */
export function pidListeningOn(port: number): number | undefined {
  const inodes = listeningSocketInodes(port);
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}

/** /proc/net/tcp lines: sl, local address (hex ip:port), remote address, state (0A = LISTEN), …, inode (10th). */
function listeningSocketInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== '0A') continue;
      if (parseInt(fields[1].split(':')[1], 16) === port) inodes.add(fields[9]);
    }
  }
  return inodes;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds until `pid` is gone, or undefined when it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!isAlive(pid) || isZombie(pid)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

/** An exited child its parent has not reaped yet still answers kill(pid, 0). */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
