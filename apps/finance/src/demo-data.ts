import { DEMO_PARTNERS, DEMO_PLACES, demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import { seedDemoDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';

/** Budget per category per active demo team and year, in cents, allocated from its municipality's agreement. */
const YEARLY_BUDGET = { ALLOWANCES: 4_000_000, ACTIVITIES: 1_500_000, TRAINING: 800_000, COORDINATION: 2_500_000 };

/** A funding agreement from each demo municipality for its neighbourhoods, and this year's budgets allocated from it. */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE funding_agreements IN EXCLUSIVE MODE');
    if (Number((await manager.query('SELECT count(*) AS n FROM funding_agreements'))[0].n) > 0) return;
    await seedDemoDirectory(manager);
    const year = Number(todayInAmsterdam().slice(0, 4));
    const perTeam = Object.values(YEARLY_BUDGET).reduce((sum, cents) => sum + cents, 0);
    for (const partner of DEMO_PARTNERS.filter((candidate) => candidate.kind === 'MUNICIPALITY')) {
      const agreementId = demoId(`agreement:${partner.key}`);
      const places = DEMO_PLACES.filter((place) => (partner.serves as readonly string[]).includes(place.key));
      await manager.query(
        `INSERT INTO funding_agreements (id, partner_id, title, amount_cents, starts_on, ends_on, neighbourhood_ids, social_return_cents_per_euro)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 190)`,
        [agreementId, demoId(`partner:${partner.key}`), `Buurtvolk ${partner.name.replace('Gemeente ', '')} ${year}–${year + 3}`, perTeam * places.length * 4, `${year}-01-01`, `${year + 3}-12-31`, places.map((place) => demoId(`neighbourhood:${place.key}`))],
      );
      for (const place of places.filter((candidate) => candidate.status !== 'FORMING')) {
        for (const [category, cents] of Object.entries(YEARLY_BUDGET)) {
          const budgetId = demoId(`budget:${place.key}:${year}:${category}`);
          await manager.query('INSERT INTO budgets (id, team_id, year, category) VALUES ($1, $2, $3, $4)', [budgetId, demoId(`team:${place.key}`), year, category]);
          await manager.query(
            `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, agreement_id, budget_id, description)
             VALUES ($1, 'ALLOCATION', $2, $3, $4, $5, $6, $7)`,
            [demoId(`allocation:${place.key}:${year}:${category}`), `agreement:${agreementId}`, `budget:${budgetId}`, cents, agreementId, budgetId, `Allocation to ${category} ${year}`],
          );
        }
      }
    }
    logger.info({ year }, 'demo data loaded');
  });
}
