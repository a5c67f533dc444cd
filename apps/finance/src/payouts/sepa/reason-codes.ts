/**
 * ISO 20022 reason codes that the EPC's SEPA Credit Transfer rulebook allows in R-transactions — rejects, returns,
 * recalls and their answers (ExternalStatusReason1Code in pain.002, ExternalReturnReason1Code in RtrInf/Rsn on a
 * statement) — in words an administrator can act on without looking the code up, in English and Dutch. The portal shows
 * the same texts from its own message files (payouts.reason.<code>).
 */
export type ReasonLanguage = 'en' | 'nl';

const REASONS: ReadonlyMap<string, Readonly<Record<ReasonLanguage, string>>> = new Map([
  ['AB05', { en: 'Timeout at the beneficiary’s bank', nl: 'De bank van de ontvanger antwoordde niet op tijd' }],
  ['AB06', { en: 'Timeout at the instructed bank', nl: 'De bank die moest betalen antwoordde niet op tijd' }],
  ['AB07', { en: 'A bank in the chain is offline', nl: 'Een bank onderweg was niet bereikbaar' }],
  ['AB08', { en: 'The beneficiary’s bank is offline', nl: 'De bank van de ontvanger was niet bereikbaar' }],
  ['AB09', { en: 'Error at the beneficiary’s bank', nl: 'Fout bij de bank van de ontvanger' }],
  ['AB10', { en: 'Error at the instructed bank', nl: 'Fout bij de bank die moest betalen' }],
  ['AC01', { en: 'Account number is incorrect', nl: 'Rekeningnummer klopt niet' }],
  ['AC03', { en: 'Creditor account number is invalid or missing', nl: 'Rekeningnummer van de ontvanger ontbreekt of klopt niet' }],
  ['AC04', { en: 'Account is closed', nl: 'Rekening is opgeheven' }],
  ['AC06', { en: 'Account is blocked', nl: 'Rekening is geblokkeerd' }],
  ['AG01', { en: 'Transaction is forbidden on this type of account', nl: 'Op dit soort rekening kan niet worden betaald' }],
  ['AG02', { en: 'Invalid bank operation code', nl: 'De bank kent deze soort opdracht niet' }],
  ['AM04', { en: 'Insufficient funds', nl: 'Onvoldoende saldo' }],
  ['AM05', { en: 'Duplicate payment', nl: 'Deze betaling is dubbel' }],
  ['AM09', { en: 'Wrong amount', nl: 'Verkeerd bedrag' }],
  ['ARDT', { en: 'Already returned', nl: 'Al eerder teruggestuurd' }],
  ['BE04', { en: 'Creditor address is missing or incorrect', nl: 'Adres van de ontvanger ontbreekt of klopt niet' }],
  [
    'CNOR',
    {
      en: 'Creditor bank is not registered for SEPA credit transfers',
      nl: 'De bank van de ontvanger doet niet mee aan SEPA-overboekingen',
    },
  ],
  ['CUST', { en: 'Requested by the customer', nl: 'Op verzoek van de klant' }],
  [
    'DNOR',
    { en: 'Debtor bank is not registered for SEPA credit transfers', nl: 'De bank van de betaler doet niet mee aan SEPA-overboekingen' },
  ],
  ['DUPL', { en: 'Payment is a duplicate', nl: 'De betaling is dubbel verstuurd' }],
  ['ERIN', { en: 'The optional service is not supported', nl: 'De extra dienst wordt niet ondersteund' }],
  ['FF01', { en: 'File or transaction format is invalid', nl: 'Het bestand klopt niet' }],
  ['FOCR', { en: 'Returned after a request to cancel', nl: 'Teruggestuurd na een verzoek om terugbetaling' }],
  ['FRAD', { en: 'Fraudulent origin', nl: 'Vermoeden van fraude' }],
  ['LEGL', { en: 'Legal decision', nl: 'Wettelijke beslissing' }],
  ['MD07', { en: 'Account holder is deceased', nl: 'Rekeninghouder is overleden' }],
  ['MS02', { en: 'Refused by the account holder, no reason given', nl: 'Geweigerd door de rekeninghouder, zonder reden' }],
  ['MS03', { en: 'Refused by the bank, no reason given', nl: 'Reden niet opgegeven door de bank' }],
  ['NOAS', { en: 'No answer from the beneficiary', nl: 'Geen antwoord van de ontvanger' }],
  ['NOOR', { en: 'Original payment never received', nl: 'De oorspronkelijke betaling is nooit ontvangen' }],
  ['RC01', { en: 'Bank identifier (BIC) is incorrect', nl: 'Bankcode (BIC) klopt niet' }],
  [
    'RR01',
    {
      en: 'Debtor account or identification is missing (regulatory)',
      nl: 'Rekening of gegevens van de betaler ontbreken (wettelijk verplicht)',
    },
  ],
  ['RR02', { en: 'Debtor name or address is missing (regulatory)', nl: 'Naam of adres van de betaler ontbreekt (wettelijk verplicht)' }],
  [
    'RR03',
    { en: 'Creditor name or address is missing (regulatory)', nl: 'Naam of adres van de ontvanger ontbreekt (wettelijk verplicht)' },
  ],
  ['RR04', { en: 'Regulatory reason', nl: 'Wettelijke reden' }],
  ['TECH', { en: 'Technical problem', nl: 'Technisch probleem' }],
  ['TM01', { en: 'Received after the cut-off time', nl: 'Te laat aangeleverd bij de bank' }],
]);

/** The codes this list explains, in order. */
export const REASON_CODES: readonly string[] = [...REASONS.keys()];

export function explainReasonCode(code: string, language: ReasonLanguage = 'en'): string | undefined {
  return REASONS.get(code)?.[language];
}
