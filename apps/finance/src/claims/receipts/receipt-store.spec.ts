import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FolderObjectStore, objectStoreFromEnv, S3ObjectStore } from './receipt-store';

const bytes = Buffer.from('%PDF-1.7\nbon van de Albert Heijn\n');
const info = { size: bytes.length, contentType: 'application/pdf', sha256: createHash('sha256').update(bytes).digest('hex') };
const read = async (stream: Readable) => Buffer.concat(await stream.toArray());

describe('the folder receipt store', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'receipts-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('puts, gets and deletes a file by key, leaving no partial files behind', async () => {
    const store = new FolderObjectStore(root);
    await store.put('receipts/claim-1/item-1/upload-1', Readable.from([bytes]), info);
    expect(await readFile(join(root, 'receipts', 'claim-1', 'item-1', 'upload-1'))).toEqual(bytes);
    expect(await readdir(join(root, 'receipts', 'claim-1', 'item-1'))).toEqual(['upload-1']);
    expect(await read((await store.get('receipts/claim-1/item-1/upload-1'))!)).toEqual(bytes);
    await store.delete('receipts/claim-1/item-1/upload-1');
    expect(await store.get('receipts/claim-1/item-1/upload-1')).toBeNull();
    await expect(store.delete('receipts/claim-1/item-1/upload-1')).resolves.toBeUndefined();
  });

  it('refuses keys that could leave its folder', async () => {
    const store = new FolderObjectStore(root);
    await expect(store.put('../outside', Readable.from([bytes]), info)).rejects.toThrow('Not an object store key');
    await expect(store.get('receipts/../../etc/passwd')).rejects.toThrow('Not an object store key');
    await expect(store.delete('/etc/passwd')).rejects.toThrow('Not an object store key');
  });

  it('removes what a failed write left', async () => {
    const store = new FolderObjectStore(root);
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(store.put('receipts/c/i/u', failing, info)).rejects.toThrow('connection lost');
    expect(await readdir(join(root, 'receipts', 'c', 'i'))).toEqual([]);
  });

  it('is the default, in the data directory npm start uses', () => {
    const store = objectStoreFromEnv({ BUURTVOLK_DATA_DIR: '/srv/buurtvolk' });
    expect(store).toBeInstanceOf(FolderObjectStore);
    expect((store as FolderObjectStore).root).toBe(join('/srv/buurtvolk', 'receipts'));
    expect((objectStoreFromEnv({ RECEIPT_STORE_DIR: '/mnt/bonnen' }) as FolderObjectStore).root).toBe('/mnt/bonnen');
  });
});

describe('the S3-compatible receipt store', () => {
  /** The SDK's own request building and signing, with the last step (the network) replaced by a recorder. */
  function recordingStore(env: NodeJS.ProcessEnv) {
    const sent: { method: string; hostname: string; path: string; headers: Record<string, string>; body: Buffer }[] = [];
    const store = objectStoreFromEnv(env, {
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      requestHandler: {
        handle: async (request: { method: string; hostname: string; path: string; headers: Record<string, string>; body?: unknown }) => {
          const body = request.body instanceof Readable ? await read(request.body) : Buffer.from((request.body as string) ?? '');
          sent.push({ method: request.method, hostname: request.hostname, path: request.path, headers: request.headers, body });
          const answer = request.method === 'GET' ? Readable.from([bytes]) : Readable.from([]);
          return { response: { statusCode: request.method === 'DELETE' ? 204 : 200, headers: {}, body: answer } };
        },
      } as never,
    });
    return { store, sent };
  }

  it('puts with the length, type and the server’s SHA-256 for the store to check, path-style for MinIO', async () => {
    const { store, sent } = recordingStore({
      RECEIPT_STORE: 's3',
      S3_BUCKET: 'bonnen',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_REGION: 'us-east-1',
    });
    expect(store).toBeInstanceOf(S3ObjectStore);
    await store.put('receipts/c/i/u', Readable.from([bytes]), info);
    expect(sent).toHaveLength(1);
    const [put] = sent;
    expect(put).toMatchObject({ method: 'PUT', hostname: 'minio.internal', path: '/bonnen/receipts/c/i/u' });
    expect(put.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'x-amz-checksum-sha256': Buffer.from(info.sha256, 'hex').toString('base64'),
    });
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/s3\/aws4_request/);
    expect(put.body).toEqual(bytes);
  });

  it('gets and deletes by key, virtual-hosted on AWS itself', async () => {
    const { store, sent } = recordingStore({ RECEIPT_STORE: 's3', S3_BUCKET: 'bonnen', S3_REGION: 'eu-central-1' });
    expect(await read((await store.get('receipts/c/i/u'))!)).toEqual(bytes);
    await store.delete('receipts/c/i/u');
    expect(sent.map(({ method, hostname, path }) => ({ method, hostname, path }))).toEqual([
      { method: 'GET', hostname: 'bonnen.s3.eu-central-1.amazonaws.com', path: '/receipts/c/i/u' },
      { method: 'DELETE', hostname: 'bonnen.s3.eu-central-1.amazonaws.com', path: '/receipts/c/i/u' },
    ]);
  });

  it('needs a bucket, and a known kind of store', () => {
    expect(() => objectStoreFromEnv({ RECEIPT_STORE: 's3' })).toThrow('RECEIPT_STORE=s3 needs S3_BUCKET');
    expect(() => objectStoreFromEnv({ RECEIPT_STORE: 'ftp' })).toThrow('RECEIPT_STORE must be "folder" or "s3"');
  });
});
