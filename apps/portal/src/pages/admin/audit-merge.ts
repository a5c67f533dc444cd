/** The services that keep an audit log, in the order the filter lists them. */
export const AUDITED_SERVICES = ['teams', 'volunteers', 'activities', 'training', 'finance', 'impact'] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

export interface AuditEdge<Entry> {
  cursor: string;
  node: Entry & { id: string; occurredAt: string };
}

export interface ServicePage<Entry> {
  edges: AuditEdge<Entry>[];
  hasNextPage: boolean;
}

/** Where each service's log continues: its `after` cursor (undefined: from the newest). */
export type AuditCursors = Partial<Record<AuditedService, string>>;

export interface MergedAuditPage<Entry> {
  entries: (Entry & { id: string; occurredAt: string; service: AuditedService })[];
  /** Where the next page starts in each service's log. */
  next: AuditCursors;
  hasMore: boolean;
}

/**
 * One page of several services' logs, newest first. Each service was asked for a page of `size` from its cursor, so
 * the newest `size` of them all are the page; a service continues after the last of its entries shown, and entries
 * fetched but not shown come again on the next page.
 */
export function mergeAuditPages<Entry>(
  pages: Partial<Record<AuditedService, ServicePage<Entry>>>,
  cursors: AuditCursors,
  size: number,
): MergedAuditPage<Entry> {
  const services = Object.keys(pages) as AuditedService[];
  const taken = new Map<AuditedService, number>(services.map((service) => [service, 0]));
  const entries: MergedAuditPage<Entry>['entries'] = [];
  const next: AuditCursors = { ...cursors };
  // A merge of the heads, not a sort: within one service, entries keep the service's own order (it breaks ties
  // finer than the millisecond an entry's time shows), so its cursor is always its last entry shown.
  while (entries.length < size) {
    let newest: { service: AuditedService; edge: AuditEdge<Entry> } | undefined;
    for (const service of services) {
      const edge = pages[service]?.edges[taken.get(service)!];
      if (edge && (!newest || edge.node.occurredAt > newest.edge.node.occurredAt)) newest = { service, edge };
    }
    if (!newest) break;
    taken.set(newest.service, taken.get(newest.service)! + 1);
    entries.push({ ...newest.edge.node, service: newest.service });
    next[newest.service] = newest.edge.cursor;
  }
  const hasMore = services.some((service) => taken.get(service)! < (pages[service]?.edges.length ?? 0) || pages[service]?.hasNextPage);
  return { entries, next, hasMore };
}
