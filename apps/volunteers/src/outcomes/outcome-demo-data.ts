import { demoId, type DemoMember } from '@buurtvolk/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ConsentPurpose } from '../consents/consent.entity';
import { outcomeFigures } from './outcome-figures';
import { EMOTIONAL_ITEMS, LonelinessAnswer, ParticipationKind, SOCIAL_ITEMS } from './outcomes.rules';

/** A stable number in [0, modulo) from a seed, so every load of the demo gives the same people the same answers. */
function pick(seed: string, modulo: number): number {
  return createHash('sha256').update(`outcomes:${seed}`).digest().readUInt32BE(0) % modulo;
}

function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, 28))).toISOString().slice(0, 10);
}

/** Answers that score `score` on the De Jong Gierveld scale: the first `score` items in their lonely answer. */
function answersScoring(score: number): LonelinessAnswer[] {
  return [...EMOTIONAL_ITEMS, ...SOCIAL_ITEMS].map((item, i) =>
    (EMOTIONAL_ITEMS as readonly string[]).includes(item)
      ? i < score
        ? LonelinessAnswer.YES
        : LonelinessAnswer.NO
      : i < score
        ? LonelinessAnswer.NO
        : LonelinessAnswer.YES,
  );
}

/**
 * Demo loneliness checks (intake, and a year later when the person has been in that long) and moves into work,
 * education or a training path, each with its consent, and each team's OutcomeFiguresChanged as history the impact
 * service replays.
 */
export async function seedDemoOutcomes(manager: EntityManager, members: DemoMember[], today: string): Promise<void> {
  for (const member of members) {
    const key = `${member.place.key}-${member.index}`;
    const joinedOn = member.place.startsOn <= today ? member.place.startsOn : today;
    if (pick(`${key}:loneliness`, 5) !== 0) {
      await manager.query(`INSERT INTO consents (id, volunteer_id, purpose, given_on) VALUES ($1, $2, $3, $4)`, [
        demoId(`consent:${key}:loneliness`),
        member.volunteerId,
        ConsentPurpose.LONELINESS_SCALE,
        joinedOn,
      ]);
      const intake = pick(`${key}:lonely`, 5);
      const checks: [string, number][] = [[joinedOn, intake]];
      for (let year = 1; addMonths(joinedOn, 12 * year) <= today; year += 1)
        checks.push([addMonths(joinedOn, 12 * year), Math.max(0, intake - pick(`${key}:lonely:${year}`, 3))]);
      for (const [i, [takenOn, score]] of checks.entries()) {
        await manager.query(
          `INSERT INTO loneliness_checks (id, volunteer_id, taken_on, emptiness, miss_people, feel_rejected, can_rely_on, can_trust, feel_close, score)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [demoId(`loneliness:${key}:${i}`), member.volunteerId, takenOn, ...answersScoring(score), score],
        );
      }
    }
    const movedOn = addMonths(joinedOn, 6 + pick(`${key}:moved-on`, 12));
    if (pick(`${key}:moves`, 6) === 0 && movedOn <= today) {
      await manager.query(`INSERT INTO consents (id, volunteer_id, purpose, given_on) VALUES ($1, $2, $3, $4)`, [
        demoId(`consent:${key}:participation`),
        member.volunteerId,
        ConsentPurpose.PARTICIPATION_OUTCOMES,
        joinedOn,
      ]);
      const kinds = Object.values(ParticipationKind);
      await manager.query(`INSERT INTO participation_moves (id, volunteer_id, team_id, kind, moved_on) VALUES ($1, $2, $3, $4, $5)`, [
        demoId(`participation:${key}`),
        member.volunteerId,
        member.teamId,
        kinds[pick(`${key}:kind`, kinds.length)],
        movedOn,
      ]);
    }
  }
  const figures = await outcomeFigures(manager, [...new Set(members.map((member) => member.teamId))], today);
  // History from before any consumer subscribed, so already published (the impact service replays it).
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, published_at)
     SELECT md5($1 || ':' || (figures ->> 'teamId'))::uuid, $1, 'volunteers', figures, now() FROM jsonb_array_elements($2::jsonb) AS figures`,
    ['OutcomeFiguresChanged', JSON.stringify(figures)],
  );
}
