import { Role } from '@buurtvolk/identity';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { present } from '../present';
import { Partner } from './partner.entity';
import { CreatePartnerInput, PartnersArgs, UpdatePartnerInput } from './partner.inputs';

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized()
  @Query(() => [Partner], { description: 'Partner organisations by name' })
  partners(@Args() args: PartnersArgs, @Ctx() ctx: TeamsContext) {
    return ctx.partners.list(args);
  }

  @Authorized()
  @Query(() => Partner, { nullable: true })
  partner(@Arg('id', () => ID) id: string, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.partner.load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partner)
  createPartner(@Arg('input') input: CreatePartnerInput, @Ctx() ctx: TeamsContext) {
    return ctx.partners.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partner, { description: 'Changes a partner; send the version you read' })
  updatePartner(@Arg('input') input: UpdatePartnerInput, @Ctx() ctx: TeamsContext) {
    return ctx.partners.update(input);
  }

  @Authorized()
  @FieldResolver(() => [Neighbourhood])
  async neighbourhoods(@Root() partner: Partner, @Ctx() ctx: TeamsContext) {
    return present(await ctx.loaders.neighbourhood.loadMany(await ctx.loaders.neighbourhoodIdsServedByPartner.load(partner.id)));
  }
}
