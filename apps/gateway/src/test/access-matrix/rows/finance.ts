import { demoId } from '@buurtvolk/domain';
import { ADMINS_ONLY, outcomes, SIGNED_IN, TEAM_A } from '../cast';
import { daysFromToday, key, THIS_MONTH, THIS_YEAR } from '../fixtures/dates';
import {
  allocation,
  allocationInput,
  arrangementInput,
  claim,
  claimant,
  claimItem,
  flatArrangement,
  owedMoney,
  payableMoney,
  scheduledPayment,
} from '../fixtures/finance';
import { freshCast } from '../fixtures/people';
import type { Row } from '../matrix';

/** Funding, budgets, allowances, expense claims and payouts (the finance subgraph). */

const DEMO_BATCH = demoId(`payout-batch:${THIS_YEAR}-03`);
/** Money that benefits a person is decided by their team's coordinator or an admin, never by the person. */
const SECOND_PERSON = outcomes({ coordinatorOnOwnTeam: 'allowed', admin: 'allowed' });
/** A claim is the claimant's own: drafted and submitted by them, for their own team. */
const CLAIMANT = outcomes({ volunteerSelf: 'allowed', coordinatorSelf: 'allowed' });

function adminsOnly(operation: string, document: string, variables?: Row['variables']): Row {
  return { operation, document, variables, expect: ADMINS_ONLY };
}

/** Rejecting or returning a submitted claim: a decision like approving it. */
function decision(field: string): Row {
  return {
    operation: `Mutation.${field}`,
    document: `mutation ($input: DecideExpenseClaimInput!) { ${field}(input: $input) { id } }`,
    arrange: async (cell, world) => ({
      variables: { input: { ...(await claim(world, cell.target.person, cell.target.team)), reason: 'Receipt unreadable' } },
    }),
    expect: SECOND_PERSON,
  };
}

/** A camt.054 notification of money that is none of the foundation's payouts, with a message id of its own. */
function statementOfOtherMoney(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>MATRIX-${key().slice(-20)}</MsgId><CreDtTm>${THIS_YEAR}-03-06T06:00:00</CreDtTm></GrpHdr>
  <Ntfctn><Id>MATRIX</Id><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>
    <Ntry><Amt Ccy="EUR">12.34</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
      <NtryDtls><TxDtls><Refs><EndToEndId>MATRIX-OTHER</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>
  </Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>`;
}

/** A status report of the bank about the demo's settled batch: it names no open payment, so importing it changes nothing. */
function settledBatchReport(): string {
  const messageId = `BV${DEMO_BATCH.replace(/-/g, '')}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>MATRIX-1</MsgId><CreDtTm>${THIS_YEAR}-03-06T06:00:00</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>ACSC</GrpSts></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${messageId}</OrgnlPmtInfId>
    <TxInfAndSts><OrgnlEndToEndId>PMATRIX</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>
  </OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`;
}

/** A funding agreement of the cell's partner for the cell's team, made by an admin: its instalments and invoices are the rows' subject. */
async function agreementOf(
  cell: { target: { partner: string; team: string } },
  world: { admin(query: string, variables?: Record<string, unknown>): Promise<any> },
): Promise<string> {
  const { createFundingAgreement } = await world.admin(
    'mutation ($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id } }',
    {
      input: {
        partnerId: cell.target.partner,
        title: 'Matrix pre-financing',
        amount: { cents: 100_000 },
        startsOn: `${THIS_YEAR}-01-01`,
        endsOn: `${THIS_YEAR}-12-31`,
        teamIds: [cell.target.team],
        socialReturnCentsPerEuro: 190,
        idempotencyKey: key(),
      },
    },
  );
  return createFundingAgreement.id;
}

async function instalmentOf(
  cell: { target: { partner: string; team: string } },
  world: { admin(query: string, variables?: Record<string, unknown>): Promise<any> },
): Promise<string> {
  const { addFundingInstalment } = await world.admin(
    'mutation ($input: AddFundingInstalmentInput!) { addFundingInstalment(input: $input) { id } }',
    {
      input: { agreementId: await agreementOf(cell, world), dueOn: `${THIS_YEAR}-02-01`, amount: { cents: 50_000 }, idempotencyKey: key() },
    },
  );
  return addFundingInstalment.id;
}

/** A funder reads its own agreements' instalments, invoices and shares; nobody else but admins. */
function ofOwnAgreements(field: string, selection: string): Row {
  return {
    operation: `FundingAgreement.${field}`,
    document: `query ($partner: ID!) { partner(id: $partner) { fundingAgreements { ${field} { ${selection} } } } }`,
    arrange: async (cell, world) => {
      await instalmentOf(cell, world);
      return { variables: { partner: cell.target.partner } };
    },
    answer: (data) => data?.partner?.fundingAgreements,
    expect: outcomes({ partnerOnOwnArea: 'allowed', admin: 'allowed' }),
  };
}

export const financeRows: Row<any>[] = [
  {
    // A team's claims name its members and what they spent: for the people who decide on them.
    operation: 'Team.expenseClaims',
    document: 'query ($team: ID!) { team(id: $team) { expenseClaims(first: 1) { totalCount } } }',
    variables: (cell) => ({ team: cell.target.team }),
    answer: (data) => data?.team?.expenseClaims,
    // A partner does not see a team outside their areas at all.
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed', partnerOnOtherArea: null }),
  },
  {
    operation: 'Query.allowanceRates',
    document: '{ allowanceRates { year } }',
    expect: SIGNED_IN,
  },
  adminsOnly('Query.payoutBatch', 'query ($id: ID!) { payoutBatch(id: $id) { id } }', () => ({ id: DEMO_BATCH })),
  adminsOnly('Query.payoutBatchFile', 'query ($id: ID!) { payoutBatchFile(id: $id) }', () => ({ id: DEMO_BATCH })),
  adminsOnly('Query.erasedPayeesWithOpenMoney', '{ erasedPayeesWithOpenMoney }'),
  adminsOnly('Query.paymentsNotOnStatement', '{ paymentsNotOnStatement(businessDays: 5) { id } }'),
  adminsOnly('Query.fundingAgreements', '{ fundingAgreements { id } }'),
  adminsOnly('Query.ledgerCheck', '{ ledgerCheck { balanced } }'),
  adminsOnly('Query.yearEndExport', `{ yearEndExport(year: ${THIS_YEAR}) { fileName movements summaryFileName summary } }`),
  // Funders' invoices past due, and money on the statements that matched no invoice: the administrator's.
  adminsOnly('Query.overdueFundingInvoices', '{ overdueFundingInvoices { number daysOverdue } }'),
  adminsOnly('Query.unmatchedBankCredits', '{ unmatchedBankCredits { id reason } }'),
  {
    operation: 'Mutation.addFundingInstalment',
    document: 'mutation ($input: AddFundingInstalmentInput!) { addFundingInstalment(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: {
        input: {
          agreementId: await agreementOf(cell, world),
          dueOn: `${THIS_YEAR}-03-01`,
          amount: { cents: 1_000 },
          idempotencyKey: key(),
        },
      },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.invoiceFundingInstalment',
    document: 'mutation ($input: InvoiceFundingInstalmentInput!) { invoiceFundingInstalment(input: $input) { number } }',
    arrange: async (cell, world) => ({ variables: { input: { instalmentId: await instalmentOf(cell, world), idempotencyKey: key() } } }),
    expect: ADMINS_ONLY,
  },
  ofOwnAgreements('instalments', 'dueOn invoice { number status }'),
  ofOwnAgreements('shares', 'year basisPoints'),
  adminsOnly('Query.financeAuditLog', '{ financeAuditLog(first: 1) { totalCount } }'),
  adminsOnly('Query.receivables', '{ receivables { owed { cents } } }'),
  // The queue of every team's claims waiting for a decision: the national office's (a team's own list is Team.expenseClaims).
  adminsOnly('Query.expenseClaimQueue', '{ expenseClaimQueue(first: 1) { totalCount } }'),
  // Held allowances of every team, and what an admin must do about the limits and flat allowances.
  adminsOnly('Query.heldAllowances', '{ heldAllowances { id } }'),
  adminsOnly('Query.allowanceLimitWarnings', '{ allowanceLimitWarnings { year } }'),
  adminsOnly('Query.flatAllowanceWarnings', 'query ($year: Int!) { flatAllowanceWarnings(year: $year) { id } }', () => ({
    year: THIS_YEAR,
  })),
  {
    // A team's held allowances name its members and their money: for the people who manage the team's money.
    operation: 'Team.heldAllowances',
    document: 'query ($team: ID!) { team(id: $team) { heldAllowances { id } } }',
    variables: (cell) => ({ team: cell.target.team }),
    answer: (data) => data?.team?.heldAllowances,
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed', partnerOnOtherArea: null }),
  },
  {
    operation: 'Mutation.allowPaymentsUnderUnconfirmedLimits',
    document: 'mutation ($year: Int!, $version: Int!) { allowPaymentsUnderUnconfirmedLimits(year: $year, version: $version) { year } }',
    // A far year of its own, entered unconfirmed (once), so no other row's year changes under it.
    arrange: async (_cell, world) => {
      const year = THIS_YEAR + 50;
      const find = async () =>
        (await world.admin('{ allowanceRates { year version } }')).allowanceRates.find((rate: { year: number }) => rate.year === year);
      if (!(await find())) {
        await world
          .admin('mutation ($input: AddAllowanceRateInput!) { addAllowanceRate(input: $input) { year } }', {
            input: {
              year,
              hourly21PlusCents: 600,
              hourlyUnder21Cents: 350,
              monthlyCapCents: 23_000,
              yearlyCapCents: 230_000,
              confirmed: false,
              source: 'Access matrix',
            },
          })
          .catch(() => undefined);
      }
      return { variables: { year, version: (await find()).version } };
    },
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.addAllowanceRate',
    document: 'mutation ($input: AddAllowanceRateInput!) { addAllowanceRate(input: $input) { year } }',
    // A year after the last one with limits, so the admin's call has a year to enter.
    arrange: async (_cell, world) => {
      const { allowanceRates } = await world.admin('{ allowanceRates { year } }');
      const year = Math.max(...allowanceRates.map((rate: { year: number }) => rate.year)) + 1;
      return {
        variables: {
          input: {
            year,
            hourly21PlusCents: 600,
            hourlyUnder21Cents: 350,
            monthlyCapCents: 23_000,
            yearlyCapCents: 230_000,
            confirmed: false,
            source: 'Access matrix',
          },
        },
      };
    },
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.correctAllowanceRate',
    document: 'mutation ($input: CorrectAllowanceRateInput!) { correctAllowanceRate(input: $input) { year } }',
    arrange: async (_cell, world) => {
      const { allowanceRates } = await world.admin(
        '{ allowanceRates { year version confirmed source hourly21Plus { cents } hourlyUnder21 { cents } monthlyCap { cents } yearlyCap { cents } } }',
      );
      const rate = allowanceRates.find((candidate: { year: number }) => candidate.year === THIS_YEAR);
      const { year, version, confirmed, source } = rate;
      return {
        variables: {
          input: {
            year,
            version,
            confirmed,
            source,
            hourly21PlusCents: rate.hourly21Plus.cents,
            hourlyUnder21Cents: rate.hourlyUnder21.cents,
            monthlyCapCents: rate.monthlyCap.cents,
            yearlyCapCents: rate.yearlyCap.cents,
          },
        },
      };
    },
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.agreeAllowanceArrangement',
    document: 'mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }',
    // A person has one open arrangement per team: each cell agrees one for a new member.
    prepare: freshCast,
    arrange: async (cell, world, cast) => ({
      variables: { input: await arrangementInput(world, cast[cell.name].person, cell.target.team) },
      caller: cast[cell.name].caller,
    }),
    expect: SECOND_PERSON,
  },
  {
    operation: 'Mutation.payFlatAllowance',
    document: 'mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }',
    // An arrangement of a new member per cell, agreed by an admin; acting on themselves, the caller is paid.
    prepare: freshCast,
    arrange: async (cell, world, cast) => {
      const { person, caller } = cast[cell.name];
      return {
        variables: {
          input: { arrangementId: await flatArrangement(world, person, cell.target.team), month: THIS_MONTH, idempotencyKey: key() },
        },
        caller,
      };
    },
    expect: SECOND_PERSON,
  },
  {
    operation: 'Mutation.declareAllowanceElsewhere',
    document: 'mutation ($input: DeclareAllowanceElsewhereInput!) { declareAllowanceElsewhere(input: $input) }',
    // Nothing declared: the row changes no one's caps.
    variables: (cell) => ({ input: { volunteerId: cell.target.person, year: THIS_YEAR, amountCents: 0 } }),
    expect: outcomes({ volunteerSelf: 'allowed', coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.draftExpenseClaim',
    document: 'mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }',
    // Always the caller's own costs: on a team mate's behalf it is the caller's own claim for their own team.
    variables: (cell) => ({ input: { teamId: cell.target.team, items: [claimItem()], idempotencyKey: key() } }),
    expect: { ...CLAIMANT, volunteerOnMate: 'allowed', coordinatorOnOwnTeam: 'allowed' },
  },
  {
    operation: 'Mutation.submitExpenseClaim',
    document: 'mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { id } }',
    arrange: async (cell, world) => ({ variables: await claim(world, cell.target.person, cell.target.team, false) }),
    expect: CLAIMANT,
  },
  {
    operation: 'Mutation.approveExpenseClaim',
    document:
      'mutation ($id: ID!, $version: Int!, $key: String!) { approveExpenseClaim(id: $id, version: $version, idempotencyKey: $key) { id } }',
    arrange: async (cell, world) => ({ variables: { ...(await claim(world, cell.target.person, cell.target.team)), key: key() } }),
    expect: SECOND_PERSON,
  },
  decision('rejectExpenseClaim'),
  decision('returnExpenseClaim'),
  {
    operation: 'Mutation.requestReceiptUpload',
    document: 'mutation ($itemId: ID!) { requestReceiptUpload(itemId: $itemId) { url } }',
    arrange: async (cell, world) => {
      const { draftExpenseClaim } = await world.as(
        claimant(cell.target.person, cell.target.team),
        `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { items { id } } }`,
        { input: { teamId: cell.target.team, items: [claimItem()], idempotencyKey: key() } },
      );
      return { variables: { itemId: draftExpenseClaim.items[0].id } };
    },
    // The claimant's own draft; their coordinator sees the receipt but does not add it; to anyone else the item is not there.
    expect: outcomes({
      volunteerSelf: 'allowed',
      coordinatorSelf: 'allowed',
      admin: 'allowed',
      volunteerOnMate: 'NOT_FOUND',
      volunteerOnOtherTeam: 'NOT_FOUND',
      coordinatorOnOtherTeam: 'NOT_FOUND',
    }),
  },
  {
    operation: 'Mutation.setPayoutAccount',
    document: 'mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }',
    variables: (cell) => ({ input: { volunteerId: cell.target.person, holderName: 'Matrix Holder', iban: 'NL91ABNA0417164300' } }),
    // Where a person's money goes is theirs to say (or an admin's), not their coordinator's.
    expect: outcomes({ volunteerSelf: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.createPayoutBatch',
    document:
      'mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id } }',
    prepare: (world) => payableMoney(world, TEAM_A),
    variables: () => ({ date: daysFromToday(5), key: key() }),
    serialise: 'payout-batch',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.correctScheduledPayment',
    document: 'mutation ($input: CorrectScheduledPaymentInput!) { correctScheduledPayment(input: $input) }',
    prepare: (world) => scheduledPayment(world, TEAM_A),
    variables: (_cell, paymentId: string) => ({ input: { paymentId, holderName: 'Matrix Payee Corrected' } }),
    serialise: 'payout-batch',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.writeOffReceivable',
    document: 'mutation ($input: WriteOffReceivableInput!) { writeOffReceivable(input: $input) { id } }',
    prepare: (world) => owedMoney(world, TEAM_A),
    variables: (_cell, debtor: string) => ({ input: { volunteerId: debtor, reason: 'Forgiven', idempotencyKey: key() } }),
    serialise: 'payout-batch',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.importPaymentStatusReport',
    document: 'mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid } }',
    variables: () => ({ xml: settledBatchReport(), key: key() }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.assignBankCredit',
    // No such credit: an admin hears NOT_FOUND only after passing the check, everyone else is refused first.
    document: 'mutation ($input: AssignBankCreditInput!) { assignBankCredit(input: $input) { receivedOn } }',
    variables: () => ({ input: { creditId: '00000000-0000-4000-8000-000000000001', invoiceId: '00000000-0000-4000-8000-000000000002' } }),
    expect: outcomes({ admin: 'NOT_FOUND' }),
  },
  {
    operation: 'Mutation.importBankStatement',
    document: 'mutation ($xml: String!, $key: String!) { importBankStatement(xml: $xml, idempotencyKey: $key) { booked } }',
    // A statement naming no payment of the foundation's (another transfer), under a new message id each time: it books nothing.
    variables: () => ({ xml: statementOfOtherMoney(), key: key() }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.createFundingAgreement',
    document: 'mutation ($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id } }',
    variables: (cell) => ({
      input: {
        partnerId: cell.target.partner,
        title: 'Matrix agreement',
        amount: { cents: 100_000 },
        startsOn: `${THIS_YEAR}-01-01`,
        endsOn: `${THIS_YEAR}-12-31`,
        teamIds: [cell.target.team],
        socialReturnCentsPerEuro: 190,
        idempotencyKey: key(),
      },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.allocateBudget',
    document: 'mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }',
    variables: (cell) => ({ input: allocationInput(cell.target.team) }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.reverseLedgerEntry',
    document: 'mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id } }',
    prepare: (world) => allocation(world, TEAM_A),
    variables: (_cell, entryId: string) => ({ input: { entryId, reason: 'Booked twice', idempotencyKey: key() } }),
    expect: ADMINS_ONLY,
  },
];
