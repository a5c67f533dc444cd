import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import { CoverageService } from './certificates/coverage.service';
import { CourseService } from './courses/course.service';
import { EnrolmentService } from './enrolments/enrolment.service';
import { createLoaders, type TrainingLoaders } from './loaders';
import { TrainingPolicy } from './policy';

export interface TrainingContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: TrainingLoaders;
  policy: TrainingPolicy;
  courses: CourseService;
  enrolments: EnrolmentService;
  coverage: CoverageService;
}

export function createTrainingContext(base: SubgraphContext, dataSource: DataSource): TrainingContext {
  const directory = new TeamDirectory(dataSource);
  const policy = new TrainingPolicy(base.identity, directory);
  const audit = new AuditTrail(base.identity, base.requestId);
  return {
    ...base,
    dataSource,
    loaders: createLoaders(dataSource),
    policy,
    courses: new CourseService(dataSource, policy, audit),
    enrolments: new EnrolmentService(dataSource, policy, directory, audit),
    coverage: new CoverageService(dataSource, policy),
  };
}
