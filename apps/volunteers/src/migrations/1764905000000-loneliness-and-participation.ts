import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two outcomes the impact report counts, recorded with the person's consent (LONELINESS_SCALE, PARTICIPATION_OUTCOMES):
 * - loneliness checks: the six answers of the De Jong Gierveld scale and their score (0–6), at intake and yearly;
 * - participation moves: into paid work, education or a training path, for the team the person was in (or last in).
 * `outcome_figure_versions` numbers each team's OutcomeFiguresChanged snapshot, as wellbeing_figure_versions does.
 */
export class LonelinessAndParticipation1764905000000 implements MigrationInterface {
  name = 'LonelinessAndParticipation1764905000000';

  async up(db: QueryRunner): Promise<void> {
    const answer = (column: string) => `${column} text NOT NULL CHECK (${column} IN ('YES', 'MORE_OR_LESS', 'NO'))`;
    await db.query(`
      CREATE TABLE loneliness_checks (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        taken_on date NOT NULL,
        ${answer('emptiness')},
        ${answer('miss_people')},
        ${answer('feel_rejected')},
        ${answer('can_rely_on')},
        ${answer('can_trust')},
        ${answer('feel_close')},
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 6),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX loneliness_checks_volunteer ON loneliness_checks (volunteer_id, taken_on)');
    await db.query(`
      CREATE TABLE participation_moves (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        team_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PAID_WORK', 'EDUCATION', 'TRAINING_PATH')),
        moved_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX participation_moves_volunteer ON participation_moves (volunteer_id)');
    await db.query('CREATE INDEX participation_moves_team ON participation_moves (team_id)');
    await db.query('CREATE TABLE outcome_figure_versions (team_id uuid PRIMARY KEY, version int NOT NULL)');
    // The consents' purposes are checked in the table; the two new ones join them.
    const constraint: { name: string }[] = await db.query(
      `SELECT conname AS name FROM pg_constraint WHERE conrelid = 'consents'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`,
    );
    for (const { name } of constraint) await db.query(`ALTER TABLE consents DROP CONSTRAINT "${name}"`);
    await db.query(
      `ALTER TABLE consents ADD CONSTRAINT consents_purpose_check
         CHECK (purpose IN ('CONTACT', 'PHOTOS', 'SHARE_WITH_PARTNERS', 'WELLBEING_MONITOR', 'LONELINESS_SCALE', 'PARTICIPATION_OUTCOMES'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM consents WHERE purpose IN ('LONELINESS_SCALE', 'PARTICIPATION_OUTCOMES')`);
    await db.query('ALTER TABLE consents DROP CONSTRAINT consents_purpose_check');
    await db.query(
      `ALTER TABLE consents ADD CONSTRAINT consents_purpose_check CHECK (purpose IN ('CONTACT', 'PHOTOS', 'SHARE_WITH_PARTNERS', 'WELLBEING_MONITOR'))`,
    );
    await db.query('DROP TABLE outcome_figure_versions, participation_moves, loneliness_checks');
  }
}
