import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which team registered each volunteer (from VolunteerRegistered): the one team whose coordinators may place them. */
export class RememberRegistrations1764800200000 implements MigrationInterface {
  name = 'RememberRegistrations1764800200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE TABLE volunteer_registrations (volunteer_id uuid PRIMARY KEY, team_id uuid NOT NULL)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE volunteer_registrations');
  }
}
