import { type AuditCursors, type AuditedService, mergeAuditPages, type ServicePage } from './audit-merge';

type Logs = Partial<Record<AuditedService, { id: string; occurredAt: string }[]>>;

/** Serves each service's log as the subgraphs do: newest first, `size` after a cursor (the entry's id). */
function fetchPages(logs: Logs, cursors: AuditCursors, size: number): Partial<Record<AuditedService, ServicePage<object>>> {
  const pages: Partial<Record<AuditedService, ServicePage<object>>> = {};
  for (const [service, entries] of Object.entries(logs) as [AuditedService, { id: string; occurredAt: string }[]][]) {
    const start = cursors[service] ? entries.findIndex((entry) => entry.id === cursors[service]) + 1 : 0;
    const slice = entries.slice(start, start + size);
    pages[service] = { edges: slice.map((entry) => ({ cursor: entry.id, node: entry })), hasNextPage: start + size < entries.length };
  }
  return pages;
}

function log(service: string, minutes: number[]) {
  return minutes.map((minute) => ({ id: `${service}-${minute}`, occurredAt: new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString() }));
}

describe('one audit log across services', () => {
  it('walks every entry of every service once, newest first, whatever the interleaving', () => {
    const logs: Logs = {
      teams: log('teams', [59, 58, 20, 3, 2, 1]),
      finance: log('finance', [57, 30, 21, 19]),
      impact: [],
      volunteers: log('volunteers', [40]),
    };
    const seen: string[] = [];
    let cursors: AuditCursors = {};
    for (let guard = 0; guard < 10; guard++) {
      const page = mergeAuditPages(fetchPages(logs, cursors, 3), cursors, 3);
      seen.push(...page.entries.map((entry) => `${entry.service}:${entry.id}`));
      cursors = page.next;
      if (!page.hasMore) break;
    }
    const expected = Object.entries(logs)
      .flatMap(([service, entries]) => entries.map((entry) => ({ key: `${service}:${entry.id}`, at: entry.occurredAt })))
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((entry) => entry.key);
    expect(seen).toEqual(expected);
  });

  it('says there is no more when every service is exhausted, and keeps a service’s cursor when it showed nothing', () => {
    const logs: Logs = { teams: log('teams', [50, 49]), training: log('training', [1]) };
    const page = mergeAuditPages(fetchPages(logs, {}, 2), {}, 2);
    expect(page.entries.map((entry) => entry.id)).toEqual(['teams-50', 'teams-49']);
    expect(page.next).toEqual({ teams: 'teams-49' });
    expect(page.hasMore).toBe(true);
    const last = mergeAuditPages(fetchPages(logs, page.next, 2), page.next, 2);
    expect(last.entries.map((entry) => entry.id)).toEqual(['training-1']);
    expect(last.hasMore).toBe(false);
  });
});
