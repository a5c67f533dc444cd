import type { Problem } from '../../api/problems';
import { erasureOutcome } from './person-erasure';

const entry = (action: string, occurredAt: string) => ({ node: { action, occurredAt } });
const unavailable: Problem = { kind: 'SERVICE_UNAVAILABLE', messageId: 'errors.serviceUnavailable', path: ['financeAuditLog'], fields: [] };

describe('what a service did with an erasure', () => {
  it('is done once the service wrote volunteer.erased, also after it waited for open payments', () => {
    const data = {
      financeAuditLog: {
        edges: [entry('volunteer.erased', '2026-03-02T10:00:00Z'), entry('volunteer.erased.pending', '2026-03-01T10:00:00Z')],
      },
    };
    expect(erasureOutcome(data, [], 'finance')).toEqual({ state: 'done', at: '2026-03-02T10:00:00Z' });
  });

  it('waits for open payments while only volunteer.erased.pending is there', () => {
    const data = { financeAuditLog: { edges: [entry('volunteer.erased.pending', '2026-03-01T10:00:00Z')] } };
    expect(erasureOutcome(data, [], 'finance')).toEqual({ state: 'pending', at: '2026-03-01T10:00:00Z' });
  });

  it('has not handled it yet without either entry', () => {
    const data = { teamsAuditLog: { edges: [entry('volunteer.updated', '2026-03-01T10:00:00Z')] } };
    expect(erasureOutcome(data, [], 'teams')).toEqual({ state: 'waiting', at: null });
  });

  it('says so when the service’s log could not be read, and only for that service', () => {
    const data = { financeAuditLog: null, teamsAuditLog: { edges: [] } };
    expect(erasureOutcome(data, [unavailable], 'finance').state).toBe('unavailable');
    expect(erasureOutcome(data, [unavailable], 'teams').state).toBe('waiting');
    expect(erasureOutcome(undefined, [{ ...unavailable, path: undefined, kind: 'NETWORK' }], 'teams').state).toBe('unavailable');
  });
});
