import { DIRECTORY_COPY, type PersonalDataDeclaration, personalDataExportPart } from '@buurtvolk/subgraph-kit';

/** What the training service holds about a person: enrolments with their attendance, certificates and runs they train. */
export const TRAINING_PERSONAL_DATA: PersonalDataDeclaration = {
  tables: [
    { table: 'enrolments', column: 'volunteer_id' },
    { table: 'attendance', column: 'enrolment_id', through: { table: 'enrolments', column: 'volunteer_id' } },
    { table: 'certificates', column: 'volunteer_id' },
    { table: 'course_runs', column: 'trainer_volunteer_id' },
  ],
  notPersonal: [DIRECTORY_COPY],
};

export const [TrainingExportReference, TrainingExportResolver] = personalDataExportPart(
  'training',
  'Enrolments with attendance, certificates and the course runs the person trains',
  TRAINING_PERSONAL_DATA,
);
