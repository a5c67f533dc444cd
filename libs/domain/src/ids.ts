import { v5 as uuidv5, validate, version } from 'uuid';

/** Namespace for deterministic ids of demo and benchmark data, so each service seeds alone and references still meet. */
const BUURTVOLK_NAMESPACE = '6f1c1f1e-3b7a-5d6e-9a51-6e2b0c3d4f70';

/** A stable UUID for a readable key such as `team:feijenoord`. */
export function demoId(key: string): string {
  return uuidv5(key, BUURTVOLK_NAMESPACE);
}

export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}
