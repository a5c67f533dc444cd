import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger } from './logger';

describe('logs', () => {
  it('leave out the values of a failed statement and the key PostgreSQL quotes', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "payees_iban"'), {
      detail: 'Key (iban)=(NL91ABNA0417164300) already exists.',
    });
    const failure = new QueryFailedError(
      'INSERT INTO payees (email, iban) VALUES ($1, $2)',
      ['jan@example.nl', 'NL91ABNA0417164300'],
      driverError,
    );
    createLogger('test', 'info', sink as never).error({ err: failure }, 'unexpected error');
    const [line] = lines;
    expect(line).toContain('INSERT INTO payees');
    expect(line).not.toMatch(/NL91ABNA|jan@example/);
    expect(JSON.parse(line).err.parameters).toBe('[redacted]');
  });
});
