import type { AddressInfo } from 'node:net';
import { createHttpApp, listen, listenHost } from './http';

describe('where a service listens', () => {
  it('on this machine only while it runs on the development keys, on every interface otherwise, or where LISTEN_HOST says', () => {
    expect(listenHost({ NODE_ENV: 'development' })).toBe('127.0.0.1');
    expect(listenHost({ NODE_ENV: 'test' })).toBe('127.0.0.1');
    expect(listenHost({ NODE_ENV: 'production' })).toBeUndefined();
    expect(listenHost({ NODE_ENV: 'development', LISTEN_HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });

  it('is not reachable from other machines in tests', async () => {
    const running = await listen(createHttpApp(), 0);
    try {
      expect((running.server.address() as AddressInfo).address).toBe('127.0.0.1');
      expect((await fetch(running.url.replace('/graphql', '/health/live'))).status).toBe(200);
    } finally {
      await running.drain(100);
    }
  });
});
