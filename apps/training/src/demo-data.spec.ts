import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { trainingSubgraph } from './subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(trainingSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const count = async (sql: string) => Number((await subgraph.dataSource.query(sql))[0].n);

describe('demo history in the outbox', () => {
  it('holds, already published, a CertificateIssued for every seeded certificate, with the payload of the live code', async () => {
    const certificates = await count('SELECT count(*) AS n FROM certificates');
    expect(certificates).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM event_outbox WHERE type = 'CertificateIssued' AND published_at IS NOT NULL`)).toBe(
      certificates,
    );
    expect(await count('SELECT count(*) AS n FROM event_outbox WHERE published_at IS NULL')).toBe(0);

    const volunteerId = demoId('volunteer:feijenoord-01');
    const certificateId = demoId(`certificate:coordinator:${volunteerId}`);
    const [certificate] = await subgraph.dataSource.query(
      `SELECT to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn" FROM certificates WHERE id = $1`,
      [certificateId],
    );
    const [event] = await subgraph.dataSource.query(
      `SELECT payload, occurred_at AS "occurredAt" FROM event_outbox WHERE payload ->> 'certificateId' = $1`,
      [certificateId],
    );
    expect(event.payload).toEqual({
      certificateId,
      volunteerId,
      courseId: demoId('course:coordinator'),
      teamId: demoId('team:feijenoord'),
      neighbourhoodId: demoId('neighbourhood:feijenoord'),
      issuedOn: certificate.issuedOn,
    });
    expect(event.occurredAt.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })).toBe(certificate.issuedOn);
  });
});
