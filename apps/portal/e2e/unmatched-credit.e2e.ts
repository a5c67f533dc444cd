import { expect, test } from '@playwright/test';
import { expectAccessible, graphql, openFromMenu, signInAs, tokenOf } from './support';

// A funder pays without the invoice number: the statement import cannot place it, and the national office books it
// on the invoice by hand. A new agreement of its own, so no other test's invoices are touched.
const ADMIN = 'Medewerker landelijk bureau';

function statementWithCredit(cents: number, debtor: string, remittance: string): string {
  const day = new Date().toISOString().slice(0, 10);
  const id = `E2E-STMT-${Date.now()}`;
  const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt><GrpHdr><MsgId>${id}</MsgId><CreDtTm>${day}T20:00:00</CreDtTm></GrpHdr><Stmt><Id>${id}</Id>
    <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
    <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">25000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${day}</Dt></Dt></Bal>
    <Ntry>
      <Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><Dt>${day}</Dt></BookgDt><AcctSvcrRef>${id}-1</AcctSvcrRef>
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
      <NtryDtls><TxDtls><Amt Ccy="EUR">${amount}</Amt><RltdPties><Dbtr><Pty><Nm>${debtor}</Nm></Pty></Dbtr></RltdPties>
        <RmtInf><Ustrd>${remittance}</Ustrd></RmtInf></TxDtls></NtryDtls>
    </Ntry>
  </Stmt></BkToCstmrStmt>
</Document>
`;
}

test('the national office books a funder’s payment that named no invoice on the invoice it pays', async ({ page, request }) => {
  const token = await tokenOf(request, 'admin');
  const year = new Date().getFullYear();
  const { partners } = await graphql(
    request,
    token,
    `
      query UnmatchedE2ePartners {
        partners(kind: MUNICIPALITY) {
          id
          name
          neighbourhoods {
            id
          }
        }
      }
    `,
  );
  const funder = partners.find((partner: { neighbourhoods: unknown[] }) => partner.neighbourhoods.length > 0);
  const title = `Betaling zonder nummer ${Date.now()}`;
  const { createFundingAgreement: agreement } = await graphql(
    request,
    token,
    `
      mutation UnmatchedE2eAgreement($input: CreateFundingAgreementInput!) {
        createFundingAgreement(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        partnerId: funder.id,
        title,
        amount: { cents: 50_000 },
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        neighbourhoodIds: [funder.neighbourhoods[0].id],
        socialReturnCentsPerEuro: 150,
        idempotencyKey: crypto.randomUUID(),
      },
    },
  );
  const { addFundingInstalment: instalment } = await graphql(
    request,
    token,
    `
      mutation UnmatchedE2eInstalment($input: AddFundingInstalmentInput!) {
        addFundingInstalment(input: $input) {
          id
        }
      }
    `,
    { input: { agreementId: agreement.id, dueOn: `${year}-12-01`, amount: { cents: 50_000 }, idempotencyKey: crypto.randomUUID() } },
  );
  const { invoiceFundingInstalment: invoice } = await graphql(
    request,
    token,
    `
      mutation UnmatchedE2eInvoice($input: InvoiceFundingInstalmentInput!) {
        invoiceFundingInstalment(input: $input) {
          id
          number
        }
      }
    `,
    { input: { instalmentId: instalment.id, idempotencyKey: crypto.randomUUID() } },
  );
  const debtor = `Gemeente zonder nummer ${Date.now()}`;
  const imported = await graphql(
    request,
    token,
    `
      mutation UnmatchedE2eImport($xml: String!, $key: String!) {
        importBankStatement(xml: $xml, idempotencyKey: $key) {
          creditsUnmatched
        }
      }
    `,
    { xml: statementWithCredit(50_000, debtor, 'Bijdrage buurtteams'), key: crypto.randomUUID() },
  );
  expect(imported.importBankStatement.creditsUnmatched).toBe(1);

  await signInAs(page, ADMIN);
  await openFromMenu(page, 'Financiering');
  const section = page.getByRole('region', { name: 'Betalingen zonder factuur' });
  const credit = section.getByTestId('unmatched-credit').filter({ hasText: debtor });
  await expect(credit).toContainText('Bijdrage buurtteams');
  await credit.getByLabel('Hoort bij factuur').selectOption({ label: `${invoice.number} · ${funder.name}` });
  await credit.getByRole('button', { name: 'Op deze factuur boeken' }).click();
  await expect(section.getByTestId('unmatched-credit').filter({ hasText: debtor })).toHaveCount(0);
  await expectAccessible(page);

  const { fundingAgreements } = await graphql(
    request,
    token,
    `
      query UnmatchedE2eInvoiceStatus {
        fundingAgreements {
          id
          instalments {
            invoice {
              status
            }
          }
        }
      }
    `,
  );
  const booked = fundingAgreements.find((candidate: { id: string }) => candidate.id === agreement.id);
  expect(booked.instalments[0].invoice.status).toBe('PAID');
});
