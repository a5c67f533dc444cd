import type { Language } from '../format/format';

/**
 * Every text the portal shows, from the JSON files under messages/<language>/ (one file per part of the portal,
 * each key starting with the file's name). Dutch is the default; English is complete (a test checks both ways).
 */
const files = {
  nl: import.meta.glob<Record<string, string>>('../messages/nl/*.json', { eager: true, import: 'default' }),
  en: import.meta.glob<Record<string, string>>('../messages/en/*.json', { eager: true, import: 'default' }),
};

export const MESSAGES: Record<Language, Record<string, string>> = {
  nl: Object.assign({}, ...Object.values(files.nl)),
  en: Object.assign({}, ...Object.values(files.en)),
};
