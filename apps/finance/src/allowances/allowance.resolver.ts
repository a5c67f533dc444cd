import { badUserInput, euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { Role } from '@buurtvolk/identity';
import { IsBoolean, IsIn, IsInt, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { FinanceContext } from '../context';
import { PositiveMoneyInput } from '../ledger/money';
import { TeamReference, VolunteerReference } from '../references';
import { birthDateFromGrant, grantEligibility } from './eligibility';

@InputType('AgreeAllowanceArrangementInput', {
  description: 'An allowance arrangement for a volunteer in a team: the kind, the amount, the start and the eligibility grant',
})
class AgreeAllowanceArrangementInput {
  @Field(() => ID, { description: 'The volunteer who receives the allowance' })
  @IsUUID()
  volunteerId: string;

  @Field(() => ID, { description: 'The team they volunteer in; you manage it' })
  @IsUUID()
  teamId: string;

  @Field({ description: 'FLAT_MONTHLY (an amount per month) or HOURLY (a rate per approved hour)' })
  @IsIn(['FLAT_MONTHLY', 'HOURLY'], { message: 'kind must be FLAT_MONTHLY or HOURLY' })
  kind: 'FLAT_MONTHLY' | 'HOURLY';

  @Field(() => PositiveMoneyInput, { description: 'Per month, or per hour' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field(() => LocalDateResolver, {
    description:
      'The first day it applies, a date in Europe/Amsterdam; it ends an open arrangement of the person in the team the day before',
  })
  startsOn: string;

  @Field({
    description:
      'The grant of Volunteer.allowanceEligibility for this person and team: it carries their birth date as the volunteers service knows it',
  })
  @Length(20, 400)
  eligibility: string;

  @Field({
    defaultValue: false,
    description:
      'Ignored. Whether someone receives social assistance is recorded by an admin (recordSocialAssistance), never by a coordinator',
    deprecationReason: 'Use recordSocialAssistance: allowances under 27 in bijstand are then held until the municipality consents',
  })
  @IsBoolean()
  socialAssistanceUnder27: boolean = false;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('PayFlatAllowanceInput', { description: 'A flat allowance arrangement and the month of work to pay' })
class PayFlatAllowanceInput {
  @Field(() => ID, { description: 'The FLAT_MONTHLY arrangement (as agreeAllowanceArrangement returned it)' })
  @IsUUID()
  arrangementId: string;

  @Field({ description: 'The month of work, e.g. 2026-03' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2026-03' })
  month: string;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('DeclareAllowanceElsewhereInput', {
  description: 'Allowances the volunteer receives from other organisations this year; they count towards the yearly cap',
})
class DeclareAllowanceElsewhereInput {
  @Field(() => ID, { description: 'The volunteer who receives them' })
  @IsUUID()
  volunteerId: string;

  @Field(() => Int, { description: 'The calendar year, 2000 to 2100' })
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

  @Field({ description: 'The month looked at, e.g. 2026-03' })
  month: string;

  @Field(() => MoneyType, { description: 'Allowances of the month so far' })
  usedThisMonth: MoneyType;

  @Field(() => MoneyType, { description: 'Including allowances declared from other organisations' })
  usedThisYear: MoneyType;

  @Field(() => MoneyType, { description: 'The most a volunteer may receive in a calendar month' })
  monthlyCap: MoneyType;

  @Field(() => MoneyType, { description: 'The most a volunteer may receive in the calendar year' })
  yearlyCap: MoneyType;

  @Field({ description: 'Whether the caps are of limits an admin confirmed' })
  limitsConfirmed: boolean;
}

@Resolver()
export class AllowanceResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ID, { description: 'Agrees an allowance arrangement within the fiscal limits; returns its id' })
  agreeAllowanceArrangement(
    @Arg('input', { description: 'The volunteer, team, kind, amount, start and eligibility grant' })
    { amount, eligibility, ...input }: AgreeAllowanceArrangementInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.allowances.agree({
      ...input,
      amountCents: amount.cents,
      dateOfBirth: birthDateFromGrant(eligibility, input.volunteerId, input.teamId),
    });
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ID, { description: 'Pays a flat allowance for a month of work; refused with LIMIT_EXCEEDED over a cap' })
  payFlatAllowance(
    @Arg('input', { description: 'The arrangement and the month of work' }) input: PayFlatAllowanceInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.allowances.payFlat(input.arrangementId, input.month, input.idempotencyKey);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => Boolean, {
    description:
      'Records what a volunteer receives from other organisations in a year (replacing an earlier declaration), counted towards the yearly cap; by the person, a coordinator of their team or an admin',
  })
  async declareAllowanceElsewhere(
    @Arg('input', { description: 'The volunteer, the year and the amount' }) input: DeclareAllowanceElsewhereInput,
    @Ctx() ctx: FinanceContext,
  ) {
    await ctx.allowances.declareElsewhere(input.volunteerId, input.year, input.amountCents);
    return true;
  }
}

@ObjectType('AllowanceEligibility', { description: 'The limits of an allowance arrangement for this person, from their birth date' })
class AllowanceEligibility {
  @Field(() => MoneyType, { description: 'The hourly maximum for their age today' })
  maxHourly: MoneyType;

  @Field(() => MoneyType, { description: 'The most they may receive in a calendar month' })
  monthlyCap: MoneyType;

  @Field({ description: "Whether these are of this year's confirmed limits" })
  limitsConfirmed: boolean;

  @Field({ description: 'Pass as eligibility to agreeAllowanceArrangement within 30 minutes' })
  grant: string;
}

@Resolver(() => VolunteerReference)
export class VolunteerEligibilityResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @FieldResolver(() => AllowanceEligibility, {
    nullable: true,
    description: 'For an allowance arrangement in a team: the limits and a grant carrying the birth date',
  })
  @Directive('@requires(fields: "dateOfBirth")')
  async allowanceEligibility(
    @Root() volunteer: VolunteerReference,
    @Arg('teamId', () => ID, { description: 'The team of the arrangement; you manage it' }) teamId: string,
    @Ctx() ctx: FinanceContext,
  ): Promise<AllowanceEligibility> {
    ctx.policy.assertManagesTeam(teamId);
    if (!volunteer.dateOfBirth)
      throw badUserInput('The volunteers service has no birth date of this person for you; it decides the allowance limits', [
        { field: 'dateOfBirth', message: 'is unknown' },
      ]);
    const limits = await ctx.allowances.limitsFor(volunteer.dateOfBirth);
    return {
      maxHourly: euros(limits.maxHourlyCents),
      monthlyCap: euros(limits.monthlyCapCents),
      limitsConfirmed: limits.limitsConfirmed,
      grant: grantEligibility(volunteer.id, teamId, volunteer.dateOfBirth),
    };
  }
}

@Resolver(() => AllowanceCapStanding)
export class AllowanceCapStandingResolver {
  @FieldResolver(() => VolunteerReference, { description: 'The volunteer' })
  volunteer(@Root() standing: AllowanceCapStanding): VolunteerReference {
    return { id: standing.volunteerId };
  }
}

@Resolver(() => TeamReference)
export class TeamAllowanceResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @FieldResolver(() => [AllowanceCapStanding], { nullable: true, description: 'Volunteers approaching an allowance cap in a month' })
  async allowancesNearCap(
    @Root() team: TeamReference,
    @Arg('month', { description: 'The month, e.g. 2026-03' }) month: string,
    @Ctx() ctx: FinanceContext,
  ): Promise<AllowanceCapStanding[]> {
    return (await ctx.allowances.approachingCaps(team.id, month)).map((row) => ({
      volunteerId: row.volunteerId,
      month: row.month,
      usedThisMonth: euros(row.usedThisMonthCents),
      usedThisYear: euros(row.usedThisYearCents),
      monthlyCap: euros(row.monthlyCapCents),
      yearlyCap: euros(row.yearlyCapCents),
      limitsConfirmed: row.limitsConfirmed,
    }));
  }
}
