import { join } from 'node:path';

/** Where `npm start` keeps its data and runs its embedded PostgreSQL; the seed and impact tools find it there. */
export const ROOT = join(__dirname, '..');
export const DATA_DIR = process.env.BUURTVOLK_DATA_DIR ?? join(ROOT, '.data');
export const EMBEDDED_DATA_DIR = join(DATA_DIR, 'postgres');
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
