import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { Role } from '@buurtvolk/identity';
import { IsBoolean, IsIn, IsInt, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { PositiveMoneyInput } from '../ledger/money';
import { TeamReference, VolunteerReference } from '../references';

@InputType('AgreeAllowanceArrangementInput')
class AgreeAllowanceArrangementInput {
  @Field(() => ID)
  @IsUUID()
  volunteerId: string;

  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field({ description: 'FLAT_MONTHLY (an amount per month) or HOURLY (a rate per approved hour)' })
  @IsIn(['FLAT_MONTHLY', 'HOURLY'], { message: 'kind must be FLAT_MONTHLY or HOURLY' })
  kind: 'FLAT_MONTHLY' | 'HOURLY';

  @Field(() => PositiveMoneyInput, { description: 'Per month, or per hour' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver, { description: 'Decides the hourly maximum (21 and over, or under 21)' })
  dateOfBirth: string;

  @Field({ defaultValue: false, description: 'Receives social assistance (optional, with consent): under 27 only proven costs are reimbursed' })
  @IsBoolean()
  socialAssistanceUnder27: boolean = false;

  @Field()
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('PayFlatAllowanceInput')
class PayFlatAllowanceInput {
  @Field(() => ID)
  @IsUUID()
  arrangementId: string;

  @Field({ description: 'The month of work, e.g. 2026-03' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2026-03' })
  month: string;

  @Field()
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('DeclareAllowanceElsewhereInput', { description: 'Allowances the volunteer receives from other organisations this year; they count towards the yearly cap' })
class DeclareAllowanceElsewhereInput {
  @Field(() => ID)
  @IsUUID()
  volunteerId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: 'Cents' })
  @IsInt()
  @Min(0)
  amountCents: number;
}

@ObjectType('AllowanceCapStanding', { description: 'A volunteer at 80% or more of a monthly or yearly cap' })
class AllowanceCapStanding {
  volunteerId: string;

  @Field()
  month: string;

  @Field(() => MoneyType)
  usedThisMonth: MoneyType;

  @Field(() => MoneyType, { description: 'Including allowances declared from other organisations' })
  usedThisYear: MoneyType;

  @Field(() => MoneyType)
  monthlyCap: MoneyType;

  @Field(() => MoneyType)
  yearlyCap: MoneyType;
}

@Resolver()
export class AllowanceResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ID, { description: 'Agrees an allowance arrangement within the fiscal limits; returns its id' })
  agreeAllowanceArrangement(@Arg('input') { amount, ...input }: AgreeAllowanceArrangementInput, @Ctx() ctx: FinanceContext) {
    return ctx.allowances.agree({ ...input, amountCents: amount.cents });
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ID, { description: 'Pays a flat allowance for a month of work; refused with LIMIT_EXCEEDED over a cap' })
  payFlatAllowance(@Arg('input') input: PayFlatAllowanceInput, @Ctx() ctx: FinanceContext) {
    return ctx.allowances.payFlat(input.arrangementId, input.month, input.idempotencyKey);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => Boolean)
  async declareAllowanceElsewhere(@Arg('input') input: DeclareAllowanceElsewhereInput, @Ctx() ctx: FinanceContext) {
    await ctx.allowances.declareElsewhere(input.volunteerId, input.year, input.amountCents);
    return true;
  }
}

@Resolver(() => AllowanceCapStanding)
export class AllowanceCapStandingResolver {
  @FieldResolver(() => VolunteerReference)
  volunteer(@Root() standing: AllowanceCapStanding): VolunteerReference {
    return { id: standing.volunteerId };
  }
}

@Resolver(() => TeamReference)
export class TeamAllowanceResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @FieldResolver(() => [AllowanceCapStanding], { nullable: true, description: 'Volunteers approaching an allowance cap in a month' })
  async allowancesNearCap(@Root() team: TeamReference, @Arg('month') month: string, @Ctx() ctx: FinanceContext): Promise<AllowanceCapStanding[]> {
    return (await ctx.allowances.approachingCaps(team.id, month)).map((row) => ({
      volunteerId: row.volunteerId,
      month: row.month,
      usedThisMonth: euros(row.usedThisMonthCents),
      usedThisYear: euros(row.usedThisYearCents),
      monthlyCap: euros(row.monthlyCapCents),
      yearlyCap: euros(row.yearlyCapCents),
    }));
  }
}
