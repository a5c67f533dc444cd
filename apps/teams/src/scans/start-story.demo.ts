import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { EntityManager } from 'typeorm';
import { addMonths } from '../path/team-path.rules';
import { IntakeOutcome, NotJoinedReason, OutreachKind, OutreachMoment, RecruitmentCandidate } from '../recruitment/recruitment.entity';
import { CbsFigure, CbsKeyFigure, LocalPartnerKind, NeighbourhoodScan, ScanDecision } from './neighbourhood-scan.entity';

const DEMO_SUBJECT = 'demo-data';
const PLACE = 'katendrecht';
/** The demo roster's Katendrecht team: 16 members, all from its first day (libs/domain demo-roster). */
const STARTS_ON = '2024-10-01';
const MEMBERS = 16;
/** The CBS table and classification in force when the scan was made (Kerncijfers wijken en buurten 2023). */
const CBS_TABLE = '85618NED';
const CBS_YEAR = 2023;
/** Illustrative code and values, not CBS's published figures. */
const AREA_CODE = 'WK059915';

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+02:00`);

/**
 * Katendrecht's start story, consistent with its memberships: a resident's request (February 2024), a scan with the
 * CBS key figures and the START decision (June 2024, closing the request as "became team"), three outreach moments
 * and the intake of 21 interested residents, of whom the 16 members joined on the team's first day. Contact data is
 * deleted where the retention rules say it would be by today.
 */
export async function seedDemoStartStory(manager: EntityManager, today = todayInAmsterdam()): Promise<void> {
  const teamId = demoId(`team:${PLACE}`);
  const neighbourhoodId = demoId(`neighbourhood:${PLACE}`);
  const requestId = demoId(`neighbourhood-request:${PLACE}`);
  const decidedOn = '2024-06-14';
  const requestContactGone = addMonths(decidedOn, 12) < today;
  // Raw SQL for the request: its other columns (e.g. the answer language) keep their defaults.
  await manager.query(
    `INSERT INTO neighbourhood_requests (id, postcode, neighbourhood_id, requester_kind, organisation, reason, contact_name, contact_email,
       contact_phone, status, team_id, follow_up_note, created_at, closed_at, contact_deleted_at, version)
     VALUES ($1, '3072', $2, 'RESIDENT', NULL, $3, $4, $5, NULL, 'BECAME_TEAM', $6, $7, $8, $9, $10, 5)`,
    [
      requestId,
      neighbourhoodId,
      'Op de Kaap wonen veel ouderen alleen en jonge gezinnen kennen elkaar niet. Wij willen graag samen iets opzetten.',
      requestContactGone ? null : 'Mirjam de Kaap',
      requestContactGone ? null : 'mirjam@example.org',
      teamId,
      'Gesprek gevoerd, scan gepland; besloten tot start.',
      at('2024-02-12'),
      at(decidedOn, '15:00'),
      requestContactGone ? at(addMonths(decidedOn, 12), '03:41') : null,
    ],
  );
  await manager.insert(
    CbsKeyFigure,
    [
      [CbsFigure.INHABITANTS, 4870],
      [CbsFigure.LOW_INCOME_HOUSEHOLDS_SHARE, 12.4],
    ].map(([figure, value]) => ({
      areaCode: AREA_CODE,
      classificationYear: CBS_YEAR,
      figure: figure as CbsFigure,
      value: value as number,
      year: CBS_YEAR,
      source: CBS_TABLE,
      importedAt: at('2024-05-13'),
    })),
  );
  await manager.insert(NeighbourhoodScan, {
    id: demoId(`neighbourhood-scan:${PLACE}`),
    neighbourhoodId,
    areaCode: AREA_CODE,
    classificationYear: CBS_YEAR,
    requestId,
    partners: [
      { name: 'Gemeente Rotterdam, gebied Feijenoord', kind: LocalPartnerKind.MUNICIPALITY },
      { name: 'Woonstad Rotterdam', kind: LocalPartnerKind.HOUSING_CORPORATION },
      { name: 'Buurthuis De Kaap', kind: LocalPartnerKind.COMMUNITY_CENTRE },
      { name: 'Basisschool De Globe', kind: LocalPartnerKind.SCHOOL },
    ],
    initiatives: ['Wekelijkse koffieochtend in het buurthuis', 'Schoonmaakactie Deliplein (twee keer per jaar)'],
    notes: 'Veel alleenstaande ouderen rond de Rechthuislaan; weinig contact tussen oude en nieuwe bewoners. Buurthuis wil ruimte bieden.',
    decision: ScanDecision.START,
    decisionReason: 'Draagvlak bij bewoners en partners; buurthuis als thuisbasis.',
    teamId,
    decidedBy: DEMO_SUBJECT,
    decidedAt: at(decidedOn, '15:00'),
    recordedBy: DEMO_SUBJECT,
    createdAt: at('2024-05-20'),
    version: 3,
  });

  const moments: [OutreachKind, string, string, number, number][] = [
    [OutreachKind.DOOR_TO_DOOR, '2024-06-22', 'Rechthuislaan en Tolhuisstraat', 85, 12],
    [OutreachKind.MARKET_STAND, '2024-07-06', 'Deliplein', 120, 9],
    [OutreachKind.VIA_PARTNER, '2024-08-29', 'Buurthuis De Kaap', 30, 8],
  ];
  await manager.insert(
    OutreachMoment,
    moments.map(([kind, heldOn, place, spokenTo, interested], i) => ({
      id: demoId(`outreach-moment:${PLACE}-${i + 1}`),
      teamId,
      kind,
      heldOn,
      place,
      spokenTo,
      interested,
      createdAt: at(heldOn, '18:00'),
      version: 1,
    })),
  );

  const candidates: Partial<RecruitmentCandidate>[] = [];
  for (let i = 1; i <= MEMBERS; i++) {
    const talkedOn = `2024-0${7 + (i % 3)}-${String(5 + i).padStart(2, '0')}`;
    candidates.push({
      id: demoId(`recruitment-candidate:${PLACE}-${i}`),
      teamId,
      outreachMomentId: demoId(`outreach-moment:${PLACE}-${(i % 3) + 1}`),
      firstName: null,
      phone: null,
      email: null,
      firstConversationOn: talkedOn,
      introductionOn: '2024-09-14',
      outcome: IntakeOutcome.JOINED,
      outcomeOn: STARTS_ON,
      volunteerId: demoId(`volunteer:${PLACE}-${String(i).padStart(2, '0')}`),
      closedAt: at(STARTS_ON),
      contactDeletedAt: at(STARTS_ON),
      createdAt: at(talkedOn, '09:00'),
      version: 4,
    });
  }
  const notJoined: [string, NotJoinedReason, string][] = [
    ['Henk', NotJoinedReason.NO_TIME, '2024-08-20'],
    ['Samira', NotJoinedReason.MOVED, '2024-09-02'],
    ['Bram', NotJoinedReason.NOT_INTERESTED, '2024-09-10'],
    ['Fenna', NotJoinedReason.NO_CONTACT, '2024-09-20'],
    ['Yusuf', NotJoinedReason.OTHER_INITIATIVE, '2024-09-25'],
  ];
  notJoined.forEach(([firstName, reason, closedOn], i) => {
    const gone = addMonths(closedOn, 12) < today;
    candidates.push({
      id: demoId(`recruitment-candidate:${PLACE}-not-joined-${i + 1}`),
      teamId,
      outreachMomentId: demoId(`outreach-moment:${PLACE}-${(i % 3) + 1}`),
      firstName: gone ? null : firstName,
      phone: null,
      email: null,
      firstConversationOn: '2024-08-12',
      introductionOn: null,
      outcome: IntakeOutcome.NOT_JOINED,
      outcomeOn: closedOn,
      notJoinedReason: reason,
      notJoinedNote: null,
      volunteerId: null,
      closedAt: at(closedOn),
      contactDeletedAt: gone ? at(addMonths(closedOn, 12), '03:47') : null,
      createdAt: at('2024-08-01'),
      version: gone ? 4 : 3,
    });
  });
  await manager.insert(RecruitmentCandidate, candidates);
}
