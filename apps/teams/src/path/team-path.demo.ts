import { DEMO_PLACES, demoId, Theme, todayInAmsterdam } from '@buurtvolk/domain';
import type { EntityManager } from 'typeorm';
import { TeamChecklistTick, TeamPhaseChange, TeamYearlyReview } from './team-path.entity';
import { addMonths, PHASE_CHECKLIST, TeamPhase } from './team-path.rules';

const DEMO_SUBJECT = 'demo-data';

/**
 * Each demo team's path so far, from its start date: exploration half a year before, start on the day, building up
 * after six months, self-reliant after two years; the checklists of the phases before the current one ticked.
 */
export async function seedDemoPaths(manager: EntityManager, today = todayInAmsterdam()): Promise<void> {
  const changes: Partial<TeamPhaseChange>[] = [];
  const ticks: Partial<TeamChecklistTick>[] = [];
  for (const place of DEMO_PLACES) {
    const teamId = demoId(`team:${place.key}`);
    const steps: [TeamPhase, string][] = (
      [
        [TeamPhase.EXPLORATION, addMonths(place.startsOn, -6)],
        [TeamPhase.START, place.startsOn],
        [TeamPhase.BUILDING_UP, addMonths(place.startsOn, 6)],
        [TeamPhase.SELF_RELIANT, addMonths(place.startsOn, 24)],
      ] as [TeamPhase, string][]
    ).filter(([, enteredOn]) => enteredOn <= today);
    steps.forEach(([phase, enteredOn], index) => {
      changes.push({
        id: demoId(`team-phase:${place.key}:${phase}`),
        teamId,
        seq: index + 1,
        phase,
        enteredOn,
        correction: false,
        note: null,
        recordedBy: DEMO_SUBJECT,
        recordedAt: new Date(`${enteredOn}T09:00:00Z`),
      });
      // The phases the team has left are done.
      if (index < steps.length - 1) {
        for (const item of PHASE_CHECKLIST[phase]) {
          ticks.push({ teamId, item: item.key, phase, tickedBy: DEMO_SUBJECT, tickedAt: new Date(`${steps[index + 1][1]}T09:00:00Z`) });
        }
      }
    });
  }
  if (changes.length) await manager.insert(TeamPhaseChange, changes);
  if (ticks.length) await manager.insert(TeamChecklistTick, ticks);
}

/**
 * Katendrecht's yearly reviews, so its whole path shows in the demo: last year's goals with the team's own reflection,
 * and this year's goals (the reflection comes at the year's end). The hours that happened are Team.hours(year).
 */
export async function seedDemoYearlyReviews(manager: EntityManager, today = todayInAmsterdam()): Promise<void> {
  const teamId = demoId('team:katendrecht');
  const year = Number(today.slice(0, 4));
  await manager.insert(TeamYearlyReview, [
    {
      id: demoId(`team-yearly-review:katendrecht:${year - 1}`),
      teamId,
      year: year - 1,
      goals: [
        { theme: Theme.INFORMAL_CARE, goal: 'Elke week een koffieochtend voor alleenwonende ouderen op de Kaap', targetHours: 600 },
        { theme: Theme.NEIGHBOURHOOD, goal: 'Twee keer per jaar het Deliplein schoon, met de school', targetHours: 150 },
      ],
      wentWell: 'De koffieochtend werd een vaste plek: buren komen nu ook zonder uitnodiging.',
      wentLessWell: 'De schoonmaakactie in het najaar viel uit door te weinig mensen.',
      version: 2,
    },
    {
      id: demoId(`team-yearly-review:katendrecht:${year}`),
      teamId,
      year,
      goals: [
        { theme: Theme.INFORMAL_CARE, goal: 'De koffieochtend zelf draaien, zonder de coördinator', targetHours: 650 },
        { theme: Theme.SUSTAINABILITY, goal: 'Een energiecafé met Woonstad Rotterdam', targetHours: null },
      ],
      wentWell: null,
      wentLessWell: null,
      version: 1,
    },
  ]);
}
