import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coaches were memberships with role COACH whose volunteer id named no Volunteer: a non-null `Membership.volunteer`
 * that could not resolve, so the gateway emptied a whole team's memberships. A coach is a professional, not a
 * resident, so coaches get their own table. Each COACH membership becomes a coach assignment with the same id, team
 * and period (who it was was never recorded, so name and organisation stay empty), and leaves `memberships`; an
 * open one is ended towards the other services (MembershipEnded, as the live code would publish), so their
 * directories do not keep a member nobody has.
 */
export class SeparateCoachesFromMembers1764800000000 implements MigrationInterface {
  name = 'SeparateCoachesFromMembers1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_coaches (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        name text CHECK (length(name) BETWEEN 1 AND 150),
        organisation text CHECK (length(organisation) BETWEEN 1 AND 150),
        from_date date NOT NULL,
        until_date date CHECK (until_date >= from_date),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX team_coaches_by_team ON team_coaches (team_id)`);
    await db.query(`
      INSERT INTO team_coaches (id, team_id, from_date, until_date, version)
      SELECT id, team_id, from_date, until_date, 1 FROM memberships WHERE role = 'COACH'`);
    await db.query(`
      INSERT INTO event_outbox (id, type, source, payload)
      SELECT gen_random_uuid(), 'MembershipEnded', 'teams',
             jsonb_build_object('membershipId', id, 'until', to_char(greatest(from_date, (now() AT TIME ZONE 'Europe/Amsterdam')::date), 'YYYY-MM-DD'))
        FROM memberships WHERE role = 'COACH' AND until_date IS NULL`);
    await db.query(`DELETE FROM memberships WHERE role = 'COACH'`);
    await db.query(`ALTER TABLE memberships DROP CONSTRAINT memberships_role_check`);
    await db.query(`ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('MEMBER', 'COORDINATOR'))`);
  }

  /** The coaches go with their table: as members they would point at nobody again. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE memberships DROP CONSTRAINT memberships_role_check`);
    await db.query(`ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('MEMBER', 'COORDINATOR', 'COACH'))`);
    await db.query(`DROP TABLE team_coaches`);
  }
}
