import { Role } from '@buurtvolk/identity';
import { demoId } from '@buurtvolk/domain';
import { badUserInput, conflict, notFound } from '@buurtvolk/subgraph-kit';
import { IsBoolean, IsInt, Length, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { AllowanceRate } from './allowance-rate.entity';

/** The limits of a year as an admin enters them. */
@InputType('AddAllowanceRateInput', { description: 'The limits of a year that has none yet' })
class AddAllowanceRateInput {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: 'Cents per hour, 21 and over' })
  @IsInt()
  @Min(1)
  hourly21PlusCents: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  hourlyUnder21Cents: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  monthlyCapCents: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  yearlyCapCents: number;

  @Field()
  @IsBoolean()
  confirmed: boolean;

  @Field()
  @Length(3, 300)
  source: string;
}

@InputType('CorrectAllowanceRateInput')
class CorrectAllowanceRateInput extends AddAllowanceRateInput {
  @Field(() => Int)
  @Min(1)
  version: number;
}

function assertCapsInOrder(changes: { monthlyCapCents: number; yearlyCapCents: number }): void {
  if (changes.yearlyCapCents < changes.monthlyCapCents) throw badUserInput('The yearly cap cannot be below the monthly cap', [{ field: 'yearlyCapCents', message: 'must be at least monthlyCapCents' }]);
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
  async correctAllowanceRate(@Arg('input') { year, version, ...changes }: CorrectAllowanceRateInput, @Ctx() ctx: FinanceContext) {
    assertCapsInOrder(changes);
    return ctx.dataSource.transaction(async (manager) => {
      const result = await manager.createQueryBuilder().update(AllowanceRate).set({ ...changes, version: () => 'version + 1' }).where('year = :year AND version = :version', { year, version }).execute();
      if (!result.affected) {
        if (await manager.existsBy(AllowanceRate, { year })) throw conflict(`The ${year} rates were changed by someone else; reload them and try again`);
        throw notFound('allowance rate for year', String(year));
      }
      await ctx.audit.record(manager, { action: 'allowance-rate.corrected', entityType: 'AllowanceRate', entityId: demoId(`allowance-rate:${year}`) });
      return manager.findOneByOrFail(AllowanceRate, { year });
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AllowanceRate, { description: 'Enters the limits of a year that has none yet (e.g. once announced); correct them later with correctAllowanceRate' })
  async addAllowanceRate(@Arg('input') { year, ...values }: AddAllowanceRateInput, @Ctx() ctx: FinanceContext) {
    assertCapsInOrder(values);
    return ctx.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO allowance_rates (year, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, confirmed, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (year) DO NOTHING RETURNING year`,
        [year, values.hourly21PlusCents, values.hourlyUnder21Cents, values.monthlyCapCents, values.yearlyCapCents, values.confirmed, values.source.trim()],
      );
      if (!inserted.length) throw conflict(`The ${year} limits are already entered; correct them instead`);
      await ctx.audit.record(manager, { action: 'allowance-rate.added', entityType: 'AllowanceRate', entityId: demoId(`allowance-rate:${year}`) });
      return manager.findOneByOrFail(AllowanceRate, { year });
    });
  }
}
