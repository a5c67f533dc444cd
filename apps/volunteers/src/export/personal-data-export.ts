import { type Identity, Role } from '@buurtvolk/identity';
import { AuditEntry, forbidden } from '@buurtvolk/subgraph-kit';
import { JSONResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { Volunteer } from '../volunteers/volunteer.entity';

/**
 * Right of access: everything the platform holds about one person. Each subgraph adds its own part to this
 * entity, so one gateway query (`volunteer(id) { personalDataExport { … } }`) gathers the whole document.
 */
@ObjectType('PersonalDataExport', {
  description: 'Everything the platform holds about one person, per service (GDPR access request); for the person and admins only',
})
@Directive('@key(fields: "volunteerId")')
export class PersonalDataExport {
  @Field(() => ID, { description: 'Stable identifier (uuid) of the person' })
  volunteerId: string;

  /** Resolved by PersonalDataExportResolver: profile, status history, consents, wellbeing checks, recorded changes. */
  volunteers?: Record<string, unknown> | null;
}

export function mayExport(identity: Identity | null, volunteerId: string): boolean {
  return identity?.role === Role.ADMIN || identity?.volunteerId === volunteerId;
}

@Resolver(() => Volunteer)
export class VolunteerExportResolver {
  @FieldResolver(() => PersonalDataExport, {
    nullable: true,
    description: 'Everything the platform holds about this person; for the person themselves and admins',
  })
  personalDataExport(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext): Pick<PersonalDataExport, 'volunteerId'> {
    if (!mayExport(ctx.identity, volunteer.id)) throw forbidden('Only the person themselves and admins can export their data');
    return { volunteerId: volunteer.id };
  }
}

@Resolver(() => PersonalDataExport)
export class PersonalDataExportResolver {
  @FieldResolver(() => JSONResolver, {
    nullable: true,
    description:
      "The person's record, status history, consents, wellbeing and loneliness checks and participation moves; for the person and admins only",
  })
  async volunteers(@Root() { volunteerId }: PersonalDataExport, @Ctx() ctx: VolunteersContext): Promise<Record<string, unknown> | null> {
    if (!mayExport(ctx.identity, volunteerId)) throw forbidden('Only the person themselves and admins can export their data');
    const volunteer = await ctx.loaders.volunteer.load(volunteerId);
    if (!volunteer) return null;
    const [
      statusHistory,
      consents,
      wellbeingChecks,
      changes,
      socialAssistance,
      municipalAllowanceConsents,
      lonelinessChecks,
      participationMoves,
    ] = await Promise.all([
      ctx.loaders.statusChanges.load(volunteerId),
      ctx.loaders.consents.load(volunteerId),
      ctx.loaders.wellbeingChecks.load(volunteerId),
      ctx.dataSource.getRepository(AuditEntry).find({ where: { entityId: volunteerId }, order: { occurredAt: 'ASC' } }),
      ctx.loaders.socialAssistance.load(volunteerId),
      ctx.loaders.municipalAllowanceConsents.load(volunteerId),
      ctx.loaders.lonelinessChecks.load(volunteerId),
      ctx.loaders.participationMoves.load(volunteerId),
    ]);
    const { erasedAt: _erased, ...profile } = volunteer;
    return {
      profile,
      statusHistory: statusHistory.map(({ from, to, on }) => ({ from, to, on })),
      consents: consents.map(({ purpose, givenOn, withdrawnOn }) => ({ purpose, givenOn, withdrawnOn })),
      wellbeingChecks: wellbeingChecks.map(({ volunteerId: _id, ...check }) => check),
      lonelinessChecks: lonelinessChecks.map(({ volunteerId: _id, ...check }) => check),
      participationMoves: participationMoves.map(({ volunteerId: _id, ...move }) => move),
      socialAssistance: socialAssistance.map(({ since, until, recordedByAdmin }) => ({ since, until, recordedByAdmin })),
      municipalAllowanceConsents: municipalAllowanceConsents.map(({ givenOn, municipality, reference }) => ({
        givenOn,
        municipality,
        reference,
      })),
      recordedChanges: changes.map(({ occurredAt, action, actorRole }) => ({ occurredAt, action, actorRole })),
    };
  }
}
