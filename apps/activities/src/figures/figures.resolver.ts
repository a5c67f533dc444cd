import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ActivitiesContext } from '../context';
import { NeighbourhoodReference, TeamReference } from '../references';
import { FirstYearProgress, HoursSummary, MunicipalityThemeHours } from './figures.types';

@ArgsType()
class YearArgs {
  @Field(() => Int, { description: 'Calendar year (Europe/Amsterdam)' })
  @Min(2000)
  @Max(2100)
  year: number;
}

@Resolver(() => TeamReference)
export class TeamFiguresResolver {
  @Authorized()
  @FieldResolver(() => HoursSummary, {
    nullable: true,
    description: 'Volunteer hours of the team in a year; for admins, the team and partners serving its neighbourhood (FORBIDDEN otherwise)',
  })
  hours(@Root() team: TeamReference, @Args() { year }: YearArgs, @Ctx() ctx: ActivitiesContext) {
    return ctx.figures.teamYear(team.id, year);
  }

  @Authorized()
  @FieldResolver(() => FirstYearProgress, {
    nullable: true,
    description:
      'Progress on the first-year promise; for admins, the team and partners serving its neighbourhood (FORBIDDEN otherwise); null for an unknown team',
  })
  firstYearProgress(@Root() team: TeamReference, @Ctx() ctx: ActivitiesContext) {
    return ctx.figures.firstYear(team.id);
  }
}

@Resolver(() => NeighbourhoodReference)
export class NeighbourhoodFiguresResolver {
  @Authorized()
  @FieldResolver(() => HoursSummary, {
    nullable: true,
    description: 'Volunteer hours in the neighbourhood in a year; for admins, its teams and partners serving it (FORBIDDEN otherwise)',
  })
  hours(@Root() neighbourhood: NeighbourhoodReference, @Args() { year }: YearArgs, @Ctx() ctx: ActivitiesContext) {
    return ctx.figures.neighbourhoodYear(neighbourhood.id, year);
  }
}

@Resolver()
export class NationalFiguresResolver {
  @Authorized()
  @Query(() => [MunicipalityThemeHours], {
    description: 'Approved hours per municipality and theme; admins: the country, partners: their neighbourhoods',
  })
  nationalHours(@Arg('year', () => Int, { description: 'Calendar year (Europe/Amsterdam)' }) year: number, @Ctx() ctx: ActivitiesContext) {
    return ctx.figures.national(year);
  }
}
