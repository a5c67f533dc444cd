import { todayInAmsterdam } from '@buurtvolk/domain';
import { badUserInput } from '@buurtvolk/subgraph-kit';

/** A highlight is a short paragraph for a newsletter or social media post, in Dutch and optionally English. */
export const HIGHLIGHT_MAX_LENGTH = 600;
export const CAPTION_MAX_LENGTH = 200;
/** Enough to choose from; the share image shows the first two that may be shown. */
export const MAX_PHOTOS_PER_SUMMARY = 6;
export const MAX_PEOPLE_PER_PHOTO = 30;
export const PHOTOS_IN_SHARE_IMAGE = 2;
/** A phone photo resized for the web is well under this; the gateway stops larger bodies too. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoContentType = (typeof ACCEPTED_PHOTO_TYPES)[number];
export const PHOTO_UPLOAD_URL_MINUTES = 10;
export const PHOTO_VIEW_URL_MINUTES = 15;

export enum SummaryStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum SummaryLanguage {
  NL = 'NL',
  EN = 'EN',
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A calendar month (Europe/Amsterdam) as `YYYY-MM` → its first day. A summary is about a month that has begun: the
 * current month may be drafted while it runs, a future one not.
 */
export function monthStart(month: string, field = 'month'): string {
  if (!MONTH.test(month)) throw badUserInput('A month is written YYYY-MM, e.g. 2026-03', [{ field, message: 'must be YYYY-MM' }]);
  const first = `${month}-01`;
  if (first > todayInAmsterdam())
    throw badUserInput('A month that has not begun has no summary yet', [{ field, message: 'must not be in the future' }]);
  return first;
}

/** `YYYY-MM` of a first-of-month date. */
export function monthOf(firstDay: string): string {
  return firstDay.slice(0, 7);
}

/** Trimmed highlight text; empty optional text is no text. */
export function checkedText(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    if (required) throw badUserInput(`${field} is required`, [{ field, message: 'must not be empty' }]);
    return null;
  }
  if (text.length > max)
    throw badUserInput(`${field} is at most ${max} characters`, [{ field, message: `must be at most ${max} characters` }]);
  return text;
}

/** The people shown in one photo: distinct, at most 30. */
export function checkedPeople(volunteerIds: readonly string[]): string[] {
  const people = [...new Set(volunteerIds)];
  if (people.length > MAX_PEOPLE_PER_PHOTO)
    throw badUserInput(`A photo names at most ${MAX_PEOPLE_PER_PHOTO} people`, [
      { field: 'volunteerIds', message: `must name at most ${MAX_PEOPLE_PER_PHOTO} people` },
    ]);
  return people;
}
