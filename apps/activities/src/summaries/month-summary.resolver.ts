import { Role } from '@buurtvolk/identity';
import { GeneratedFile } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { ActivitiesContext } from '../context';
import { TeamReference, VolunteerReference } from '../references';
import { TeamMonthFigures } from './month-figures';
import { LISTED_SUMMARIES } from './summary-loaders';
import { SummaryLanguage } from './month-summary.rules';
import {
  RequestSummaryPhotoUploadInput,
  SummaryPhoto,
  SummaryPhotoUploadLink,
  TeamMonthSummary,
  WriteTeamMonthSummaryInput,
} from './month-summary.types';
import type { PhotoRow } from './summary-photos';

const MONTH_ARG = { description: 'The calendar month (Europe/Amsterdam), YYYY-MM' };
const LANGUAGE_ARG = { description: 'Dutch (default) or English', defaultValue: SummaryLanguage.NL } as const;

/** The summaries on a team: published ones for anyone who may see the team, drafts for the team's people and admins. */
@Resolver(() => TeamReference)
export class TeamMonthSummariesResolver {
  @FieldResolver(() => TeamMonthSummary, {
    nullable: true,
    description: "The team's summary of a month; null when there is none or it is a draft the caller may not see",
  })
  monthSummary(@Root() team: TeamReference, @Arg('month', MONTH_ARG) month: string, @Ctx() ctx: ActivitiesContext) {
    return ctx.summaries.ofMonth(team.id, month);
  }

  @FieldResolver(() => [TeamMonthSummary], { description: 'The team’s latest summaries the caller may see, newest first' })
  monthSummaries(
    @Root() team: TeamReference,
    @Arg('last', () => Int, { description: `How many, at most ${LISTED_SUMMARIES}`, defaultValue: 12 }) last: number,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.summaries.ofTeam(team.id, Math.max(0, Math.min(last, LISTED_SUMMARIES)));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The summary of a month as text for a newsletter or a post (Dutch first); null when the caller may not see it',
  })
  @Directive('@requires(fields: "name")')
  monthSummaryText(
    @Root() team: TeamReference,
    @Arg('month', MONTH_ARG) month: string,
    @Arg('language', () => SummaryLanguage, LANGUAGE_ARG) language: SummaryLanguage,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.summaries.text(team, month, language);
  }

  @FieldResolver(() => GeneratedFile, {
    nullable: true,
    description:
      'The summary of a month as a share image (PNG, 1200×630) with photos that may be shown; null when the caller may not see it',
  })
  @Directive('@requires(fields: "name")')
  monthSummaryShareImage(
    @Root() team: TeamReference,
    @Arg('month', MONTH_ARG) month: string,
    @Arg('language', () => SummaryLanguage, LANGUAGE_ARG) language: SummaryLanguage,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.summaries.shareImage(team, month, language);
  }
}

@Resolver(() => TeamMonthSummary)
export class TeamMonthSummaryResolver {
  @FieldResolver(() => TeamReference, { description: 'The team it is about' })
  team(@Root() summary: TeamMonthSummary): TeamReference {
    return { id: summary.teamId };
  }

  @FieldResolver(() => TeamMonthFigures, {
    description: 'What the team did in the month; the count of people follows the small-numbers rule',
  })
  figures(@Root() summary: TeamMonthSummary, @Ctx() ctx: ActivitiesContext) {
    return ctx.summaries.figures(summary);
  }

  @FieldResolver(() => [SummaryPhoto], {
    description: "Photos that may be shown (everyone in them has PHOTOS consent now); the team's coordinators and admins see all",
  })
  async photos(@Root() summary: TeamMonthSummary, @Ctx() ctx: ActivitiesContext) {
    return (await ctx.summaries.photos(summary)).map((photo) => ({ ...photo, uploaded: photo.objectKey !== null }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamMonthSummary, {
    description: 'Publishes a draft summary (admins only: coordinators write, the foundation publishes)',
  })
  publishTeamMonthSummary(
    @Arg('id', () => ID, { description: 'The summary' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.summaries.publish(id, version);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => TeamMonthSummary, {
    description:
      "Writes the month's highlight: creates the draft or changes it (the team's coordinators, admins); a published summary no longer changes",
  })
  writeTeamMonthSummary(
    @Arg('input', { description: 'The team, the month, the highlight and the version you read' }) input: WriteTeamMonthSummaryInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.summaries.write(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => SummaryPhotoUploadLink, {
    description:
      "Adds a photo to a draft summary (its caption and who is in it) and gives a link to PUT the file to (the team's coordinators, admins)",
  })
  async requestSummaryPhotoUpload(
    @Arg('input', { description: 'The summary, the caption and the members in the photo' }) input: RequestSummaryPhotoUploadInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.summaries.requestPhotoUpload(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => TeamMonthSummary, {
    description: "Removes a photo from a summary and deletes its file (the team's coordinators, admins)",
  })
  removeSummaryPhoto(@Arg('id', () => ID, { description: 'The photo' }) id: string, @Ctx() ctx: ActivitiesContext) {
    return ctx.summaries.removePhoto(id);
  }
}

@Resolver(() => SummaryPhoto)
export class SummaryPhotoResolver {
  @FieldResolver(() => [VolunteerReference], {
    nullable: true,
    description: "The members who can be recognised in it: for the team's coordinators and admins only, null for everyone else",
  })
  people(@Root() photo: PhotoRow, @Ctx() ctx: ActivitiesContext) {
    return ctx.summaries.people(photo);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A short-lived link to the file on the gateway while the photo may be shown; null otherwise',
  })
  viewUrl(@Root() photo: PhotoRow, @Ctx() ctx: ActivitiesContext) {
    return ctx.summaries.viewUrl(photo);
  }
}
