/**
 * ISO 20022 status reason codes (ExternalStatusReason1Code) that banks most often give for a rejected SEPA credit
 * transfer, in words a coordinator can act on without looking the code up.
 */
const EXPLANATIONS: ReadonlyMap<string, string> = new Map([
  ['AC01', 'Account number is incorrect'],
  ['AC03', 'Creditor account number is invalid or missing'],
  ['AC04', 'Account is closed'],
  ['AC06', 'Account is blocked'],
  ['AG01', 'Transaction is forbidden on this type of account'],
  ['AM04', 'Insufficient funds'],
  ['AM05', 'Duplicate payment'],
  ['FF01', 'File or transaction format is invalid'],
  ['MD07', 'Account holder is deceased'],
  ['MS02', 'Refused by the account holder, no reason given'],
  ['MS03', 'Refused by the bank, no reason given'],
  ['RC01', 'Bank identifier (BIC) is incorrect'],
]);

export function explainReasonCode(code: string): string | undefined {
  return EXPLANATIONS.get(code);
}
