import { isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import { groupInto, suppressSmallCell } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { TrainingPolicy } from '../policy';

export interface CourseCoverage {
  courseId: string;
  required: number;
  covered: number;
  missingVolunteerIds: string[];
}

export interface TrainingFigures {
  trainingsGiven: number;
  certificatesIssued: number;
  peopleCertified: number | null;
}

/** The figures before small cells are hidden from partners. */
type NeighbourhoodCounts = { [K in keyof TrainingFigures]: number };
const NO_COUNTS: NeighbourhoodCounts = { trainingsGiven: 0, certificatesIssued: 0, peopleCertified: 0 };

/** Who in a team holds a valid certificate for each required course, and counts per neighbourhood; one statement per batch of each. */
export class CoverageService {
  private readonly coverage: DataLoader<string, CourseCoverage[]>;
  private readonly figures: DataLoader<string, NeighbourhoodCounts>;

  constructor(
    dataSource: DataSource,
    private readonly policy: TrainingPolicy,
  ) {
    this.coverage = new DataLoader(async (teamIds) => {
      const rows: { teamId: string; courseId: string; volunteerId: string; covered: boolean }[] = await dataSource.query(
        // A lookup per member and course (LATERAL): as an EXISTS column PostgreSQL may instead hash every certificate.
        `SELECT m.team_id AS "teamId", c.id AS "courseId", m.volunteer_id AS "volunteerId", x.covered IS NOT NULL AS covered
           FROM courses c
           JOIN directory_memberships m ON m.team_id = ANY($1) AND m.from_date <= $2 AND (m.until_date IS NULL OR m.until_date >= $2) AND m.role <> 'COACH'
            AND ('MEMBER' = ANY(c.required_for_roles) OR (m.role = 'COORDINATOR' AND 'COORDINATOR' = ANY(c.required_for_roles)))
           LEFT JOIN LATERAL (SELECT true AS covered FROM certificates x
                               WHERE x.volunteer_id = m.volunteer_id AND x.course_id = c.id AND (x.valid_until IS NULL OR x.valid_until >= $2) LIMIT 1) x ON true
          ORDER BY c.title, m.volunteer_id`,
        [teamIds, todayInAmsterdam()],
      );
      return teamIds.map((teamId) => {
        const mine = rows.filter((row) => row.teamId === teamId);
        return [...new Set(mine.map((row) => row.courseId))].map((courseId) => {
          const people = mine.filter((row) => row.courseId === courseId);
          return {
            courseId,
            required: people.length,
            covered: people.filter((row) => row.covered).length,
            missingVolunteerIds: people.filter((row) => !row.covered).map((row) => row.volunteerId),
          };
        });
      });
    });
    // Keyed by neighbourhood id; an id that is no UUID has no rows (and must not fail the others' statement).
    this.figures = new DataLoader(async (neighbourhoodIds) => {
      const valid = neighbourhoodIds.filter(isUuid);
      const rows: ({ neighbourhoodId: string } & NeighbourhoodCounts)[] = valid.length
        ? await dataSource.query(
            `SELECT coalesce(t.neighbourhood_id, c.neighbourhood_id) AS "neighbourhoodId", coalesce(t.trainings, 0)::int AS "trainingsGiven",
                    coalesce(c.issued, 0)::int AS "certificatesIssued", coalesce(c.people, 0)::int AS "peopleCertified"
               FROM (SELECT m.neighbourhood_id, count(DISTINCT s.run_id) AS trainings
                       FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN enrolments e ON e.id = a.enrolment_id
                       JOIN directory_memberships m ON m.volunteer_id = e.volunteer_id
                      WHERE a.present AND m.neighbourhood_id = ANY($1::uuid[]) GROUP BY m.neighbourhood_id) t
               FULL JOIN (SELECT neighbourhood_id, count(*) AS issued, count(DISTINCT volunteer_id) AS people
                            FROM certificates WHERE neighbourhood_id = ANY($1::uuid[]) GROUP BY neighbourhood_id) c ON c.neighbourhood_id = t.neighbourhood_id`,
            [valid],
          )
        : [];
      // PostgreSQL answers with lower-case UUIDs; an id may have been asked in upper case.
      return groupInto(
        neighbourhoodIds.map((id) => id.toLowerCase()),
        rows,
        (row) => row.neighbourhoodId,
      ).map(([row]) =>
        row
          ? { trainingsGiven: row.trainingsGiven, certificatesIssued: row.certificatesIssued, peopleCertified: row.peopleCertified }
          : NO_COUNTS,
      );
    });
  }

  forTeam(teamId: string): Promise<CourseCoverage[]> {
    return this.coverage.load(teamId);
  }

  async forNeighbourhood(neighbourhoodId: string): Promise<TrainingFigures> {
    const figures = await this.figures.load(neighbourhoodId);
    return { ...figures, peopleCertified: suppressSmallCell(figures.peopleCertified, this.policy.identity) };
  }
}
