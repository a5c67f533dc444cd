import { forbidden } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { NeighbourhoodReference, TeamReference } from '../references';
import { WellbeingDomain } from '@buurtvolk/domain';
import { WellbeingCheck } from './wellbeing-check.entity';
import { RecordWellbeingCheckInput } from './wellbeing.inputs';
import type { WellbeingSummary } from './wellbeing.service';

@ObjectType('WellbeingDomainChange', { description: "The average change in one domain from people's first to latest check" })
export class DomainChangeType {
  @Field(() => WellbeingDomain, { description: 'The domain' })
  domain: WellbeingDomain;

  @Field(() => Float, { description: 'First check (intake); an average for a group' })
  first: number;

  @Field(() => Float, { description: 'Latest check; an average for a group' })
  latest: number;

  @Field(() => Float, { description: 'Average change from first to latest check, on the 0 to 10 scale (negative is worse)' })
  change: number;
}

@ObjectType('WellbeingSummary', {
  description: 'Change per domain over people who consented to the wellbeing monitor and have two or more checks',
})
export class WellbeingSummaryType implements WellbeingSummary {
  @Field(() => Int, { nullable: true, description: 'Empty when fewer than 10 people and you see suppressed figures' })
  people: number | null;

  @Field(() => [DomainChangeType], {
    nullable: true,
    description: 'Change per domain; null when fewer than 10 people and you see suppressed figures',
  })
  domains: DomainChangeType[] | null;
}

const NO_ACCESS = 'These figures are for admins, the team itself and partners serving the neighbourhood';

@Resolver(() => WellbeingCheck)
export class WellbeingResolver {
  @Authorized()
  @Mutation(() => WellbeingCheck, { description: 'Records a wellbeing check; needs WELLBEING_MONITOR consent' })
  recordWellbeingCheck(
    @Arg('input', { description: 'The person, the day and the scores' }) input: RecordWellbeingCheckInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.wellbeing.record(input);
  }
}

@Resolver(() => TeamReference)
export class TeamWellbeingResolver {
  @Authorized()
  @FieldResolver(() => WellbeingSummaryType, {
    nullable: true,
    description:
      "Wellbeing change of the team's consenting members; for admins, the team and partners serving its neighbourhood (FORBIDDEN otherwise)",
  })
  async wellbeing(@Root() team: TeamReference, @Ctx() ctx: VolunteersContext) {
    const place = await ctx.directory.team.load(team.id);
    const access = await ctx.policy.figureAccess(place ? [place.neighbourhoodId] : [], team.id);
    if (access === 'none') throw forbidden(NO_ACCESS);
    return ctx.wellbeing.summary('team_id', team.id, access);
  }
}

@Resolver(() => NeighbourhoodReference)
export class NeighbourhoodWellbeingResolver {
  @Authorized()
  @FieldResolver(() => WellbeingSummaryType, {
    nullable: true,
    description: 'Wellbeing change in the neighbourhood; for admins, coordinators there and partners serving it (FORBIDDEN otherwise)',
  })
  async wellbeing(@Root() neighbourhood: NeighbourhoodReference, @Ctx() ctx: VolunteersContext) {
    const access = await ctx.policy.figureAccess([neighbourhood.id]);
    if (access === 'none') throw forbidden(NO_ACCESS);
    return ctx.wellbeing.summary('neighbourhood_id', neighbourhood.id, access);
  }
}
