import { type Problem, problemsAt } from '../../api/problems';

/** The services that handle an erasure, each reporting back in its own audit log; the volunteers service erases first. */
export const ERASURE_SERVICES = ['volunteers', 'teams', 'activities', 'training', 'finance'] as const;
export type ErasureService = (typeof ERASURE_SERVICES)[number];

/** done: erased; pending: waiting for open payments; waiting: not handled yet (events travel later); unavailable: the log could not be read. */
export type ErasureState = 'done' | 'pending' | 'waiting' | 'unavailable';

type Log = { edges: { node: { action: string; occurredAt: string } }[] } | null | undefined;
export type ErasureReceipts = { [Service in ErasureService as `${Service}AuditLog`]?: Log };

/** What one service did with a person's erasure, from the entries its audit log holds about them (newest first). */
export function erasureOutcome(
  data: ErasureReceipts | undefined,
  problems: Problem[],
  service: ErasureService,
): { state: ErasureState; at: string | null } {
  const field = `${service}AuditLog` as const;
  const log = data?.[field];
  if (!log)
    return {
      state: problemsAt(problems, field).length > 0 || problems.some((problem) => !problem.path) ? 'unavailable' : 'waiting',
      at: null,
    };
  const entries = log.edges.map((edge) => edge.node);
  const done = entries.find((entry) => entry.action === 'volunteer.erased');
  if (done) return { state: 'done', at: done.occurredAt };
  const pending = entries.find((entry) => entry.action === 'volunteer.erased.pending');
  if (pending) return { state: 'pending', at: pending.occurredAt };
  return { state: 'waiting', at: null };
}
