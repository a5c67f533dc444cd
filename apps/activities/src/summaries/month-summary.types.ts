import { DateTimeResolver } from 'graphql-scalars';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CAPTION_MAX_LENGTH, HIGHLIGHT_MAX_LENGTH, SummaryLanguage, SummaryStatus } from './month-summary.rules';

registerEnumType(SummaryStatus, {
  name: 'TeamMonthSummaryStatus',
  description: 'Where a monthly summary stands',
  valuesConfig: {
    DRAFT: { description: "Being written by the team's coordinator; seen by the team and admins only" },
    PUBLISHED: { description: 'Published by the foundation; anyone may see it' },
  },
});

registerEnumType(SummaryLanguage, {
  name: 'SummaryLanguage',
  description: 'The language of a summary text or image',
  valuesConfig: { NL: { description: 'Dutch' }, EN: { description: 'English' } },
});

/** A row of team_month_summaries as services read it. */
export interface SummaryRow {
  id: string;
  teamId: string;
  /** YYYY-MM. */
  month: string;
  status: SummaryStatus;
  highlightNl: string;
  highlightEn: string | null;
  publishedAt: Date | null;
  version: number;
}

@ObjectType('TeamMonthSummary', {
  description: "A team's monthly summary that the foundation can publish: figures, a highlight written by the coordinator, photos",
})
export class TeamMonthSummary implements SummaryRow {
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  teamId: string;

  @Field({ description: 'The calendar month (Europe/Amsterdam), YYYY-MM' })
  month: string;

  @Field(() => SummaryStatus, { description: 'Draft or published' })
  status: SummaryStatus;

  @Field({ description: 'The highlight of the month in Dutch' })
  highlightNl: string;

  @Field(() => String, { nullable: true, description: 'The highlight in English; null when only Dutch was written' })
  highlightEn: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When an admin published it; null while a draft' })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;
}

@ObjectType('SummaryPhoto', { description: 'A photo picked for a monthly summary' })
export class SummaryPhoto {
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Field({ description: 'What the photo shows, as written by the coordinator' })
  caption: string;

  @Field({ description: 'Whether the file has arrived' })
  uploaded: boolean;

  @Field({ description: 'Whether the photo may be shown: uploaded, and everyone in it has PHOTOS consent now' })
  shown: boolean;
}

@ObjectType('SummaryPhotoUploadLink', { description: 'Where to send the file of a new summary photo' })
export class SummaryPhotoUploadLink {
  @Field(() => SummaryPhoto, { description: 'The photo the file will belong to' })
  photo: SummaryPhoto & { summaryId: string; volunteerIds: string[] };

  @Field({ description: "Relative to the gateway's origin unless the service is configured with an absolute base" })
  url: string;

  @Field({ description: 'The HTTP method to use: PUT, with the file as the body' })
  method: string;

  @Field(() => DateTimeResolver, { description: 'The link works until then' })
  expiresAt: Date;

  @Field(() => Int, { description: 'The largest file accepted, in bytes' })
  maxBytes: number;

  @Field({ description: 'The accepted media types, judged by the file’s first bytes' })
  accepts: string;
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType('WriteTeamMonthSummaryInput', { description: "The month's highlight, written by the team's coordinator (or an admin)" })
export class WriteTeamMonthSummaryInput {
  @Field(() => ID, { description: 'The team' })
  @IsUUID()
  teamId: string;

  @Field({ description: 'The calendar month, YYYY-MM; not one that has not begun' })
  @Matches(MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month: string;

  @Field({ description: `The highlight in Dutch, 1 to ${HIGHLIGHT_MAX_LENGTH} characters` })
  @Length(1, HIGHLIGHT_MAX_LENGTH)
  highlightNl: string;

  @Field(() => String, { nullable: true, description: `The highlight in English, at most ${HIGHLIGHT_MAX_LENGTH} characters` })
  @IsOptional()
  @Length(0, HIGHLIGHT_MAX_LENGTH)
  highlightEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; required when the summary exists already' })
  @IsOptional()
  version?: number | null;
}

@InputType('RequestSummaryPhotoUploadInput', { description: 'A new photo for a draft summary: its caption and who is in it' })
export class RequestSummaryPhotoUploadInput {
  @Field(() => ID, { description: 'The summary' })
  @IsUUID()
  summaryId: string;

  @Field({ description: `What the photo shows, 1 to ${CAPTION_MAX_LENGTH} characters` })
  @Length(1, CAPTION_MAX_LENGTH)
  caption: string;

  @Field(() => [ID], { description: 'The team members who can be recognised in it (none for a photo of a place)' })
  @IsUUID('all', { each: true })
  volunteerIds: string[];
}
