import { type Theme, themeLabel } from '@buurtvolk/domain';
import type { EventType } from '@buurtvolk/events';
import { MessageKind, MessageLanguage } from './message-kind';

/** The events that become a message, and the kind a person turns on or off for each. */
export const TEMPLATE_KINDS = {
  HoursApproved: MessageKind.HOURS,
  HoursApprovalRevoked: MessageKind.HOURS,
  HoursRejected: MessageKind.HOURS,
  EnrolmentPromoted: MessageKind.COURSE_PLACE,
  ExpenseClaimApproved: MessageKind.CLAIMS,
  ExpenseClaimReturned: MessageKind.CLAIMS,
  PaymentMade: MessageKind.PAYMENTS,
  PaymentFailed: MessageKind.PAYMENTS,
  CheckDue: MessageKind.CHECKS_DUE,
  NeighbourhoodRequestAnswered: MessageKind.REQUEST_ANSWER,
} as const satisfies { [K in EventType]?: MessageKind };

export type Template = keyof typeof TEMPLATE_KINDS;

/**
 * What a message may say: the recipient's own figures from the event (a date, minutes, a theme, an amount, a status),
 * never a name or another person's data. Texts that a person wrote (a reason) stay in the portal, with two exceptions
 * that are the answer the recipient needs: why their hours were rejected (what to correct), and why a request for a
 * team was declined (its requester has no portal).
 */
export interface MessageFacts {
  date?: string;
  minutes?: number;
  theme?: string;
  amountCents?: number;
  status?: string;
  /** CheckDue: WELLBEING or LONELINESS. */
  check?: string;
  /** HoursRejected: the coordinator's reason; NeighbourhoodRequestAnswered, DECLINED: the foundation's reason. */
  reason?: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

const LOCALE = { [MessageLanguage.NL]: 'nl-NL', [MessageLanguage.EN]: 'en-GB' } as const;

function formatDate(date: string, language: MessageLanguage): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function formatMoney(cents: number, language: MessageLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

function formatDuration(minutes: number, language: MessageLanguage): string {
  const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
  const nl = language === MessageLanguage.NL;
  const parts = [];
  if (hours) parts.push(nl ? `${hours} uur` : `${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest || !hours) parts.push(nl ? `${rest} minuten` : `${rest} minutes`);
  return parts.join(nl ? ' en ' : ' and ');
}

function themeName(theme: string | undefined, language: MessageLanguage): string {
  if (!theme) return '';
  try {
    const label = themeLabel(theme as Theme);
    return language === MessageLanguage.NL ? label.labelNl : label.labelEn;
  } catch {
    return theme;
  }
}

/** The portal's address (PORTAL_URL; in development the gateway serves it), for links in messages. */
export function portalUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PORTAL_URL || 'http://localhost:4000').replace(/\/$/, '');
}

/** Where a person fills in a due check themselves in the portal (the page "Vragenlijsten"). */
export const CHECKS_PATH = '/vragenlijsten';

const CHECK_NAMES: Record<string, Record<MessageLanguage, { name: string; every: string }>> = {
  WELLBEING: {
    NL: { name: 'welzijnscheck', every: 'elk half jaar' },
    EN: { name: 'wellbeing check', every: 'every six months' },
  },
  LONELINESS: {
    NL: { name: 'vragenlijst over eenzaamheid (De Jong Gierveld)', every: 'elk jaar' },
    EN: { name: 'loneliness questionnaire (De Jong Gierveld)', every: 'every year' },
  },
};

function checkName(check: string | undefined, language: MessageLanguage) {
  return CHECK_NAMES[check ?? '']?.[language] ?? { name: language === MessageLanguage.NL ? 'vragenlijst' : 'questionnaire', every: '' };
}

const REQUEST_STATUS: Record<string, Record<MessageLanguage, string>> = {
  IN_CONVERSATION: {
    NL: 'We nemen contact met u op om uw aanvraag te bespreken.',
    EN: 'We will contact you to talk about your request.',
  },
  SCAN_PLANNED: {
    NL: 'We gaan de buurt eerst verkennen (een buurtscan) en laten u daarna weten wat we besluiten.',
    EN: 'We will first look at the neighbourhood (a neighbourhood scan) and then let you know what we decide.',
  },
  DECLINED: {
    NL: 'We starten helaas geen team in uw buurt.',
    EN: 'Unfortunately we will not start a team in your neighbourhood.',
  },
  BECAME_TEAM: {
    NL: 'Goed nieuws: er komt een Buurtvolk-team in uw buurt.',
    EN: 'Good news: a Buurtvolk team is starting in your neighbourhood.',
  },
};

const FOOTER = {
  [MessageLanguage.NL]:
    'Met vriendelijke groet,\nBuurtvolk\n\nJe krijgt dit bericht omdat het over jou gaat. In het portaal kies je welke berichten je krijgt en in welke taal.',
  [MessageLanguage.EN]:
    'Kind regards,\nBuurtvolk\n\nYou get this message because it concerns you. In the portal you choose which messages you get, and in which language.',
};

type Body = (facts: MessageFacts, language: MessageLanguage, portal: string) => { subject: string; lines: string[]; footer?: string };

/** Requesters are not platform users and chose nothing in a portal: they get the answer to what they asked, formally. */
const REQUEST_FOOTER = {
  [MessageLanguage.NL]:
    'Met vriendelijke groet,\nStichting Buurtvolk\n\nU krijgt dit bericht omdat u een team voor uw buurt hebt aangevraagd. Uw contactgegevens bewaren we tot twaalf maanden nadat uw aanvraag is afgesloten.',
  [MessageLanguage.EN]:
    'Kind regards,\nStichting Buurtvolk\n\nYou get this message because you asked for a team in your neighbourhood. We keep your contact details until twelve months after your request is closed.',
};

const TEMPLATES: Record<Template, Record<MessageLanguage, Body>> = {
  HoursApproved: {
    NL: (f, l) => ({
      subject: 'Je uren zijn goedgekeurd',
      lines: [
        `Je uren van ${formatDate(f.date!, l)} (${formatDuration(f.minutes ?? 0, l)}, ${themeName(f.theme, l)}) zijn goedgekeurd.`,
        'Dank je wel voor je inzet!',
      ],
    }),
    EN: (f, l) => ({
      subject: 'Your hours have been approved',
      lines: [
        `Your hours of ${formatDate(f.date!, l)} (${formatDuration(f.minutes ?? 0, l)}, ${themeName(f.theme, l)}) have been approved.`,
        'Thank you for your work!',
      ],
    }),
  },
  HoursApprovalRevoked: {
    NL: (f, l) => ({
      subject: 'De goedkeuring van je uren is ingetrokken',
      lines: [
        `De goedkeuring van je uren van ${formatDate(f.date!, l)} (${formatDuration(f.minutes ?? 0, l)}) is ingetrokken.`,
        'In het portaal zie je je uren; vraag je coördinator als je wilt weten waarom.',
      ],
    }),
    EN: (f, l) => ({
      subject: 'The approval of your hours has been withdrawn',
      lines: [
        `The approval of your hours of ${formatDate(f.date!, l)} (${formatDuration(f.minutes ?? 0, l)}) has been withdrawn.`,
        'The portal shows your hours; ask your coordinator if you want to know why.',
      ],
    }),
  },
  HoursRejected: {
    NL: (f, l) => ({
      subject: 'Je uren zijn niet goedgekeurd',
      lines: [
        `Je uren van ${formatDate(f.date!, l)} (${formatDuration(f.minutes ?? 0, l)}, ${themeName(f.theme, l)}) zijn niet goedgekeurd.`,
        `De reden van je coördinator: ${f.reason}`,
        'Pas je uren aan in het portaal en dien ze opnieuw in.',
      ],
    }),
    EN: (f, l) => ({
      subject: 'Your hours have not been approved',
      lines: [
        `Your hours of ${formatDate(f.date!, l)} (${formatDuration(f.minutes ?? 0, l)}, ${themeName(f.theme, l)}) have not been approved.`,
        `Your coordinator's reason: ${f.reason}`,
        'Correct your hours in the portal and submit them again.',
      ],
    }),
  },
  EnrolmentPromoted: {
    NL: () => ({
      subject: 'Er is een plek vrij in je cursus',
      lines: [
        'Er is een plek vrijgekomen in een cursus waarvoor je op de wachtlijst stond: je bent nu ingeschreven.',
        'In het portaal zie je de cursus en de data.',
      ],
    }),
    EN: () => ({
      subject: 'A place in your course has become free',
      lines: [
        'A place has become free in a course whose waiting list you were on: you are now enrolled.',
        'The portal shows the course and its dates.',
      ],
    }),
  },
  ExpenseClaimApproved: {
    NL: (f, l) => ({
      subject: 'Je declaratie is goedgekeurd',
      lines: [`Je declaratie van ${formatMoney(f.amountCents ?? 0, l)} is goedgekeurd. Het bedrag gaat mee in de volgende betaalronde.`],
    }),
    EN: (f, l) => ({
      subject: 'Your expense claim has been approved',
      lines: [`Your expense claim of ${formatMoney(f.amountCents ?? 0, l)} has been approved. It will be paid in the next payment run.`],
    }),
  },
  ExpenseClaimReturned: {
    NL: (f, l) => ({
      subject: f.status === 'REJECTED' ? 'Je declaratie is afgewezen' : 'Je declaratie is teruggestuurd',
      lines: [
        f.status === 'REJECTED'
          ? `Je declaratie van ${formatMoney(f.amountCents ?? 0, l)} is afgewezen.`
          : `Je declaratie van ${formatMoney(f.amountCents ?? 0, l)} is teruggestuurd: er ontbreekt nog iets.`,
        'De reden staat bij je declaratie in het portaal.',
      ],
    }),
    EN: (f, l) => ({
      subject: f.status === 'REJECTED' ? 'Your expense claim has been rejected' : 'Your expense claim has been sent back',
      lines: [
        f.status === 'REJECTED'
          ? `Your expense claim of ${formatMoney(f.amountCents ?? 0, l)} has been rejected.`
          : `Your expense claim of ${formatMoney(f.amountCents ?? 0, l)} has been sent back: something is missing.`,
        'The reason is shown with your claim in the portal.',
      ],
    }),
  },
  PaymentMade: {
    NL: (f, l) => ({
      subject: 'We hebben je betaald',
      lines: [`We hebben ${formatMoney(f.amountCents ?? 0, l)} naar je rekening overgemaakt.`],
    }),
    EN: (f, l) => ({ subject: 'We have paid you', lines: [`We have transferred ${formatMoney(f.amountCents ?? 0, l)} to your account.`] }),
  },
  PaymentFailed: {
    NL: (f, l) => ({
      subject: 'Een betaling aan je is niet gelukt',
      lines: [
        `Een betaling van ${formatMoney(f.amountCents ?? 0, l)} aan je is niet gelukt. We betalen het bedrag in een volgende betaalronde.`,
        'Kijk in het portaal of je rekeningnummer klopt.',
      ],
    }),
    EN: (f, l) => ({
      subject: 'A payment to you did not go through',
      lines: [
        `A payment of ${formatMoney(f.amountCents ?? 0, l)} to you did not go through. We will pay it in a later payment run.`,
        'Please check your account number in the portal.',
      ],
    }),
  },
  CheckDue: {
    NL: (f, l, portal) => {
      const check = checkName(f.check, l);
      return {
        subject: `Tijd voor je ${check.name}`,
        lines: [
          `Je hebt ingestemd met de ${check.name}, die je ${check.every} invult. Vanaf ${formatDate(f.date!, l)} is het weer tijd.`,
          `Je vult hem in het portaal in, op de pagina Vragenlijsten: ${portal}${CHECKS_PATH}`,
          'Liever samen? Vraag je coördinator. Je antwoorden ziet alleen jij, je coördinator en de stichting.',
        ],
      };
    },
    EN: (f, l, portal) => {
      const check = checkName(f.check, l);
      return {
        subject: `Time for your ${check.name}`,
        lines: [
          `You agreed to the ${check.name}, which you fill in ${check.every}. From ${formatDate(f.date!, l)} it is due again.`,
          `You fill it in in the portal, on the page Questionnaires: ${portal}${CHECKS_PATH}`,
          'Rather do it together? Ask your coordinator. Only you, your coordinator and the foundation see your answers.',
        ],
      };
    },
  },
  NeighbourhoodRequestAnswered: {
    NL: (f) => ({
      subject: 'Uw aanvraag voor een buurtteam',
      lines: [
        'Dank u wel voor uw aanvraag voor een Buurtvolk-team in uw buurt.',
        REQUEST_STATUS[f.status ?? '']?.NL ?? 'De stand van uw aanvraag is gewijzigd.',
        ...(f.status === 'DECLINED' && f.reason ? [`De reden: ${f.reason}`] : []),
      ],
      footer: REQUEST_FOOTER.NL,
    }),
    EN: (f) => ({
      subject: 'Your request for a neighbourhood team',
      lines: [
        'Thank you for asking for a Buurtvolk team in your neighbourhood.',
        REQUEST_STATUS[f.status ?? '']?.EN ?? 'The status of your request has changed.',
        ...(f.status === 'DECLINED' && f.reason ? [`The reason: ${f.reason}`] : []),
      ],
      footer: REQUEST_FOOTER.EN,
    }),
  },
};

/** The subject and text of a message in the person's language. */
export function renderMessage(
  template: Template,
  facts: MessageFacts,
  language: MessageLanguage,
  env: NodeJS.ProcessEnv = process.env,
): RenderedMessage {
  const { subject, lines, footer } = TEMPLATES[template][language](facts, language, portalUrl(env));
  const greeting =
    template === 'NeighbourhoodRequestAnswered'
      ? language === MessageLanguage.NL
        ? 'Geachte aanvrager,'
        : 'Dear requester,'
      : language === MessageLanguage.NL
        ? 'Hallo,'
        : 'Hello,';
  return { subject, text: [greeting, '', ...lines.flatMap((line) => [line, '']), footer ?? FOOTER[language]].join('\n') };
}

export function isTemplate(template: string): template is Template {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_KINDS, template);
}

/** Sending tries at most this many times before the message becomes a dead letter (MESSAGES_MAX_ATTEMPTS). */
export function maxAttempts(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MESSAGES_MAX_ATTEMPTS);
  return Number.isInteger(value) && value > 0 ? value : 6;
}

/** The wait before the next try after `attempts` failures: 1, 2, 4, … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number, baseMs = 60_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** An SMTP error as kept for admins: without any e-mail address it may quote, and short. */
export function safeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>').slice(0, 500);
}
