import { Role } from '@buurtvolk/identity';
import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { FinanceContext } from '../context';
import { PositiveMoneyInput } from '../ledger/money';
import { NeighbourhoodReference, TeamReference } from '../references';
import { FundingAgreement } from './funding-agreement.entity';
import {
  daysBetween,
  FundersMoney,
  type InstalmentRow,
  type InvoiceRow,
  type PaymentReceivedRow,
  type UnmatchedCreditRow,
} from './funders-money';
import { type FundingShare, loadShares } from './shares';
import { todayInAmsterdam } from '@buurtvolk/domain';
import DataLoader from 'dataloader';

export enum FundingInvoiceStatus {
  OPEN = 'OPEN',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
}
registerEnumType(FundingInvoiceStatus, {
  name: 'FundingInvoiceStatus',
  description: 'How far a funding invoice is paid',
  valuesConfig: {
    OPEN: { description: 'Nothing received yet' },
    PARTLY_PAID: { description: 'Part received, part still open' },
    PAID: { description: 'Received in full' },
  },
});

/** One service (with its loaders) per request. */
const perRequest = new WeakMap<FinanceContext, { money: FundersMoney; shares: DataLoader<FundingAgreement, FundingShare[]> }>();
function of(ctx: FinanceContext) {
  let found = perRequest.get(ctx);
  if (!found) {
    found = {
      money: new FundersMoney(ctx.dataSource, ctx.policy, ctx.audit),
      shares: new DataLoader((agreements) => loadShares(ctx.dataSource, agreements), { cacheKeyFn: (agreement) => agreement.id }),
    };
    perRequest.set(ctx, found);
  }
  return found;
}

@ObjectType('FundingInstalment', { description: 'An instalment of a pre-financed funding agreement, as agreed with the funder' })
class FundingInstalmentType {
  @Field(() => ID, { description: 'The instalment’s ID' })
  id: string;

  @Field(() => LocalDateResolver, { description: 'The agreed date' })
  dueOn: string;

  amountCents: number;
}

@ObjectType('FundingPaymentReceived', { description: 'A funder’s payment of an invoice, as the bank statement showed it' })
class FundingPaymentReceivedType {
  @Field(() => ID, { description: 'The payment’s ID' })
  id: string;

  @Field(() => LocalDateResolver, { description: 'The day the bank booked it, as on the statement' })
  receivedOn: string;

  @Field({ description: 'The bank’s reference of the booking' })
  bankReference: string;

  amountCents: number;
}

@ObjectType('FundingInvoice', { description: 'The foundation’s invoice to a funder for one instalment' })
class FundingInvoiceType {
  @Field(() => ID, { description: 'The invoice’s ID' })
  id: string;

  @Field({ description: 'Unique, e.g. BV-2026-0001; the funder names it in the transfer' })
  number: string;

  @Field(() => LocalDateResolver, { description: 'The invoice date, a date in Europe/Amsterdam' })
  issuedOn: string;

  @Field(() => LocalDateResolver, { description: 'The day it is to be paid by; later it counts as overdue' })
  dueOn: string;

  agreementId: string;
  amountCents: number;
  receivedCents: number;
}

@ObjectType('UnmatchedBankCredit', {
  description: 'Money that came in on a bank statement and matched no open invoice: for an admin to place',
})
class UnmatchedBankCreditType {
  @Field(() => ID, { description: 'The credit’s ID; name it in assignBankCredit' })
  id: string;

  @Field({ description: 'The bank’s reference of the booking' })
  bankReference: string;

  @Field({ description: 'camt.053 or camt.054' })
  message: string;

  @Field(() => LocalDateResolver, { description: 'The day the bank booked it, as on the statement' })
  bookedOn: string;

  @Field(() => String, { nullable: true, description: 'Who paid, as the bank named them; null when the statement did not say' })
  debtorName: string | null;

  @Field(() => String, { nullable: true, description: 'The remittance information as the bank gave it' })
  remittance: string | null;

  @Field({ description: 'Why it was not booked against an invoice' })
  reason: string;

  amountCents: number;

  @Field(() => MoneyType, { description: 'The amount credited' })
  amount(): MoneyType {
    return euros(this.amountCents);
  }
}

@ObjectType('FundingShare', { description: 'An agreement’s share of what a team or neighbourhood is financed with in a year' })
class FundingShareType {
  teamId: string | null;
  neighbourhoodId: string | null;

  @Field(() => Int, { description: 'The calendar year (Europe/Amsterdam)' })
  year: number;

  @Field(() => Int, { description: 'Hundredths of a percent: 10000 is the whole' })
  basisPoints: number;

  @Field(() => TeamReference, { nullable: true, description: 'The team, when the agreement names it' })
  team(): TeamReference | null {
    return this.teamId ? { id: this.teamId } : null;
  }

  @Field(() => NeighbourhoodReference, { nullable: true, description: 'The neighbourhood, when the agreement names it' })
  neighbourhood(): NeighbourhoodReference | null {
    return this.neighbourhoodId ? { id: this.neighbourhoodId } : null;
  }
}

@InputType('AddFundingInstalmentInput', { description: 'An instalment agreed with the funder: the agreement, the date and the amount' })
class AddFundingInstalmentInput {
  @Field(() => ID, { description: 'The funding agreement it belongs to' })
  @IsUUID()
  agreementId: string;

  @Field(() => LocalDateResolver, { description: 'The agreed date, a date in Europe/Amsterdam' })
  dueOn: string;

  @Field(() => PositiveMoneyInput, { description: 'The amount; with the other instalments never more than the agreement' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('InvoiceFundingInstalmentInput', { description: 'The instalment to invoice, optionally with the number and dates' })
class InvoiceFundingInstalmentInput {
  @Field(() => ID, { description: 'The instalment to invoice (FundingInstalment.id)' })
  @IsUUID()
  instalmentId: string;

  @Field(() => String, { nullable: true, description: 'The invoice number; without it the next BV-<year>-<nnnn>' })
  @IsOptional()
  @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9./-]{2,34}\s*$/, { message: 'number must be 3 to 35 letters, digits, dots, slashes or hyphens' })
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Today when not given' })
  @IsOptional()
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '30 days after issuedOn when not given' })
  @IsOptional()
  dueOn?: string | null;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('AssignBankCreditInput', { description: 'An unmatched bank credit and the invoice it pays' })
class AssignBankCreditInput {
  @Field(() => ID, { description: 'The unmatched credit (UnmatchedBankCredit.id)' })
  @IsUUID()
  creditId: string;

  @Field(() => ID, { description: 'The funding invoice it pays' })
  @IsUUID()
  invoiceId: string;
}

const instalment = (row: InstalmentRow) => Object.assign(new FundingInstalmentType(), row);
const invoice = (row: InvoiceRow) => Object.assign(new FundingInvoiceType(), row);

@Resolver(() => FundingAgreement)
export class FundersMoneyResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => FundingInstalmentType, {
    description: 'Records an instalment agreed with the funder; the instalments never pass the agreement',
  })
  async addFundingInstalment(
    @Arg('input', { description: 'The agreement, date and amount' }) input: AddFundingInstalmentInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return instalment(
      await of(ctx).money.addInstalment({
        agreementId: input.agreementId,
        dueOn: input.dueOn,
        amountCents: input.amount.cents,
        idempotencyKey: input.idempotencyKey,
      }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FundingInvoiceType, { description: 'Invoices an instalment (once); the funder names the number when paying' })
  async invoiceFundingInstalment(
    @Arg('input', { description: 'The instalment and, optionally, the number and dates' }) input: InvoiceFundingInstalmentInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return invoice(await of(ctx).money.invoice(input));
  }

  @Authorized(Role.ADMIN)
  @Query(() => [FundingInvoiceType], { description: 'Invoices past their due date and not fully paid, longest overdue first' })
  async overdueFundingInvoices(@Ctx() ctx: FinanceContext) {
    return (await of(ctx).money.overdue()).map(invoice);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FundingPaymentReceivedType, {
    description: 'Books an unmatched bank credit as a payment of an invoice the admin names (admins only); CONFLICT when more than is open',
  })
  async assignBankCredit(
    @Arg('input', { description: 'The unmatched credit and the invoice it pays' }) input: AssignBankCreditInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return Object.assign(new FundingPaymentReceivedType(), await of(ctx).money.assignCredit(input.creditId, input.invoiceId));
  }

  @Authorized(Role.ADMIN)
  @Query(() => [UnmatchedBankCreditType], { description: 'Money on bank statements that matched no open invoice, newest first' })
  async unmatchedBankCredits(@Ctx() ctx: FinanceContext) {
    return (await of(ctx).money.unmatchedCredits()).map((row: UnmatchedCreditRow) => Object.assign(new UnmatchedBankCreditType(), row));
  }

  @Authorized()
  @FieldResolver(() => [FundingInstalmentType], {
    nullable: true,
    description: 'The instalments agreed, by date, with their invoices (admins and the funder)',
  })
  async instalments(@Root() agreement: FundingAgreement, @Ctx() ctx: FinanceContext) {
    ctx.policy.assertCanSeeAgreementsOf(agreement.partnerId);
    return (await of(ctx).money.instalments.load(agreement.id)).map(instalment);
  }

  @Authorized()
  @FieldResolver(() => [FundingShareType], {
    nullable: true,
    description:
      'Its share of each team’s and neighbourhood’s financing per year, derived from the agreements’ amounts and periods (admins and the funder)',
  })
  async shares(@Root() agreement: FundingAgreement, @Ctx() ctx: FinanceContext) {
    ctx.policy.assertCanSeeAgreementsOf(agreement.partnerId);
    return (await of(ctx).shares.load(agreement)).map((share) => Object.assign(new FundingShareType(), share));
  }
}

@Resolver(() => FundingInstalmentType)
export class FundingInstalmentResolver {
  @FieldResolver(() => MoneyType, { description: 'The agreed amount' })
  amount(@Root() row: FundingInstalmentType): MoneyType {
    return euros(row.amountCents);
  }

  @FieldResolver(() => FundingInvoiceType, { nullable: true, description: 'Its invoice, once sent' })
  async invoice(@Root() row: FundingInstalmentType, @Ctx() ctx: FinanceContext) {
    const found = await of(ctx).money.invoiceOfInstalment.load(row.id);
    return found && invoice(found);
  }
}

@Resolver(() => FundingInvoiceType)
export class FundingInvoiceResolver {
  @FieldResolver(() => MoneyType, { description: 'The amount invoiced' })
  amount(@Root() row: FundingInvoiceType): MoneyType {
    return euros(row.amountCents);
  }

  @FieldResolver(() => MoneyType, { description: 'Received so far' })
  received(@Root() row: FundingInvoiceType): MoneyType {
    return euros(row.receivedCents);
  }

  @FieldResolver(() => MoneyType, { description: 'Still to be paid' })
  open(@Root() row: FundingInvoiceType): MoneyType {
    return euros(Math.max(0, row.amountCents - row.receivedCents));
  }

  @FieldResolver(() => FundingInvoiceStatus, { description: 'Derived from what was received against the amount' })
  status(@Root() row: FundingInvoiceType): FundingInvoiceStatus {
    if (row.receivedCents >= row.amountCents) return FundingInvoiceStatus.PAID;
    return row.receivedCents > 0 ? FundingInvoiceStatus.PARTLY_PAID : FundingInvoiceStatus.OPEN;
  }

  @FieldResolver(() => Int, { description: 'Days past the due date while not fully paid; 0 otherwise' })
  daysOverdue(@Root() row: FundingInvoiceType): number {
    if (row.receivedCents >= row.amountCents) return 0;
    return Math.max(0, daysBetween(row.dueOn, todayInAmsterdam()));
  }

  @FieldResolver(() => [FundingPaymentReceivedType], { description: 'The payments received against it, oldest first' })
  async payments(@Root() row: FundingInvoiceType, @Ctx() ctx: FinanceContext) {
    return (await of(ctx).money.paymentsOfInvoice.load(row.id)).map((payment: PaymentReceivedRow) =>
      Object.assign(new FundingPaymentReceivedType(), payment),
    );
  }

  @FieldResolver(() => FundingAgreement, { nullable: true, description: 'The agreement it is for' })
  agreement(@Root() row: FundingInvoiceType, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.agreement.load(row.agreementId);
  }
}

@Resolver(() => FundingPaymentReceivedType)
export class FundingPaymentReceivedResolver {
  @FieldResolver(() => MoneyType, { description: 'The amount received' })
  amount(@Root() row: FundingPaymentReceivedType): MoneyType {
    return euros(row.amountCents);
  }
}
