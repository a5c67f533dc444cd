import { addYears, DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { TeamCoach } from './coaches/team-coach.entity';
import { Membership, MembershipRole } from './memberships/membership.entity';
import { SOURCE } from './memberships/membership.service';
import { Neighbourhood } from './neighbourhoods/neighbourhood.entity';
import { Partner, PartnerKind } from './partners/partner.entity';
import { seedDemoPaths, seedDemoYearlyReviews } from './path/team-path.demo';
import { seedDemoProposals } from './proposals/team-proposal.demo-data';
import { seedDemoStartStory } from './scans/start-story.demo';
import { Team, TeamStatus } from './teams/team.entity';

/** One four-digit postcode in each demo neighbourhood, so the public request form places a request there. */
const DEMO_POSTCODES: Record<string, string> = {
  feijenoord: '3071',
  afrikaanderwijk: '3073',
  delfshaven: '3024',
  katendrecht: '3072',
  charlois: '3083',
  bouwlust: '2544',
  'leiden-noord': '2315',
  'te-werve': '2282',
  crabbehof: '3317',
};

export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Serialises two processes seeding the same empty database.
    await manager.query('LOCK TABLE teams IN EXCLUSIVE MODE');
    if ((await manager.count(Team)) > 0) return;

    await manager.insert(
      Neighbourhood,
      DEMO_PLACES.map((place) => ({
        id: demoId(`neighbourhood:${place.key}`),
        name: place.name,
        city: place.city,
        municipalityName: place.municipality,
        municipalityCode: place.code,
        cbsCode: null,
        classificationYear: 2024,
        version: 1,
      })),
    );
    await manager.insert(
      Team,
      DEMO_PLACES.map((place) => ({
        id: demoId(`team:${place.key}`),
        name: `Buurtvolk ${place.name}`,
        neighbourhoodId: demoId(`neighbourhood:${place.key}`),
        status: place.status as TeamStatus,
        startsOn: place.startsOn,
        commitmentEndsOn: addYears(place.startsOn, 5),
        version: 1,
      })),
    );
    await manager.query('INSERT INTO postcode_areas (postcode, neighbourhood_id) SELECT unnest($1::text[]), unnest($2::uuid[])', [
      Object.values(DEMO_POSTCODES),
      Object.keys(DEMO_POSTCODES).map((key) => demoId(`neighbourhood:${key}`)),
    ]);
    await manager.insert(Membership, demoMemberships());
    await manager.insert(TeamCoach, demoCoaches());
    await seedDemoPaths(manager);
    await seedDemoYearlyReviews(manager);
    await seedDemoProposals(manager);
    await seedDemoStartStory(manager);
    await manager.insert(
      Partner,
      DEMO_PARTNERS.map((partner) => ({
        id: demoId(`partner:${partner.key}`),
        name: partner.name,
        kind: PartnerKind[partner.kind],
        version: 1,
      })),
    );
    for (const partner of DEMO_PARTNERS) {
      await manager.query('INSERT INTO partner_neighbourhoods (partner_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])', [
        demoId(`partner:${partner.key}`),
        partner.serves.map((place) => demoId(`neighbourhood:${place}`)),
      ]);
    }
    await recordDemoHistory(manager);
    logger.info({ neighbourhoods: DEMO_PLACES.length, partners: DEMO_PARTNERS.length }, 'demo data loaded');
  });
}

/** SQL for an Amsterdam date's wall-clock time as an instant, never later than now (and now for a null date: least skips nulls). */
const amsterdamTime = (date: string, time: string) => `least((${date} + time '${time}') AT TIME ZONE 'Europe/Amsterdam', now())`;

/**
 * The events the live code would have recorded for the seeded rows, with the same payloads, so that a consumer
 * replaying this outbox (impact) gets the demo's history. Already published: the demo is seeded before any consumer
 * subscribes, and live consumers (which seed their own copy of the directory) must not handle it again. Ids are
 * hashes of the row, the same on every machine. A team is placed at the start of its first day, so before its first
 * members join that morning; a partner's areas date from the first start of a team in them.
 */
async function recordDemoHistory(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('TeamPlaced:' || t.id)::uuid, 'TeamPlaced', $1,
            jsonb_build_object('teamId', t.id, 'neighbourhoodId', n.id, 'municipalityCode', n.municipality_code, 'startsOn', to_char(t.starts_on, 'YYYY-MM-DD')),
            ${amsterdamTime('t.starts_on', '00:00')}, now()
       FROM teams t JOIN neighbourhoods n ON n.id = t.neighbourhood_id`,
    [SOURCE],
  );
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('MembershipStarted:' || m.id)::uuid, 'MembershipStarted', $1,
            jsonb_build_object('membershipId', m.id, 'teamId', m.team_id, 'neighbourhoodId', t.neighbourhood_id, 'volunteerId', m.volunteer_id,
                               'role', m.role, 'from', to_char(m.from_date, 'YYYY-MM-DD')),
            ${amsterdamTime('m.from_date', '09:00')}, now()
       FROM memberships m JOIN teams t ON t.id = m.team_id`,
    [SOURCE],
  );
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('MembershipEnded:' || m.id)::uuid, 'MembershipEnded', $1,
            jsonb_build_object('membershipId', m.id, 'until', to_char(m.until_date, 'YYYY-MM-DD')), ${amsterdamTime('m.until_date', '17:00')}, now()
       FROM memberships m WHERE m.until_date IS NOT NULL`,
    [SOURCE],
  );
  await manager.query(
    `WITH areas AS (
       SELECT p.id AS partner_id, p.kind, array_remove(array_agg(pn.neighbourhood_id ORDER BY pn.neighbourhood_id), NULL) AS neighbourhood_ids
         FROM partners p LEFT JOIN partner_neighbourhoods pn ON pn.partner_id = p.id
        GROUP BY p.id
     )
     INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('PartnerAreasChanged:' || a.partner_id)::uuid, 'PartnerAreasChanged', $1,
            jsonb_build_object('partnerId', a.partner_id, 'neighbourhoodIds', to_jsonb(a.neighbourhood_ids), 'kind', a.kind),
            (SELECT ${amsterdamTime('min(t.starts_on)', '00:00')} FROM teams t WHERE t.neighbourhood_id = ANY(a.neighbourhood_ids)), now()
       FROM areas a`,
    [SOURCE],
  );
}

/** The shared demo roster's members: residents the volunteers service knows. */
function demoMemberships(): Partial<Membership>[] {
  return demoMembers().map((member) => ({
    id: demoId(`membership:${member.place.key}-${member.index}`),
    teamId: member.teamId,
    volunteerId: member.volunteerId,
    role: MembershipRole[member.role],
    from: member.place.startsOn,
    until: null,
    version: 1,
  }));
}

/** Made-up names: a professional coach per team, from the team's first day. */
const COACH_NAMES = [
  'Sanne de Vries',
  'Youssef Amrani',
  'Marieke Bakker',
  'Priya Ramdin',
  'Joost van Leeuwen',
  'Esra Yilmaz',
  'Lotte Visser',
  'Kees de Graaf',
  'Nadia Haddou',
];

function demoCoaches(): Partial<TeamCoach>[] {
  return DEMO_PLACES.map((place, i) => ({
    id: demoId(`coach:${place.key}`),
    teamId: demoId(`team:${place.key}`),
    name: COACH_NAMES[i % COACH_NAMES.length],
    organisation: 'Stichting Buurtvolk',
    from: place.startsOn,
    until: null,
    version: 1,
  }));
}
