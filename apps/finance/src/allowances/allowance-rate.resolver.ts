import { Role } from '@buurtvolk/identity';
import { demoId } from '@buurtvolk/domain';
import { badUserInput, conflict, notFound } from '@buurtvolk/subgraph-kit';
import { IsBoolean, IsInt, Length, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { AllowanceRate } from './allowance-rate.entity';
import { lockAllowanceYear, releaseHeldAllowances } from './held-allowances';

/** The limits of a year as an admin enters them. */
@InputType('AddAllowanceRateInput', { description: 'The limits of a year that has none yet' })
class AddAllowanceRateInput {
  @Field(() => Int, { description: 'The calendar year, 2000 to 2100' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: 'Cents per hour, 21 and over' })
  @IsInt()
  @Min(1)
  hourly21PlusCents: number;

  @Field(() => Int, { description: 'Cents per hour, under 21' })
  @IsInt()
  @Min(1)
  hourlyUnder21Cents: number;

  @Field(() => Int, { description: 'Cents a volunteer may receive per calendar month at most' })
  @IsInt()
  @Min(1)
  monthlyCapCents: number;

  @Field(() => Int, { description: 'Cents a volunteer may receive per calendar year at most; not below monthlyCapCents' })
  @IsInt()
  @Min(1)
  yearlyCapCents: number;

  @Field({ description: 'Checked against the Belastingdienst; false: announced, to be confirmed' })
  @IsBoolean()
  confirmed: boolean;

  @Field({ description: 'Where the limits come from (3 to 300 characters)' })
  @Length(3, 300)
  source: string;
}

@InputType('CorrectAllowanceRateInput', { description: 'The corrected limits of a year and the version you read' })
class CorrectAllowanceRateInput extends AddAllowanceRateInput {
  @Field(() => Int, { description: 'The version you read' })
  @Min(1)
  version: number;
}

function assertCapsInOrder(changes: { monthlyCapCents: number; yearlyCapCents: number }): void {
  if (changes.yearlyCapCents < changes.monthlyCapCents)
    throw badUserInput('The yearly cap cannot be below the monthly cap', [
      { field: 'yearlyCapCents', message: 'must be at least monthlyCapCents' },
    ]);
}

@Resolver(() => AllowanceRate)
export class AllowanceRateResolver {
  @Authorized()
  @Query(() => [AllowanceRate], { description: 'The fiscal limits of the volunteer allowance per year' })
  allowanceRates(@Ctx() ctx: FinanceContext) {
    return ctx.dataSource.getRepository(AllowanceRate).find({ order: { year: 'ASC' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AllowanceRate, { description: 'Corrects the limits of a year (e.g. once the Belastingdienst confirms them)' })
  async correctAllowanceRate(
    @Arg('input', { description: 'The year, its corrected limits and the version you read' })
    { year, version, ...changes }: CorrectAllowanceRateInput,
    @Ctx() ctx: FinanceContext,
  ) {
    assertCapsInOrder(changes);
    return ctx.dataSource.transaction(async (manager) => {
      await lockAllowanceYear(manager, year);
      const result = await manager
        .createQueryBuilder()
        .update(AllowanceRate)
        .set({ ...changes, version: () => 'version + 1' })
        .where('year = :year AND version = :version', { year, version })
        .execute();
      if (!result.affected) {
        if (await manager.existsBy(AllowanceRate, { year }))
          throw conflict(`The ${year} rates were changed by someone else; reload them and try again`);
        throw notFound('allowance rate for year', String(year));
      }
      await ctx.audit.record(manager, {
        action: 'allowance-rate.corrected',
        entityType: 'AllowanceRate',
        entityId: demoId(`allowance-rate:${year}`),
      });
      // Confirmed (or corrected) limits may leave room for allowances that were held.
      await releaseHeldAllowances(manager, { year }, ctx.audit);
      return manager.findOneByOrFail(AllowanceRate, { year });
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AllowanceRate, {
    description:
      'An admin explicitly allows paying allowances under limits that are not confirmed yet (audited); held allowances of the year are released as far as they fit',
  })
  async allowPaymentsUnderUnconfirmedLimits(
    @Arg('year', () => Int, { description: 'The calendar year of the limits' }) year: number,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.dataSource.transaction(async (manager) => {
      await lockAllowanceYear(manager, year);
      const rates = await manager.findOneBy(AllowanceRate, { year });
      if (!rates) throw notFound('allowance rate for year', String(year));
      if (rates.confirmed) throw conflict(`The ${year} limits are confirmed; payments need no further permission`);
      if (rates.version !== version) throw conflict(`The ${year} rates were changed by someone else; reload them and try again`);
      if (!rates.unconfirmedPaymentsAllowedAt) {
        await manager.query(
          `UPDATE allowance_rates SET unconfirmed_payments_allowed_at = now(), unconfirmed_payments_allowed_by = $2, version = version + 1 WHERE year = $1`,
          [year, ctx.identity?.subject ?? null],
        );
        await ctx.audit.record(manager, {
          action: 'allowance-rate.unconfirmed-payments-allowed',
          entityType: 'AllowanceRate',
          entityId: demoId(`allowance-rate:${year}`),
        });
        await releaseHeldAllowances(manager, { year }, ctx.audit);
      }
      return manager.findOneByOrFail(AllowanceRate, { year });
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AllowanceRate, {
    description: 'Enters the limits of a year that has none yet (e.g. once announced); correct them later with correctAllowanceRate',
  })
  async addAllowanceRate(
    @Arg('input', { description: 'The year and its limits' }) { year, ...values }: AddAllowanceRateInput,
    @Ctx() ctx: FinanceContext,
  ) {
    assertCapsInOrder(values);
    return ctx.dataSource.transaction(async (manager) => {
      await lockAllowanceYear(manager, year);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO allowance_rates (year, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, confirmed, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (year) DO NOTHING RETURNING year`,
        [
          year,
          values.hourly21PlusCents,
          values.hourlyUnder21Cents,
          values.monthlyCapCents,
          values.yearlyCapCents,
          values.confirmed,
          values.source.trim(),
        ],
      );
      if (!inserted.length) throw conflict(`The ${year} limits are already entered; correct them instead`);
      await ctx.audit.record(manager, {
        action: 'allowance-rate.added',
        entityType: 'AllowanceRate',
        entityId: demoId(`allowance-rate:${year}`),
      });
      // Allowances held for want of these limits are paid now if they are confirmed; unconfirmed ones still wait.
      await releaseHeldAllowances(manager, { year }, ctx.audit);
      return manager.findOneByOrFail(AllowanceRate, { year });
    });
  }
}
