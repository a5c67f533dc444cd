import type { TeamMonthFigures } from './month-figures';
import { SummaryLanguage } from './month-summary.rules';

/** What the text and the share image say: the team's name (from the teams service), the month, figures, highlight. */
export interface SummaryContent {
  teamName: string;
  /** YYYY-MM. */
  month: string;
  figures: TeamMonthFigures;
  highlightNl: string;
  highlightEn: string | null;
}

const LOCALE: Record<SummaryLanguage, string> = { NL: 'nl-NL', EN: 'en-GB' };

/** "maart 2026" / "March 2026": the month as people say it. */
export function monthName(month: string, language: SummaryLanguage): string {
  const [year, number] = month.split('-').map(Number);
  // Noon UTC on the first stays on the first in every time zone.
  return new Intl.DateTimeFormat(LOCALE[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1, 12)),
  );
}

export function formatNumber(value: number, language: SummaryLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 }).format(value).replace(/\u00a0/g, ' ');
}

/** The figures as one line each, in the language asked. A hidden count of people is left out, never shown as 0. */
export function figureLines(figures: TeamMonthFigures, language: SummaryLanguage): string[] {
  const n = (value: number) => formatNumber(value, language);
  const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
  if (language === SummaryLanguage.EN) {
    return [
      `${plural(figures.approvedHours, 'volunteer hour', 'volunteer hours')}`,
      `${plural(figures.activitiesHeld, 'activity', 'activities')}`,
      `${plural(figures.residentsReached, 'resident reached', 'residents reached')}`,
      ...(figures.activeMembers === null ? [] : [plural(figures.activeMembers, 'active member', 'active members')]),
    ];
  }
  return [
    `${n(figures.approvedHours)} uur vrijwilligerswerk`,
    `${plural(figures.activitiesHeld, 'activiteit', 'activiteiten')}`,
    `${plural(figures.residentsReached, 'buurtbewoner bereikt', 'buurtbewoners bereikt')}`,
    ...(figures.activeMembers === null ? [] : [plural(figures.activeMembers, 'actief teamlid', 'actieve teamleden')]),
  ];
}

/** The highlight in the language asked; English falls back to the Dutch text when the coordinator wrote none. */
export function highlightIn(content: SummaryContent, language: SummaryLanguage): string {
  return language === SummaryLanguage.EN ? (content.highlightEn ?? content.highlightNl) : content.highlightNl;
}

/** The summary as plain text for a newsletter or a post: title, figures, highlight. */
export function summaryText(content: SummaryContent, language: SummaryLanguage = SummaryLanguage.NL): string {
  const title = `${content.teamName} in ${monthName(content.month, language)}`;
  const figures = figureLines(content.figures, language).map((line) => `- ${line}`);
  return [title, '', ...figures, '', highlightIn(content, language)].join('\n');
}
