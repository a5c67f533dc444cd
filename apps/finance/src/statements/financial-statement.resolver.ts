import { euros, GeneratedFile, MoneyType } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { VolunteerReference } from '../references';
import { type StatementFigures, statementFigures, type StatementMonthFigures } from './financial-statement';
import { financialStatementPdf } from './financial-statement-pdf';

@ObjectType('FinancialStatementMonth', { description: 'One month of a financial statement; all amounts in euros (Money, in cents)' })
class FinancialStatementMonth {
  @Field(() => Int, { description: '1–12' })
  month: number;

  @Field(() => MoneyType, { description: 'Allowances paid for the month' })
  allowance: MoneyType;

  @Field(() => MoneyType, { description: 'The person’s own costs reimbursed, by the day they were made' })
  ownCosts: MoneyType;

  @Field(() => MoneyType, { description: 'Advances for the foundation: not income, not counted towards the caps' })
  advancesForFoundation: MoneyType;

  @Field(() => MoneyType, { description: 'Allowances plus own costs made under an allowance arrangement: what the caps count' })
  countedTowardsCaps: MoneyType;
}

@ObjectType('FinancialStatement', {
  description:
    'A person’s allowances apart from reimbursed costs, per month, with the year’s caps; for their records and municipality (the person and admins)',
})
class FinancialStatement {
  figures: StatementFigures;

  @Field(() => Int, { description: 'The calendar year of the statement' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Set when the statement is for one month' })
  month: number | null;

  @Field(() => [FinancialStatementMonth], {
    description: 'Every month of the year, January first (months without payments show zero); only the one month when month is set',
  })
  months: FinancialStatementMonth[];

  @Field(() => MoneyType, { description: 'Allowances paid for the months shown, in total' })
  allowance: MoneyType;

  @Field(() => MoneyType, { description: 'The person’s own costs reimbursed for the months shown, in total' })
  ownCosts: MoneyType;

  @Field(() => MoneyType, {
    description: 'Advances for the foundation for the months shown, in total: not income, not counted towards the caps',
  })
  advancesForFoundation: MoneyType;

  @Field(() => MoneyType, { description: 'What the caps count for the months shown, in total' })
  countedTowardsCaps: MoneyType;

  @Field(() => MoneyType, { description: 'Allowances the person declared from other organisations this year' })
  declaredElsewhere: MoneyType;

  @Field(() => MoneyType, { nullable: true, description: 'The fiscal cap per month for the year; null when no limits are entered for it' })
  monthlyCap: MoneyType | null;

  @Field(() => MoneyType, { nullable: true, description: 'The fiscal cap per year; null when no limits are entered for it' })
  yearlyCap: MoneyType | null;

  @Field({ description: 'Whether the limits of the year are confirmed (false also when there are none)' })
  limitsConfirmed: boolean;
}

function monthType(row: StatementMonthFigures): FinancialStatementMonth {
  return {
    month: row.month,
    allowance: euros(row.allowanceCents),
    ownCosts: euros(row.ownCostsCents),
    advancesForFoundation: euros(row.advancesCents),
    countedTowardsCaps: euros(row.countedCents),
  };
}

@Resolver(() => VolunteerReference)
export class VolunteerStatementResolver {
  @Authorized()
  @FieldResolver(() => FinancialStatement, {
    nullable: true,
    description: 'Allowances and reimbursed costs of a year (or one month of it); the person and admins only',
  })
  async financialStatement(
    @Root() volunteer: VolunteerReference,
    @Arg('year', () => Int, { description: 'Calendar year, from 2000 up to next year' }) year: number,
    @Arg('month', () => Int, { nullable: true, description: '1–12 for one month of the year; omit for the whole year' })
    month: number | null,
    @Ctx() ctx: FinanceContext,
  ): Promise<FinancialStatement> {
    const figures = await statementFigures(ctx.dataSource.manager, ctx.identity, volunteer.id, year, month ?? null);
    return {
      figures,
      year: figures.year,
      month: figures.month,
      months: figures.months.map(monthType),
      allowance: euros(figures.totals.allowanceCents),
      ownCosts: euros(figures.totals.ownCostsCents),
      advancesForFoundation: euros(figures.totals.advancesCents),
      countedTowardsCaps: euros(figures.totals.countedCents),
      declaredElsewhere: euros(figures.declaredElsewhereCents),
      monthlyCap: figures.monthlyCapCents === null ? null : euros(figures.monthlyCapCents),
      yearlyCap: figures.yearlyCapCents === null ? null : euros(figures.yearlyCapCents),
      limitsConfirmed: figures.limitsConfirmed,
    };
  }
}

@Resolver(() => FinancialStatement)
export class FinancialStatementResolver {
  @FieldResolver(() => GeneratedFile, { description: 'The statement as a PDF in Dutch' })
  pdf(@Root() statement: FinancialStatement): Promise<GeneratedFile> {
    return financialStatementPdf(statement.figures);
  }
}
