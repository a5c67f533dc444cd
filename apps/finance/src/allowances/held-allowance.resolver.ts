import { Role } from '@buurtvolk/identity';
import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { TeamReference, VolunteerReference } from '../references';
import type { FlatAllowanceWarning as FlatWarningRow, LimitWarning } from './allowance.service';
import { type HeldAllowanceRow, HeldReason } from './held-allowances';

registerEnumType(HeldReason, {
  name: 'HeldAllowanceReason',
  description:
    'Why an allowance waits: over a cap, no or too small an ALLOWANCES budget, no limits for the year, limits not confirmed, or (shown to admins only) the municipality’s consent for a person under 27 on social assistance',
  valuesConfig: {
    OVER_CAP: { description: 'Paying it would pass the monthly or yearly cap' },
    NO_BUDGET: { description: 'The team has no ALLOWANCES budget for the year' },
    BUDGET_SHORT: { description: 'What is left of the team’s ALLOWANCES budget is too little' },
    NO_LIMITS: { description: 'No limits are entered for the year' },
    LIMITS_UNCONFIRMED: { description: 'The limits of the year are not confirmed and payments under them are not allowed' },
    SOCIAL_ASSISTANCE: {
      description: 'Under 27 and on social assistance (bijstand): waits for the municipality’s written consent; admins only',
    },
  },
});

export enum LimitWarningKind {
  MISSING = 'MISSING',
  UNCONFIRMED = 'UNCONFIRMED',
}
registerEnumType(LimitWarningKind, {
  name: 'AllowanceLimitWarningKind',
  description: 'What an admin must do about the limits of a year',
  valuesConfig: {
    MISSING: { description: 'No limits are entered for the year: add them' },
    UNCONFIRMED: { description: 'The limits are entered but not confirmed: confirm them' },
  },
});

@ObjectType('HeldAllowance', {
  description: 'An hourly allowance that waits, with the reason; paid automatically, as far as it fits, once the reason is gone',
})
class HeldAllowance {
  @Field(() => ID, { description: 'The held allowance' })
  id: string;

  volunteerId: string;
  teamId: string;

  @Field({ description: 'The month of the hours, e.g. 2026-03' })
  month: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day of the approved hours' })
  hoursOn: string | null;

  @Field(() => MoneyType, { description: 'What waits (a part may already be paid)' })
  amount: MoneyType;

  @Field(() => HeldReason, { description: 'Why it waits' })
  reason: HeldReason;

  @Field({ description: 'The reason with its figures, in English' })
  message: string;

  @Field(() => DateTimeResolver, { description: 'When it was first held' })
  heldSince: Date;

  @Field({ description: 'Whether the limits of the year are confirmed (false also when there are none)' })
  limitsConfirmed: boolean;
}

@ObjectType('AllowanceLimitWarning', {
  description: "Limits an admin must enter or confirm: this year's or next year's missing, or entered but not confirmed",
})
class AllowanceLimitWarning {
  @Field(() => LimitWarningKind, { description: 'Missing or not confirmed' })
  kind: LimitWarningKind;

  @Field(() => Int, { description: 'The calendar year of the limits' })
  year: number;

  @Field({ description: 'For UNCONFIRMED: an admin allowed payments under these limits' })
  paymentsAllowed: boolean;

  @Field({ description: 'What is wrong, in English' })
  message: string;
}

@ObjectType('FlatAllowanceWarning', {
  description:
    "A month's flat allowance that, per approved hour, is above the hourly maximum for the person's age (or no hours were approved)",
})
class FlatAllowanceWarning {
  @Field(() => ID, { description: 'The allowance' })
  id: string;

  volunteerId: string;
  teamId: string;

  @Field({ description: 'The month of work, e.g. 2026-03' })
  month: string;

  @Field(() => MoneyType, { description: 'The flat allowance of the month' })
  amount: MoneyType;

  @Field(() => Int, { description: 'Minutes approved that month in the team' })
  approvedMinutes: number;

  @Field(() => MoneyType, { nullable: true, description: 'The allowance per approved hour; null without approved hours' })
  perHour: MoneyType | null;

  @Field(() => MoneyType, { description: 'The hourly maximum for the person’s age' })
  maxHourly: MoneyType;

  @Field({ description: 'Whether the limits of the year are confirmed (false also when there are none)' })
  limitsConfirmed: boolean;
}

function held(row: HeldAllowanceRow): HeldAllowance {
  return {
    id: row.id,
    volunteerId: row.volunteerId,
    teamId: row.teamId,
    month: row.month,
    hoursOn: row.hoursOn,
    amount: euros(row.amountCents),
    reason: row.reason,
    message: row.message,
    heldSince: row.heldSince,
    limitsConfirmed: row.limitsConfirmed,
  };
}

function flat(row: FlatWarningRow): FlatAllowanceWarning {
  return {
    id: row.id,
    volunteerId: row.volunteerId,
    teamId: row.teamId,
    month: row.month,
    amount: euros(row.amountCents),
    approvedMinutes: row.minutes,
    perHour: row.hourlyEquivalentCents === null ? null : euros(row.hourlyEquivalentCents),
    maxHourly: euros(row.maxHourlyCents),
    limitsConfirmed: row.limitsConfirmed,
  };
}

@Resolver(() => HeldAllowance)
export class HeldAllowanceResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [HeldAllowance], { description: "Every team's held allowances, oldest month first" })
  async heldAllowances(@Ctx() ctx: FinanceContext): Promise<HeldAllowance[]> {
    return (await ctx.allowances.allHeld()).map(held);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AllowanceLimitWarning], {
    description: "From 1 November: next year's limits missing; and limits of this year or later that are not confirmed",
  })
  async allowanceLimitWarnings(
    @Arg('on', () => LocalDateResolver, { nullable: true, description: 'As on this day (default: today in Amsterdam)' }) on: string | null,
    @Ctx() ctx: FinanceContext,
  ): Promise<AllowanceLimitWarning[]> {
    return (await ctx.allowances.limitWarnings(on ?? undefined)).map((warning: LimitWarning) => ({
      ...warning,
      kind: warning.kind as LimitWarningKind,
    }));
  }

  @Authorized(Role.ADMIN)
  @Query(() => [FlatAllowanceWarning], { description: "A year's flat allowances out of proportion to the approved hours" })
  async flatAllowanceWarnings(
    @Arg('year', () => Int, { description: 'The calendar year' }) year: number,
    @Ctx() ctx: FinanceContext,
  ): Promise<FlatAllowanceWarning[]> {
    return (await ctx.allowances.flatAllowanceWarnings(year)).map(flat);
  }

  @FieldResolver(() => VolunteerReference, { description: 'The volunteer it is for' })
  volunteer(@Root() row: HeldAllowance): VolunteerReference {
    return { id: row.volunteerId };
  }

  @FieldResolver(() => TeamReference, { description: 'The team of the arrangement' })
  team(@Root() row: HeldAllowance): TeamReference {
    return { id: row.teamId };
  }
}

@Resolver(() => FlatAllowanceWarning)
export class FlatAllowanceWarningResolver {
  @FieldResolver(() => VolunteerReference, { description: 'The volunteer it is for' })
  volunteer(@Root() row: FlatAllowanceWarning): VolunteerReference {
    return { id: row.volunteerId };
  }

  @FieldResolver(() => TeamReference, { description: 'The team of the arrangement' })
  team(@Root() row: FlatAllowanceWarning): TeamReference {
    return { id: row.teamId };
  }
}

@Resolver(() => TeamReference)
export class TeamHeldAllowanceResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @FieldResolver(() => [HeldAllowance], {
    nullable: true,
    description: "The team's held allowances with the reason: for its coordinators (people whose money they may see) and admins",
  })
  async heldAllowances(@Root() team: TeamReference, @Ctx() ctx: FinanceContext): Promise<HeldAllowance[]> {
    return (await ctx.allowances.heldOfTeam(team.id)).map(held);
  }
}
