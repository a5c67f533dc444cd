import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { yearEndExport } from './year-end';

@ObjectType('YearEndExport', {
  description:
    'A year of the books as an accountant imports it: two semicolon-separated CSV files (UTF-8 with BOM, euros with a decimal comma)',
})
export class YearEndExportType {
  @Field({ description: 'File name for movements, e.g. buurtvolk-grootboek-2026.csv' })
  fileName: string;

  @Field({ description: 'Every ledger movement dated in the year (Amsterdam time), with both accounts' })
  movements: string;

  @Field({ description: 'File name for summary, e.g. buurtvolk-budgetten-2026.csv' })
  summaryFileName: string;

  @Field({ description: 'Per team and category of the year’s budgets: allocated, spent and left, with a total' })
  summary: string;
}

@Resolver()
export class YearEndResolver {
  @Authorized(Role.ADMIN)
  @Query(() => YearEndExportType, { description: 'The year-end export for the accountant (admins)' })
  yearEndExport(
    @Arg('year', () => Int, { description: 'The calendar year (Europe/Amsterdam)' }) year: number,
    @Ctx() ctx: FinanceContext,
  ): Promise<YearEndExportType> {
    ctx.policy.assertCanCloseTheBooks();
    return yearEndExport(ctx.dataSource, year);
  }
}
