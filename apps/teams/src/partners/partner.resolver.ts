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
  @Query(() => Partner, { nullable: true, description: 'One partner organisation, for any signed-in caller; null when it does not exist' })
  partner(@Arg('id', () => ID, { description: 'Stable identifier (uuid) of the partner' }) id: string, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.partner.load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partner, { description: 'Records a partner organisation and the neighbourhoods it serves (admins only)' })
  createPartner(@Arg('input', { description: 'The new partner' }) input: CreatePartnerInput, @Ctx() ctx: TeamsContext) {
    return ctx.partners.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partner, { description: 'Changes a partner; send the version you read' })
  updatePartner(
    @Arg('input', { description: 'The partner, the version you read and the changes' }) input: UpdatePartnerInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.partners.update(input);
  }

  @Authorized()
  @FieldResolver(() => [Neighbourhood], { description: 'The neighbourhoods this organisation serves' })
  async neighbourhoods(@Root() partner: Partner, @Ctx() ctx: TeamsContext) {
    return present(await ctx.loaders.neighbourhood.loadMany(await ctx.loaders.neighbourhoodIdsServedByPartner.load(partner.id)));
  }
}
