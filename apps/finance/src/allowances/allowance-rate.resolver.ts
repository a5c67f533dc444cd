import { Role } from '@buurtvolk/identity';
import { demoId } from '@buurtvolk/domain';
import { badUserInput, conflict, notFound } from '@buurtvolk/subgraph-kit';
import { IsBoolean, IsInt, Length, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { AllowanceRate } from './allowance-rate.entity';

@InputType('CorrectAllowanceRateInput')
class CorrectAllowanceRateInput {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int)
  @Min(1)
  version: number;

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
    if (changes.yearlyCapCents < changes.monthlyCapCents) throw badUserInput('The yearly cap cannot be below the monthly cap', [{ field: 'yearlyCapCents', message: 'must be at least monthlyCapCents' }]);
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
}
