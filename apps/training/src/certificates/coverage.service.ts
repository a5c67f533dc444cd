import { todayInAmsterdam } from '@buurtvolk/domain';
import { suppressSmallCell } from '@buurtvolk/subgraph-kit';
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

/** Who in a team holds a valid certificate for each required course, and counts per neighbourhood. */
export class CoverageService {
  private readonly coverage: DataLoader<string, CourseCoverage[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TrainingPolicy,
  ) {
    this.coverage = new DataLoader(async (teamIds) => {
      const rows: { teamId: string; courseId: string; volunteerId: string; covered: boolean }[] = await dataSource.query(
        `SELECT m.team_id AS "teamId", c.id AS "courseId", m.volunteer_id AS "volunteerId",
                EXISTS (SELECT 1 FROM certificates x WHERE x.volunteer_id = m.volunteer_id AND x.course_id = c.id AND (x.valid_until IS NULL OR x.valid_until >= $2)) AS covered
           FROM courses c
           JOIN directory_memberships m ON m.team_id = ANY($1) AND m.from_date <= $2 AND (m.until_date IS NULL OR m.until_date >= $2) AND m.role <> 'COACH'
            AND ('MEMBER' = ANY(c.required_for_roles) OR (m.role = 'COORDINATOR' AND 'COORDINATOR' = ANY(c.required_for_roles)))
          ORDER BY c.title, m.volunteer_id`,
        [teamIds, todayInAmsterdam()],
      );
      return teamIds.map((teamId) => {
        const mine = rows.filter((row) => row.teamId === teamId);
        return [...new Set(mine.map((row) => row.courseId))].map((courseId) => {
          const people = mine.filter((row) => row.courseId === courseId);
          return { courseId, required: people.length, covered: people.filter((row) => row.covered).length, missingVolunteerIds: people.filter((row) => !row.covered).map((row) => row.volunteerId) };
        });
      });
    });
  }

  forTeam(teamId: string): Promise<CourseCoverage[]> {
    return this.coverage.load(teamId);
  }

  async forNeighbourhood(neighbourhoodId: string): Promise<TrainingFigures> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(DISTINCT s.run_id) FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN enrolments e ON e.id = a.enrolment_id
                JOIN directory_memberships m ON m.volunteer_id = e.volunteer_id WHERE a.present AND m.neighbourhood_id = $1)::int AS "trainingsGiven",
              (SELECT count(*) FROM certificates WHERE neighbourhood_id = $1)::int AS "certificatesIssued",
              (SELECT count(DISTINCT volunteer_id) FROM certificates WHERE neighbourhood_id = $1)::int AS "peopleCertified"`,
      [neighbourhoodId],
    );
    return { ...row, peopleCertified: suppressSmallCell(row.peopleCertified, this.policy.identity) };
  }
}
