import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deciding together: a team's rule, its proposals with the rule they were decided by and the result, and the votes. */
export class TeamProposals1764909000000 implements MigrationInterface {
  name = 'TeamProposals1764909000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_decision_rules (
        team_id uuid PRIMARY KEY REFERENCES teams (id),
        quorum_percent int NOT NULL CHECK (quorum_percent BETWEEN 1 AND 100),
        majority_percent int NOT NULL CHECK (majority_percent BETWEEN 50 AND 99),
        version int NOT NULL CHECK (version > 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL
      );
      CREATE TABLE team_proposals (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        kind text NOT NULL CHECK (kind IN ('SPEND_BUDGET', 'NEW_ACTIVITY_SERIES', 'THEME_FOCUS')),
        title text NOT NULL,
        description text NOT NULL,
        amount_cents int CHECK (amount_cents > 0),
        subject text,
        theme text,
        focus_year int,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL CHECK (closes_at > opens_at),
        status text NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
        quorum_percent int NOT NULL,
        majority_percent int NOT NULL,
        proposed_by text NOT NULL,
        proposer_volunteer_id uuid,
        votes_for int,
        votes_against int,
        abstentions int,
        eligible_members int,
        decided_at timestamptz,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'SPEND_BUDGET') = (amount_cents IS NOT NULL)),
        CHECK ((status IN ('ACCEPTED', 'REJECTED')) = (decided_at IS NOT NULL))
      );
      CREATE INDEX team_proposals_by_team ON team_proposals (team_id, opens_at DESC);
      -- The tally job looks for open proposals whose period is over.
      CREATE INDEX team_proposals_open_by_close ON team_proposals (closes_at) WHERE status = 'OPEN';
      CREATE TABLE team_proposal_votes (
        proposal_id uuid NOT NULL REFERENCES team_proposals (id),
        volunteer_id uuid NOT NULL,
        choice text NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
        cast_at timestamptz NOT NULL,
        PRIMARY KEY (proposal_id, volunteer_id)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE team_proposal_votes, team_proposals, team_decision_rules');
  }
}
