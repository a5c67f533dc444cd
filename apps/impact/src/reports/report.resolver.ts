import { Role } from '@buurtvolk/identity';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import type { ImpactContext } from '../context';
import { FundingAgreementReference, NeighbourhoodReference, TeamReference } from '../references';
import { DEFAULT_DISCOUNT_RATE_PERCENT } from './cost-benefit.rules';
import { reportCsv } from './csv-export';
import { CostBenefit } from './cost-benefit.types';
import { CsvTable, ImpactReport, NationalOverview } from './report.types';

@ArgsType()
class CostBenefitArgs {
  @Field(() => Float, {
    defaultValue: DEFAULT_DISCOUNT_RATE_PERCENT,
    description: 'Yearly discount rate in percent (default: the Dutch standard 2.25)',
  })
  @IsNumber()
  @Min(0)
  @Max(20)
  discountRatePercent: number;

  @Field(() => Int, { nullable: true, description: 'Price year of the shadow prices; default the report’s (last) year' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  priceYear?: number;
}

@Resolver(() => ImpactReport)
export class ImpactReportResolver {
  @FieldResolver(() => CostBenefit, { description: 'The social cost-benefit analysis (MKBA) at a discount rate and price year' })
  costBenefit(@Root() report: ImpactReport, @Args() { discountRatePercent, priceYear }: CostBenefitArgs, @Ctx() ctx: ImpactContext) {
    return ctx.reports.costBenefit(report, discountRatePercent, priceYear ?? report.basis.years.at(-1)!.year);
  }

  @FieldResolver(() => [CsvTable], { description: 'Every table of this report as CSV, with Dutch column headers' })
  async csv(@Root() report: ImpactReport, @Args() { discountRatePercent, priceYear }: CostBenefitArgs, @Ctx() ctx: ImpactContext) {
    return reportCsv(report, await this.costBenefit(report, { discountRatePercent, priceYear }, ctx));
  }

  @Authorized(Role.ADMIN)
  @Query(() => NationalOverview, { description: 'All neighbourhoods in one year (admins)' })
  nationalImpact(@Arg('year', () => Int, { description: 'The calendar year' }) year: number, @Ctx() ctx: ImpactContext) {
    return ctx.reports.national(year);
  }
}

@Resolver(() => NeighbourhoodReference)
export class NeighbourhoodImpactResolver {
  @Authorized()
  @FieldResolver(() => ImpactReport, {
    nullable: true,
    description: 'What the teams achieved here in a year and what it is worth (admins, partners serving it)',
  })
  impact(
    @Root() neighbourhood: NeighbourhoodReference,
    @Arg('year', () => Int, { description: 'The calendar year' }) year: number,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.reports.forNeighbourhood(neighbourhood.id, year);
  }
}

@Resolver(() => TeamReference)
export class TeamImpactResolver {
  @Authorized()
  @FieldResolver(() => ImpactReport, {
    nullable: true,
    description: 'What the team achieved in a year (admins, its coordinators, partners serving its neighbourhood)',
  })
  impact(
    @Root() team: TeamReference,
    @Arg('year', () => Int, { description: 'The calendar year' }) year: number,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.reports.forTeam(team.id, year);
  }
}

@Resolver(() => FundingAgreementReference)
export class FundingAgreementImpactResolver {
  @Authorized()
  @FieldResolver(() => ImpactReport, {
    nullable: true,
    description: 'What the agreement’s teams achieved over its period so far, beside the promised return (admins, the funder)',
  })
  impact(@Root() agreement: FundingAgreementReference, @Ctx() ctx: ImpactContext) {
    return ctx.reports.forAgreement(agreement.id);
  }
}
