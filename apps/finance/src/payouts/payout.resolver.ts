import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { Role } from '@buurtvolk/identity';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { VolunteerReference } from '../references';
import { OPEN_BALANCE_SQL } from '../ledger/payable-balances';
import { formatIban } from './sepa/iban';

@InputType('SetPayoutAccountInput', { description: 'Where a volunteer’s payments go: the account holder and IBAN' })
class SetPayoutAccountInput {
  @Field(() => ID, { description: 'The volunteer: yourself, or anyone for an admin' })
  @IsUUID()
  volunteerId: string;

  @Field({ description: 'The account holder, as the bank knows them' })
  @Length(1, 70)
  holderName: string;

  @Field({ description: 'The IBAN, with or without spaces; checked before it is stored' })
  @Length(15, 42)
  iban: string;
}

@InputType('CorrectScheduledPaymentInput', { description: 'The name or account of a payment the bank has not settled yet' })
class CorrectScheduledPaymentInput {
  @Field(() => ID, { description: 'The payment (PayoutPayment.id)' })
  @IsUUID()
  paymentId: string;

  @Field(() => String, { nullable: true, description: 'The account holder, as the bank knows them' })
  @IsOptional()
  @Length(1, 70)
  holderName?: string | null;

  @Field(() => String, { nullable: true, description: 'The IBAN to pay to instead; unchanged when not given' })
  @IsOptional()
  @Length(15, 42)
  iban?: string | null;
}

@ObjectType('PayoutPayment', { description: 'One credit transfer to a volunteer in a payout batch' })
class PayoutPayment {
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  volunteerId: string;
  amountCents: string;

  @Field({ description: 'The SEPA end-to-end id; the ledger entry of the payout names it' })
  endToEndId: string;

  @Field({
    description:
      'SCHEDULED, ACCEPTED (the bank took it, not yet paid), PAID, FAILED (rejected: payable again) or RETURNED (paid, then sent back: payable again)',
  })
  status: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why the bank rejected or returned it: the ISO reason code first (“AC04: Account is closed”)',
  })
  failureReason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last ISO 20022 status or return code the bank gave (ACSP, ACSC, RJCT, AC04, …)',
  })
  statusCode: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The booking date of the payment on an imported account statement' })
  bookedOn: string | null;

  @Field(() => ID, { description: 'The batch the payment went to the bank in' })
  batchId: string;

  @Field(() => LocalDateResolver, { description: 'The day the bank was asked to pay it' })
  requestedExecutionDate: string;
}

@ObjectType('PayoutBatch', { description: 'A SEPA credit transfer file of payments to volunteers, for the bank to execute' })
class PayoutBatch {
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Field({ description: 'MsgId of the SEPA file; the bank’s status report refers to it' })
  messageId: string;

  @Field(() => LocalDateResolver, { description: 'The day the bank was asked to pay it' })
  requestedExecutionDate: string;

  @Field({ description: 'CREATED, or PROCESSED once the bank has given its final word on every payment in it' })
  status: string;
}

@ObjectType('PaymentStatusImport', { description: 'What reading a payment status report (pain.002) changed' })
class PaymentStatusImport {
  @Field(() => Int, { description: 'Payments the bank settled (ACSC, ACCC)' })
  paid: number;

  @Field(() => Int, { description: 'Payments the bank accepted but has not settled yet (ACCP, ACSP, ACTC, ACWC)' })
  accepted: number;

  @Field(() => Int, { description: 'Payments the bank rejected: payable again' })
  failed: number;

  @Field(() => Int, { description: 'Payments the report named that were already further along (e.g. read twice)' })
  unchanged: number;
}

@ObjectType('BankStatementImport', { description: 'What reading a bank statement (camt.053) or notification (camt.054) changed' })
class BankStatementImport {
  @Field({ description: 'camt.053 (account statement) or camt.054 (debit/credit notification)' })
  message: string;

  @Field(() => Int, { description: 'Payments the statement shows booked (paid)' })
  booked: number;

  @Field(() => Int, { description: 'Payments returned by the beneficiary’s bank: payable again' })
  returned: number;

  @Field(() => Int, { description: 'Bookings of payments already known as booked, failed or returned' })
  unchanged: number;

  @Field(() => Int, { description: 'Bookings that name a payment but do not agree with it (amount, direction): check them by hand' })
  unmatched: number;

  @Field(() => Int, { description: 'Credits booked as a funder’s payment of the invoice their remittance names' })
  fundsReceived: number;

  @Field(() => Int, { description: 'Credits that matched no open invoice: listed in unmatchedBankCredits for an admin' })
  creditsUnmatched: number;

  @Field({ description: 'The same message (the bank’s MsgId) was read before: this is that reading’s result, and nothing changed now' })
  alreadyImported: boolean;
}

@Resolver(() => PayoutBatch)
export class PayoutResolver {
  @Authorized(Role.ADMIN, Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => String, { description: 'Sets the account payments go to (the person or an admin); returns the IBAN as stored' })
  async setPayoutAccount(
    @Arg('input', { description: 'The volunteer, account holder and IBAN' }) input: SetPayoutAccountInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return formatIban(await ctx.payouts.setAccount(input.volunteerId, input.holderName, input.iban));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PayoutBatch, { description: 'Bundles all approved allowances and claims of payees with an account into one batch' })
  async createPayoutBatch(
    @Arg('requestedExecutionDate', () => LocalDateResolver, { description: 'The day the bank is to pay, a date in Europe/Amsterdam' })
    date: string,
    @Arg('idempotencyKey', { description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
    idempotencyKey: string,
    @Ctx() ctx: FinanceContext,
  ) {
    return this.payoutBatch(await ctx.payouts.createBatch(date, idempotencyKey), ctx);
  }

  @Authorized(Role.ADMIN)
  @Query(() => PayoutBatch, { nullable: true, description: 'A payout batch; null when there is none with this id (admins)' })
  async payoutBatch(
    @Arg('id', () => ID, { description: 'The batch' }) id: string,
    @Ctx() ctx: FinanceContext,
  ): Promise<PayoutBatch | null> {
    const [batch] = await ctx.dataSource.query(
      `SELECT id, message_id AS "messageId", requested_execution_date::text AS "requestedExecutionDate", status FROM payout_batches WHERE id = $1`,
      [id],
    );
    return batch ?? null;
  }

  @Authorized(Role.ADMIN)
  @Query(() => String, { description: 'The SEPA credit transfer file (pain.001.001.09) of a batch' })
  payoutBatchFile(@Arg('id', () => ID, { description: 'The batch' }) id: string, @Ctx() ctx: FinanceContext) {
    return ctx.payouts.file(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Corrects the name or IBAN of a scheduled payment (e.g. a name a SEPA file cannot carry); audited',
  })
  async correctScheduledPayment(
    @Arg('input', { description: 'The payment and its corrected name or IBAN' }) { paymentId, ...correction }: CorrectScheduledPaymentInput,
    @Ctx() ctx: FinanceContext,
  ) {
    await ctx.payouts.correctScheduledPayment(paymentId, correction);
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PaymentStatusImport, {
    description:
      'Reads the bank’s payment status report (pain.002): per payment, or per block or file when it gives no payment its own status: paid, accepted (not yet paid), or failed and payable again',
  })
  importPaymentStatusReport(
    @Arg('xml', { description: 'The pain.002 message as the bank gave it' }) xml: string,
    @Arg('idempotencyKey', { description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
    idempotencyKey: string,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.payouts.importStatusReport(xml, idempotencyKey);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => BankStatementImport, {
    description:
      'Reads the bank’s account statement (camt.053) or notification (camt.054): booked debits are paid, returned transfers payable again',
  })
  importBankStatement(
    @Arg('xml', { description: 'The camt.053 or camt.054 message as the bank gave it' }) xml: string,
    @Arg('idempotencyKey', { description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
    idempotencyKey: string,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.payouts.importBankStatement(xml, idempotencyKey);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [PayoutPayment], {
    description: 'Payments executed at least this many SEPA business days ago that no imported statement shows booked',
  })
  paymentsNotOnStatement(
    @Arg('businessDays', () => Int, { defaultValue: 5, description: 'SEPA business days since the requested execution date' })
    businessDays: number,
    @Ctx() ctx: FinanceContext,
  ): Promise<PayoutPayment[]> {
    return ctx.payouts.paymentsNotOnStatement(businessDays);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ID], { description: 'Erased volunteers whose money is still open: their name and IBAN are wiped once it is settled' })
  async erasedPayeesWithOpenMoney(@Ctx() ctx: FinanceContext): Promise<string[]> {
    const rows: { id: string }[] = await ctx.dataSource.query(
      `SELECT p.volunteer_id AS id FROM payees p WHERE p.erased_at IS NOT NULL
          AND (EXISTS (SELECT 1 FROM payout_payments x WHERE x.volunteer_id = p.volunteer_id AND x.status IN ('SCHEDULED', 'ACCEPTED')) OR ${OPEN_BALANCE_SQL} <> 0)`,
    );
    return rows.map((row) => row.id);
  }

  @FieldResolver(() => [PayoutPayment], { description: 'The payments in the batch, by end-to-end id' })
  payments(@Root() batch: PayoutBatch, @Ctx() ctx: FinanceContext): Promise<PayoutPayment[]> {
    return ctx.dataSource.query(
      `SELECT id, volunteer_id AS "volunteerId", amount_cents AS "amountCents", end_to_end_id AS "endToEndId", status, failure_reason AS "failureReason",
              status_code AS "statusCode", booked_on::text AS "bookedOn", batch_id AS "batchId", $2::text AS "requestedExecutionDate"
         FROM payout_payments WHERE batch_id = $1 ORDER BY end_to_end_id`,
      [batch.id, batch.requestedExecutionDate],
    );
  }
}

@Resolver(() => PayoutPayment)
export class PayoutPaymentResolver {
  @FieldResolver(() => MoneyType, { description: 'The amount transferred' })
  amount(@Root() payment: PayoutPayment): MoneyType {
    return euros(payment.amountCents);
  }

  @FieldResolver(() => VolunteerReference, { description: 'The volunteer paid' })
  volunteer(@Root() payment: PayoutPayment): VolunteerReference {
    return { id: payment.volunteerId };
  }
}
