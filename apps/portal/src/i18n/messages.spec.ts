import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_IDS } from '../api/problems';

const MESSAGES_DIR = join(__dirname, '..', 'messages');
const SOURCE_DIR = join(__dirname, '..');

function read(language: string): Map<string, Record<string, string>> {
  const dir = join(MESSAGES_DIR, language);
  return new Map(readdirSync(dir).map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The names of a message's arguments, also those inside plural and select branches. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

describe('the portal speaks Dutch and English completely', () => {
  const nl = read('nl');
  const en = read('en');

  it('has the same files and, in each, the same keys in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const [file, dutch] of nl) {
      expect({ file, keys: Object.keys(en.get(file) ?? {}).sort() }).toEqual({ file, keys: Object.keys(dutch).sort() });
    }
  });

  it('names each key after its file, and gives every text', () => {
    for (const language of [nl, en]) {
      for (const [file, messages] of language) {
        for (const [key, text] of Object.entries(messages)) {
          expect(`${key}`.startsWith(`${file.replace(/\.json$/, '')}.`) ? key : `${key} is not under ${file}`).toBe(key);
          expect(text.trim() ? key : `${key} is empty`).toBe(key);
        }
      }
    }
  });

  it('writes every message as valid ICU with the same placeholders in both languages', () => {
    for (const [file, dutch] of nl) {
      for (const [key, text] of Object.entries(dutch)) {
        expect({ key, placeholders: placeholders(en.get(file)?.[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
      }
    }
  });

  it('has a text for every message id the code uses', () => {
    const known = new Set([...nl.values()].flatMap((messages) => Object.keys(messages)));
    const used = new Set<string>(Object.values(MESSAGE_IDS));
    for (const file of sourceFiles(SOURCE_DIR)) {
      for (const match of readFileSync(file, 'utf8').matchAll(
        /\b(?:id|messageId|labelId|titleId)[=:]\s*['"{`]*['"`]([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9]+)+)['"`]/g,
      ))
        used.add(match[1]);
    }
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
  });
});
