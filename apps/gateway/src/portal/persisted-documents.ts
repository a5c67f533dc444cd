import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Apollo Server's automatic persisted queries keep documents under this prefix in the cache it is given. */
const APQ_PREFIX = 'apq:';
/** Documents other clients register by hash (APQ); the oldest give way first. */
const MAX_REGISTERED = 1_000;

/**
 * The cache behind automatic persisted queries: the portal's own operations by their SHA-256 (written by its
 * code generator into the build as persisted-documents.json), so the portal sends a hash instead of the document
 * from its first request on; documents that other clients register by hash are kept too, a bounded number of them.
 * A hash only ever names a document the server has seen in full, so nothing here widens what a caller may ask.
 */
export class PersistedDocuments {
  private readonly registered = new Map<string, string>();

  constructor(private readonly known: ReadonlyMap<string, string> = new Map()) {}

  /** The manifest the portal's build ships beside index.html, when there is one. */
  static ofPortal(directory: string | undefined): PersistedDocuments {
    const file = directory ? join(directory, 'persisted-documents.json') : undefined;
    if (!file || !existsSync(file)) return new PersistedDocuments();
    return new PersistedDocuments(new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)));
  }

  get size(): number {
    return this.known.size;
  }

  async get(key: string): Promise<string | undefined> {
    const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
    return this.known.get(hash) ?? this.registered.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.registered.delete(key);
    if (this.registered.size >= MAX_REGISTERED) this.registered.delete(this.registered.keys().next().value!);
    this.registered.set(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.registered.delete(key);
  }
}
