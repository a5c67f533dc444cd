import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { SNIFF_BYTES, sniffContentType } from './file-signatures';

/** An upload or download route's refusal: the HTTP status and the GraphQL-style code the portal reads. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SpoolRules<T extends string> {
  maxBytes: number;
  /** The accepted types; a file whose first bytes show another type (or none) is refused. */
  accepts: readonly T[];
  tooLarge(): Error;
  wrongType(): Error;
}

export interface SpooledUpload<T extends string> {
  path: string;
  size: number;
  sha256: string;
  contentType: T;
}

/**
 * Reads an upload's body once, in order: the first bytes decide the type, every byte goes through SHA-256 and into a
 * file in the system's temporary folder, and the count stops at the limit. Memory stays at one chunk whatever is
 * sent; refusing early leaves the rest of the body for the caller to discard, so the answer still reaches the sender.
 * The caller removes the file at `path` when done with it.
 */
export async function spoolUpload<T extends string>(req: IncomingMessage, rules: SpoolRules<T>): Promise<SpooledUpload<T>> {
  const path = join(tmpdir(), `buurtvolk-upload-${randomUUID()}`);
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  // A write still under way when a refusal destroys the stream ends in an error event: without a listener it would be
  // thrown out of the process (a body over the limit, sent in chunks, stopped the whole service). A failing disk
  // refuses the upload instead.
  let failed: Error | undefined;
  out.on('error', (error) => {
    failed ??= error;
  });
  const hash = createHash('sha256');
  const accepted = (head: Uint8Array) => {
    const type = sniffContentType(head) as T | null;
    return type && rules.accepts.includes(type) ? type : null;
  };
  let size = 0;
  let head = Buffer.alloc(0);
  let contentType: T | null = null;
  try {
    for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > rules.maxBytes) throw rules.tooLarge();
      if (head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        contentType = accepted(head);
        if (head.length >= SNIFF_BYTES && !contentType) throw rules.wrongType();
      }
      hash.update(chunk);
      if (failed) throw failed;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (!req.complete) throw new UploadRefusal(400, 'BAD_REQUEST', 'The upload was cut off');
    if (!contentType) throw rules.wrongType();
    out.end();
    await finished(out);
    return { path, size, sha256: hash.digest('hex'), contentType };
  } catch (error) {
    out.destroy();
    await rm(path, { force: true });
    throw error;
  }
}
