import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { type ObjectStore, objectStoreFromSettings } from '@buurtvolk/subgraph-kit';

// The stores themselves are shared with activities' photos (libs/subgraph-kit files/object-store).
export { FolderObjectStore, type ObjectStore, S3ObjectStore, type StoredObjectInfo } from '@buurtvolk/subgraph-kit';

/**
 * The receipt store from the environment: RECEIPT_STORE=folder (default; RECEIPT_STORE_DIR, or `receipts` in
 * BUURTVOLK_DATA_DIR) or RECEIPT_STORE=s3 (S3_BUCKET, S3_REGION, S3_ENDPOINT; see objectStoreFromSettings).
 */
export function objectStoreFromEnv(env: NodeJS.ProcessEnv = process.env, s3Options: Partial<S3ClientConfig> = {}): ObjectStore {
  return objectStoreFromSettings({ prefix: 'RECEIPT', folder: 'receipts' }, env, s3Options);
}

let configured: ObjectStore | undefined;

/** One store per process, made on first use so a misconfiguration fails the first receipt, not every other request. */
export function receiptStore(): ObjectStore {
  configured ??= objectStoreFromEnv();
  return configured;
}
