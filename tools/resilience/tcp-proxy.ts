import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP proxy in front of a server (PostgreSQL in the tests) that can make it look down — connections cut, new ones
 * refused — or frozen — connections open but nothing moves, as with a hung server or a dropped network — and bring
 * it back, without touching the server itself, which other tests share.
 */
export class TcpProxy {
  private readonly pairs = new Set<{ client: Socket; upstream?: Socket }>();
  private server: Server | undefined;
  private frozen = false;

  private constructor(
    private readonly target: { host: string; port: number },
    public port: number,
  ) {}

  static async start(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
    const proxy = new TcpProxy(target, port);
    await proxy.listen();
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

  /** Cuts every connection and refuses new ones, as a stopped server does. */
  async down(): Promise<void> {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    this.server = undefined;
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    this.pairs.clear();
    await closed;
  }

  async up(): Promise<void> {
    if (!this.server) await this.listen();
  }

  /** Nothing moves in either direction; new connections are taken but not answered. */
  freeze(): void {
    this.frozen = true;
    // Unpiped as well as paused: a pipe resumes its source when the destination drains.
    for (const { client, upstream } of this.pairs) {
      if (upstream) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        upstream.pause();
      }
      client.pause();
    }
  }

  thaw(): void {
    this.frozen = false;
    for (const pair of this.pairs) {
      if (!pair.upstream) this.connectUpstream(pair);
      else this.pipe(pair.client, pair.upstream);
    }
  }

  async close(): Promise<void> {
    await this.down();
  }

  private async listen(): Promise<void> {
    const server = createServer((client) => {
      const pair: { client: Socket; upstream?: Socket } = { client };
      this.pairs.add(pair);
      client.on('error', () => pair.upstream?.destroy());
      client.on('close', () => {
        pair.upstream?.destroy();
        this.pairs.delete(pair);
      });
      if (this.frozen) client.pause();
      else this.connectUpstream(pair);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  private connectUpstream(pair: { client: Socket; upstream?: Socket }): void {
    const upstream = connect(this.target.port, this.target.host);
    pair.upstream = upstream;
    upstream.on('error', () => pair.client.destroy());
    upstream.on('close', () => pair.client.destroy());
    this.pipe(pair.client, upstream);
  }

  private pipe(client: Socket, upstream: Socket): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
