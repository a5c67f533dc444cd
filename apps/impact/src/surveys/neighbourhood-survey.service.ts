import { todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, conflict, type FieldError, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ImpactPolicy } from '../policy';
import { CohesionStatement, InclusionCharacteristic } from './cohesion.rules';
import { NeighbourhoodSurvey, SurveyWave } from './neighbourhood-survey.entity';
import type { CorrectNeighbourhoodSurveyInput, RecordNeighbourhoodSurveyInput, SurveyResultsInput } from './neighbourhood-survey.inputs';

export class NeighbourhoodSurveyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ImpactPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** Waves of these neighbourhoods, oldest first. */
  async wavesOf(neighbourhoodIds: string[]): Promise<NeighbourhoodSurvey[]> {
    if (!neighbourhoodIds.length) return [];
    return this.dataSource
      .getRepository(NeighbourhoodSurvey)
      .createQueryBuilder('s')
      .where('s.neighbourhood_id = ANY(:ids)', { ids: neighbourhoodIds })
      .orderBy('s.fielded_on')
      .getMany();
  }

  private async teamsIn(neighbourhoodId: string): Promise<string[]> {
    const rows: { teamId: string }[] = await this.dataSource.query(
      'SELECT team_id AS "teamId" FROM directory_teams WHERE neighbourhood_id = $1',
      [neighbourhoodId],
    );
    return rows.map((row) => row.teamId);
  }

  async record(input: RecordNeighbourhoodSurveyInput): Promise<NeighbourhoodSurvey> {
    const teamIds = await this.teamsIn(input.neighbourhoodId);
    this.policy.assertCanRecordSurvey(teamIds);
    const answers = surveyAnswers(input);
    if (input.fieldedOn > todayInAmsterdam())
      throw badUserInput('fieldedOn must not be in the future', [{ field: 'fieldedOn', message: 'must not be in the future' }]);
    if (!teamIds.length) throw notFound('neighbourhood with a team', input.neighbourhoodId);
    return this.dataSource.transaction(async (manager) => {
      // One writer per neighbourhood at a time, so "baseline first, then one wave a year" cannot race.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`survey:${input.neighbourhoodId}`]);
      const existing = await manager.findBy(NeighbourhoodSurvey, { neighbourhoodId: input.neighbourhoodId });
      const baseline = existing.find((wave) => wave.wave === SurveyWave.BASELINE);
      const waveYear = Number(input.fieldedOn.slice(0, 4));
      if (input.wave === SurveyWave.BASELINE && baseline)
        throw conflict(`This neighbourhood has its baseline already (${baseline.fieldedOn}); record a FOLLOW_UP`);
      if (input.wave === SurveyWave.FOLLOW_UP) {
        if (!baseline) throw badUserInput('Record the baseline (nulmeting) first', [{ field: 'wave', message: 'needs a BASELINE first' }]);
        if (input.fieldedOn <= baseline.fieldedOn)
          throw badUserInput(`A follow-up comes after the baseline of ${baseline.fieldedOn}`, [
            { field: 'fieldedOn', message: `must be after ${baseline.fieldedOn}` },
          ]);
      }
      if (existing.some((wave) => wave.waveYear === waveYear))
        throw conflict(`This neighbourhood has a survey wave in ${waveYear} already; correct that one instead`);
      const survey = manager.create(NeighbourhoodSurvey, {
        id: randomUUID(),
        neighbourhoodId: input.neighbourhoodId,
        wave: input.wave,
        fieldedOn: input.fieldedOn,
        waveYear,
        sampleSize: input.sampleSize,
        scoreStandardDeviation: input.scoreStandardDeviation ?? null,
        ...answers,
        version: 1,
      });
      await manager.insert(NeighbourhoodSurvey, survey);
      await this.audit.record(manager, {
        action: 'survey.recorded',
        entityType: 'NeighbourhoodSurvey',
        entityId: survey.id,
        relatedIds: [input.neighbourhoodId],
      });
      return survey;
    });
  }

  async correct({ id, version, results }: CorrectNeighbourhoodSurveyInput): Promise<NeighbourhoodSurvey> {
    const current = await this.dataSource.getRepository(NeighbourhoodSurvey).findOneBy({ id });
    if (!current) throw notFound('survey', id);
    this.policy.assertCanRecordSurvey(await this.teamsIn(current.neighbourhoodId));
    const answers = surveyAnswers(results);
    return this.dataSource.transaction(async (manager) => {
      const survey = await updateVersioned(manager, NeighbourhoodSurvey, 'survey', id, version, {
        sampleSize: results.sampleSize,
        scoreStandardDeviation: results.scoreStandardDeviation ?? null,
        ...answers,
      });
      await this.audit.record(manager, {
        action: 'survey.corrected',
        entityType: 'NeighbourhoodSurvey',
        entityId: id,
        relatedIds: [current.neighbourhoodId],
      });
      return survey;
    });
  }
}

/** Each statement and characteristic exactly once, as the maps the table keeps. */
function surveyAnswers(results: SurveyResultsInput): Pick<NeighbourhoodSurvey, 'statements' | 'characteristics'> {
  const errors: FieldError[] = [];
  const statements = Object.fromEntries(results.statements.map((answer) => [answer.statement, answer.meanAgreement]));
  const characteristics = Object.fromEntries(results.characteristics.map((answer) => [answer.characteristic, answer.meanAgreement]));
  const missingStatements = Object.values(CohesionStatement).filter((statement) => statements[statement] === undefined);
  const missingCharacteristics = Object.values(InclusionCharacteristic).filter(
    (characteristic) => characteristics[characteristic] === undefined,
  );
  if (missingStatements.length)
    errors.push({ field: 'statements', message: `needs each statement once; missing ${missingStatements.join(', ')}` });
  if (missingCharacteristics.length)
    errors.push({ field: 'characteristics', message: `needs each characteristic once; missing ${missingCharacteristics.join(', ')}` });
  if (errors.length) throw badUserInput('A survey wave needs all five cohesion statements and all five characteristics', errors);
  return {
    statements: statements as NeighbourhoodSurvey['statements'],
    characteristics: characteristics as NeighbourhoodSurvey['characteristics'],
  };
}
