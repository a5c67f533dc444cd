import { todayInAmsterdam } from '@buurtvolk/domain';
import {
  type AuditTrail,
  badUserInput,
  conflict,
  forbidden,
  type GeneratedFile,
  GeneratedFilesOfRequest,
  notFound,
} from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { ActivitiesLoaders } from '../loaders';
import type { ActivitiesPolicy } from '../policy';
import { shownFigures, type TeamMonthFigures } from './month-figures';
import {
  ACCEPTED_PHOTO_TYPES,
  CAPTION_MAX_LENGTH,
  checkedPeople,
  checkedText,
  HIGHLIGHT_MAX_LENGTH,
  MAX_PHOTO_BYTES,
  MAX_PHOTOS_PER_SUMMARY,
  monthStart,
  PHOTO_UPLOAD_URL_MINUTES,
  PHOTO_VIEW_URL_MINUTES,
  PHOTOS_IN_SHARE_IMAGE,
  SummaryLanguage,
  SummaryStatus,
} from './month-summary.rules';
import type { RequestSummaryPhotoUploadInput, SummaryPhotoUploadLink, SummaryRow, WriteTeamMonthSummaryInput } from './month-summary.types';
import { photoStore, photoUrl, signPhotoUpload, signPhotoView } from './photo-links';
import { shareImageFile, type SharePhoto } from './share-image';
import { summaryById } from './summary-loaders';
import { photoById, type PhotoRow } from './summary-photos';
import { type SummaryContent, summaryText } from './summary-text';

const ENTITY = 'TeamMonthSummary';

/** A team as the gateway brings it (its name from the teams service, through @requires). */
export interface NamedTeam {
  id: string;
  name?: string;
}

/** Monthly team summaries: written by the team's coordinator, published by an admin, shown as text and an image. */
export class MonthSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActivitiesPolicy,
    private readonly loaders: ActivitiesLoaders,
    private readonly audit: AuditTrail,
  ) {}

  /** The share images made in this request (the service lives as long as one), each once. */
  private readonly images = new GeneratedFilesOfRequest();

  /** The team's summary of the month, when the caller may see it (published: anyone; draft: the team, admins). */
  async ofMonth(teamId: string, month: string): Promise<SummaryRow | null> {
    monthStart(month);
    const row = await this.loaders.summaryOfMonth.load(`${teamId}|${month}`);
    return row && this.policy.canSeeSummary(row.teamId, row.status === SummaryStatus.PUBLISHED) ? row : null;
  }

  async ofTeam(teamId: string, last: number): Promise<SummaryRow[]> {
    const rows = await this.loaders.summariesOfTeam.load(teamId);
    return rows.filter((row) => this.policy.canSeeSummary(row.teamId, row.status === SummaryStatus.PUBLISHED)).slice(0, last);
  }

  async figures(summary: Pick<SummaryRow, 'teamId' | 'month'>): Promise<TeamMonthFigures> {
    const row = await this.loaders.monthFigures.load(`${summary.teamId}|${summary.month}`);
    return shownFigures(row, this.policy.isInsiderOf(summary.teamId));
  }

  /** Everyone sees the photos that may be shown; the team's coordinators and admins also the others, to manage them. */
  async photos(summary: SummaryRow): Promise<PhotoRow[]> {
    const photos = await this.loaders.summaryPhotos.load(summary.id);
    return this.policy.canManageSummaryOf(summary.teamId) ? photos : photos.filter((photo) => photo.shown);
  }

  /** Who is in a photo: for the team's coordinators and admins only; null for everyone else. */
  people(photo: PhotoRow): { id: string }[] | null {
    return this.policy.canManageSummaryOf(photo.teamId) ? photo.volunteerIds.map((id) => ({ id })) : null;
  }

  /** A short-lived link to the file, only while the photo may be shown (the link checks that again when opened). */
  async viewUrl(photo: PhotoRow): Promise<string | null> {
    if (!photo.shown || !photo.objectKey) return null;
    const expiresAt = new Date(Date.now() + PHOTO_VIEW_URL_MINUTES * 60_000);
    return photoUrl(await signPhotoView({ photoId: photo.id, objectKey: photo.objectKey }, expiresAt));
  }

  async text(team: NamedTeam, month: string, language: SummaryLanguage): Promise<string | null> {
    const content = await this.content(team, month);
    return content && summaryText(content.content, language);
  }

  /** The share image (PNG, 1200×630) with at most two photos that may be shown now. */
  shareImage(team: NamedTeam, month: string, language: SummaryLanguage): Promise<GeneratedFile | null> {
    return this.images.once(JSON.stringify([team.id, team.name ?? null, month, language]), () =>
      this.renderShareImage(team, month, language),
    );
  }

  private async renderShareImage(team: NamedTeam, month: string, language: SummaryLanguage): Promise<GeneratedFile | null> {
    const content = await this.content(team, month);
    if (!content) return null;
    const shown = (await this.loaders.summaryPhotos.load(content.summary.id)).filter((photo) => photo.shown);
    const photos: SharePhoto[] = [];
    for (const photo of shown.slice(0, PHOTOS_IN_SHARE_IMAGE)) {
      const body = await photoStore().get(photo.objectKey!);
      if (body) photos.push({ contentType: photo.contentType!, bytes: await readAll(body) });
    }
    return shareImageFile(content.content, photos, language);
  }

  /** Creates the month's draft or changes it (the team's coordinators, admins); a published summary no longer changes. */
  async write(input: WriteTeamMonthSummaryInput): Promise<SummaryRow> {
    this.policy.assertCanManageTeam(input.teamId);
    const first = monthStart(input.month);
    const highlightNl = checkedText(input.highlightNl, 'highlightNl', HIGHLIGHT_MAX_LENGTH, true)!;
    const highlightEn = checkedText(input.highlightEn, 'highlightEn', HIGHLIGHT_MAX_LENGTH, false);
    const writer = this.policy.identity!.subject;
    return this.dataSource.transaction(async (manager) => {
      const [existing]: SummaryRow[] = await manager.query(
        `SELECT id, status, version FROM team_month_summaries WHERE team_id = $1 AND month = $2 FOR UPDATE`,
        [input.teamId, first],
      );
      let id: string;
      if (!existing) {
        id = randomUUID();
        const inserted = await manager.query(
          `INSERT INTO team_month_summaries (id, team_id, month, status, highlight_nl, highlight_en, written_by)
           VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6) ON CONFLICT (team_id, month) DO NOTHING RETURNING id`,
          [id, input.teamId, first, highlightNl, highlightEn, writer],
        );
        if (!inserted.length) throw conflict('Someone else started this month’s summary at the same moment; reload it and try again');
        await this.audit.record(manager, { action: 'month-summary.drafted', entityType: ENTITY, entityId: id, relatedIds: [input.teamId] });
      } else {
        id = existing.id;
        if (existing.status === SummaryStatus.PUBLISHED) throw conflict('This summary is published; it no longer changes');
        if (input.version == null)
          throw badUserInput('This month has a summary already: send the version you read', [
            { field: 'version', message: 'is required to change an existing summary' },
          ]);
        const [, changed] = await manager.query(
          `UPDATE team_month_summaries SET highlight_nl = $3, highlight_en = $4, written_by = $5, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2`,
          [id, input.version, highlightNl, highlightEn, writer],
        );
        if (!changed)
          throw conflict(
            `This summary was changed by someone else (version ${existing.version}, you sent ${input.version}); reload it and try again`,
          );
        await this.audit.record(manager, { action: 'month-summary.changed', entityType: ENTITY, entityId: id, relatedIds: [input.teamId] });
      }
      return (await summaryById(manager, id))!;
    });
  }

  /** Publishes a draft (admins only: the foundation publishes, the coordinator who wrote it does not). */
  async publish(id: string, version: number): Promise<SummaryRow> {
    this.policy.assertCanPublishSummary();
    return this.dataSource.transaction(async (manager) => {
      const current = await summaryById(manager, id, true);
      if (!current) throw notFound('monthly summary', id);
      if (current.status === SummaryStatus.PUBLISHED) throw conflict('This summary is published already');
      if (current.version !== version)
        throw conflict(
          `This summary was changed by someone else (version ${current.version}, you sent ${version}); reload it and try again`,
        );
      await manager.query(
        `UPDATE team_month_summaries SET status = 'PUBLISHED', published_at = now(), published_by = $2, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, this.policy.identity!.subject],
      );
      await this.audit.record(manager, {
        action: 'month-summary.published',
        entityType: ENTITY,
        entityId: id,
        relatedIds: [current.teamId],
      });
      return (await summaryById(manager, id))!;
    });
  }

  /**
   * A new photo for a draft: its caption and who is in it (current members of the team — who can be recognised is the
   * coordinator's to say, consent is each person's own), and a link to send the file to.
   */
  async requestPhotoUpload(input: RequestSummaryPhotoUploadInput): Promise<SummaryPhotoUploadLink> {
    const caption = checkedText(input.caption, 'caption', CAPTION_MAX_LENGTH, true)!;
    const people = checkedPeople(input.volunteerIds);
    const identity = this.policy.identity!;
    const photoId = randomUUID();
    const summary = await this.dataSource.transaction(async (manager) => {
      const summary = await this.managedSummary(await summaryById(manager, input.summaryId, true), input.summaryId);
      if (summary.status !== SummaryStatus.DRAFT) throw conflict('Photos are picked while the summary is a draft');
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM summary_photos WHERE summary_id = $1', [summary.id]);
      if (count >= MAX_PHOTOS_PER_SUMMARY) throw conflict(`A summary has at most ${MAX_PHOTOS_PER_SUMMARY} photos; remove one first`);
      const members: { volunteerId: string }[] = await manager.query(
        `SELECT DISTINCT volunteer_id AS "volunteerId" FROM directory_memberships
          WHERE team_id = $1 AND volunteer_id = ANY($2) AND from_date <= $3 AND (until_date IS NULL OR until_date >= $3)`,
        [summary.teamId, people, todayInAmsterdam()],
      );
      const strangers = people.filter((id) => !members.some((member) => member.volunteerId === id));
      if (strangers.length)
        throw badUserInput('Only current members of the team can be named in its photos', [
          { field: 'volunteerIds', message: `not current members of the team: ${strangers.join(', ')}` },
        ]);
      await manager.query('INSERT INTO summary_photos (id, summary_id, caption, requested_by) VALUES ($1, $2, $3, $4)', [
        photoId,
        summary.id,
        caption,
        identity.subject,
      ]);
      if (people.length)
        await manager.query('INSERT INTO summary_photo_people (photo_id, volunteer_id) SELECT $1, unnest($2::uuid[])', [photoId, people]);
      await this.audit.record(manager, {
        action: 'summary-photo.added',
        entityType: ENTITY,
        entityId: summary.id,
        relatedIds: [photoId, ...people],
      });
      return summary;
    });
    const expiresAt = new Date(Date.now() + PHOTO_UPLOAD_URL_MINUTES * 60_000);
    const token = await signPhotoUpload({ photoId, summaryId: summary.id, requestedBy: identity.subject, role: identity.role }, expiresAt);
    const photo = (await photoById(this.dataSource, photoId))!;
    return {
      photo: { ...photo, uploaded: false },
      url: photoUrl(token),
      method: 'PUT',
      expiresAt,
      maxBytes: MAX_PHOTO_BYTES,
      accepts: ACCEPTED_PHOTO_TYPES.join(', '),
    };
  }

  /** Takes a photo out of a summary (draft or published) and deletes its file. */
  async removePhoto(photoId: string): Promise<SummaryRow> {
    const { summary, objectKey } = await this.dataSource.transaction(async (manager) => {
      const photo = await photoById(manager, photoId);
      if (!photo) throw notFound('summary photo', photoId);
      const summary = await this.managedSummary(await summaryById(manager, photo.summaryId, true), photo.summaryId);
      await manager.query('DELETE FROM summary_photos WHERE id = $1', [photoId]);
      await this.audit.record(manager, {
        action: 'summary-photo.removed',
        entityType: ENTITY,
        entityId: summary.id,
        relatedIds: [photoId],
      });
      return { summary, objectKey: photo.objectKey };
    });
    if (objectKey) await photoStore().delete(objectKey);
    return summary;
  }

  /** The summary, when the caller manages its team; the same NOT_FOUND for one they may not even see. */
  private async managedSummary(summary: SummaryRow | null, id: string): Promise<SummaryRow> {
    if (!summary || !this.policy.canSeeSummary(summary.teamId, summary.status === SummaryStatus.PUBLISHED))
      throw notFound('monthly summary', id);
    if (!this.policy.canManageSummaryOf(summary.teamId))
      throw forbidden("Only an admin or a coordinator of the team manages its summary's photos");
    return summary;
  }

  private async content(team: NamedTeam, month: string): Promise<{ summary: SummaryRow; content: SummaryContent } | null> {
    const summary = await this.ofMonth(team.id, month);
    if (!summary) return null;
    const figures = await this.figures(summary);
    return {
      summary,
      content: {
        teamName: team.name ?? 'Buurtvolk-team',
        month,
        figures,
        highlightNl: summary.highlightNl,
        highlightEn: summary.highlightEn,
      },
    };
  }
}

async function readAll(body: Readable): Promise<Buffer> {
  return Buffer.concat(await body.toArray());
}
