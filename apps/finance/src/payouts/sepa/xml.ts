/** Reading the tree fast-xml-parser makes of an ISO 20022 message: absent or unexpected shapes read as nothing. */
export type XmlObject = { [name: string]: unknown };

function isObject(value: unknown): value is XmlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function element(parent: unknown, name: string): XmlObject | undefined {
  const value = isObject(parent) ? parent[name] : undefined;
  return isObject(value) ? value : undefined;
}

export function elements(parent: unknown, name: string): XmlObject[] {
  const value = isObject(parent) ? parent[name] : undefined;
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function texts(parent: unknown, name: string): string[] {
  const value = isObject(parent) ? parent[name] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

export function text(parent: unknown, name: string): string | undefined {
  const value = isObject(parent) ? parent[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
