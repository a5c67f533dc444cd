import pino from 'pino';
import { request } from 'node:http';
import { createHttpApp, listen, readinessEndpoint, type RunningServer } from './http';
import { exitOnSignals, lifecycleOf } from './shutdown';

/** A service's HTTP side while it stops, and the deadline that ends the process whatever hangs. */
interface Answer {
  status: number;
  connection?: string;
  body: string;
}

function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { connection: 'keep-alive' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function serve(slowMs: number): Promise<RunningServer> {
  const app = createHttpApp();
  readinessEndpoint(app, async () => true);
  app.get('/slow', (_req, res) => {
    const timer = setTimeout(() => res.json({ done: true }), slowMs);
    res.on('close', () => clearTimeout(timer));
  });
  return listen(app, 0);
}

describe('draining a server', () => {
  it('lets the request in flight finish, then closes its connection, and refuses new connections', async () => {
    const running = await serve(400);
    const slow = get(running.port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const drained = running.drain(5_000);
    await expect(get(running.port, '/health/ready')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await slow).toEqual({ status: 200, connection: 'close', body: '{"done":true}' });
    expect(await drained).toBe(0);
  });

  it('cuts what is still running after the grace period', async () => {
    const running = await serve(5_000);
    const slow = get(running.port, '/slow').catch((error: NodeJS.ErrnoException) => error.code);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    expect(await running.drain(300)).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await slow).toBe('ECONNRESET');
  });

  it('answers 503 to a request that reaches it while stopping, and says it is not ready', async () => {
    const app = createHttpApp();
    readinessEndpoint(app, async () => true);
    app.get('/graphql', (_req, res) => res.json({ data: {} }));
    const running = await listen(app, 0);
    try {
      lifecycleOf(app).stopping = true;
      const refused = await get(running.port, '/graphql');
      expect(refused).toMatchObject({ status: 503, connection: 'close' });
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(await get(running.port, '/health/ready')).toMatchObject({ status: 503, body: '{"status":"stopping"}' });
      expect(await get(running.port, '/health/live')).toMatchObject({ status: 200 });
    } finally {
      await running.drain(0);
    }
  });
});

describe('exitOnSignals', () => {
  let exit: jest.SpyInstance;
  let listeners: Map<string, NodeJS.SignalsListener[]>;
  const logged: { msg: string; [key: string]: unknown }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) });

  beforeEach(() => {
    logged.length = 0;
    listeners = new Map((['SIGTERM', 'SIGINT'] as const).map((signal) => [signal, process.listeners(signal)]));
    exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  });

  afterEach(() => {
    exit.mockRestore();
    for (const [signal, before] of listeners)
      for (const listener of process.listeners(signal as NodeJS.Signals))
        if (!before.includes(listener)) process.removeListener(signal, listener);
  });

  async function exitCode(): Promise<number> {
    for (let waited = 0; waited < 5_000 && exit.mock.calls.length === 0; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return exit.mock.calls[0]?.[0];
  }

  it('exits 0 once every step has stopped', async () => {
    const stopped: string[] = [];
    exitOnSignals(
      async (step) => {
        await step('events', async () => void stopped.push('events'));
        await step('database pool', async () => void stopped.push('database pool'));
      },
      logger,
      { deadlineMs: 2_000, drainMs: 100 },
    );
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exitCode()).toBe(0);
    expect(stopped).toEqual(['events', 'database pool']);
    expect(logged.map((line) => line.msg)).toContain('shutdown complete');
  });

  it('goes on without a step that overruns its own time, and exits 1', async () => {
    exitOnSignals(
      async (step) => {
        await step('events', () => new Promise(() => {}), 100);
        await step('database pool', async () => {});
      },
      logger,
      { deadlineMs: 2_000, drainMs: 100 },
    );
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exitCode()).toBe(1);
    expect(logged).toContainEqual(expect.objectContaining({ step: 'events', msg: 'did not stop in time; going on without it' }));
    expect(logged).toContainEqual(expect.objectContaining({ step: 'database pool', msg: 'stopped' }));
  });

  it('exits at the deadline whatever hangs, naming what did not stop', async () => {
    const started = Date.now();
    exitOnSignals(
      async (step) => {
        await step('database pool', () => new Promise(() => {}));
      },
      logger,
      { deadlineMs: 300, drainMs: 100 },
    );
    process.emit('SIGINT', 'SIGINT');
    expect(await exitCode()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(logged).toContainEqual(
      expect.objectContaining({ unfinished: ['database pool'], msg: 'shutdown deadline passed; exiting with work unfinished' }),
    );
  });
});
