import { addYears, DEMO_PLACES, demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { CohesionStatement, InclusionCharacteristic } from './surveys/cohesion.rules';
import { SurveyWave } from './surveys/neighbourhood-survey.entity';

/**
 * Survey waves for each demo neighbourhood: a baseline when its team started, then one a year, with cohesion
 * creeping up from a low start. Everything else the impact service shows comes from the other services' events.
 */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE neighbourhood_surveys IN EXCLUSIVE MODE');
    if (Number((await manager.query('SELECT count(*) AS n FROM neighbourhood_surveys'))[0].n) > 0) return;
    const today = todayInAmsterdam();
    let waves = 0;
    for (const [index, place] of DEMO_PLACES.entries()) {
      for (let wave = 0; addYears(place.startsOn, wave) <= today; wave += 1) {
        const fieldedOn = addYears(place.startsOn, wave);
        // Agreement on a 1–5 scale: a little over 2.5 at the start, about 0.15 better each year, varying per place.
        const level = Math.min(4.6, 2.6 + (index % 4) * 0.1 + wave * 0.15);
        const statements = Object.fromEntries(
          Object.values(CohesionStatement).map((statement, i) => [
            statement,
            round2(statement === CohesionStatement.PEOPLE_HARDLY_KNOW_EACH_OTHER ? 6 - level - 0.2 : level + (i % 2) * 0.1),
          ]),
        );
        const characteristics = Object.fromEntries(
          Object.values(InclusionCharacteristic).map((characteristic, i) => [characteristic, round2(level - 0.2 + (i % 3) * 0.15)]),
        );
        await manager.query(
          `INSERT INTO neighbourhood_surveys (id, neighbourhood_id, wave, fielded_on, wave_year, sample_size, statements, characteristics, score_standard_deviation)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            demoId(`survey:${place.key}:${wave}`),
            demoId(`neighbourhood:${place.key}`),
            wave === 0 ? SurveyWave.BASELINE : SurveyWave.FOLLOW_UP,
            fieldedOn,
            Number(fieldedOn.slice(0, 4)),
            80 + ((index * 37 + wave * 13) % 120),
            statements,
            characteristics,
            // A spread of about 2 points on the 0–10 scale, as resident surveys of cohesion commonly report (demo figure).
            round2(1.8 + ((index + wave) % 5) * 0.1),
          ],
        );
        waves += 1;
      }
    }
    logger.info({ waves }, 'demo survey waves loaded');
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;
