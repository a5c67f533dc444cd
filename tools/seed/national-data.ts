/**
 * The national data set as a plan: municipalities, neighbourhoods, teams, members and how many activities and hour
 * entries each gets. Everything is derived from readable keys (`team:n-0001`, `volunteer:n-0001-07`,
 * `membership:n-0001-07`, `neighbourhood:n-0001`, `partner:n-muni-0001`) through demoId, so the teams, volunteers
 * and activities databases are each written on their own and their references still meet.
 *
 * The plan is a pure function of the scale and today's date (hours are never in the future), so the benchmark can
 * rebuild it to find the team, volunteer, neighbourhood and partner it asks about.
 */
import { addYears, demoId, Theme } from '@buurtvolk/domain';
import { between, cumulate, dayNumber, localDate, pickOne, randomFor } from './deterministic';

export type ScaleName = 'small' | 'national';

export interface Scale {
  name: ScaleName;
  teams: number;
  municipalities: number;
  membersPerTeam: number;
  /** Activities over all teams (about: each team gets its share by how long it has existed). */
  activities: number;
  /** At least this many hour entries over all teams. */
  minHourEntries: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  // A quick check of the whole pipeline: 10 teams, 250 volunteers, the same density of hours per team.
  small: { name: 'small', teams: 10, municipalities: 3, membersPerTeam: 25, activities: 500, minHourEntries: 50_000 },
  national: { name: 'national', teams: 1_000, municipalities: 100, membersPerTeam: 25, activities: 50_000, minHourEntries: 5_000_000 },
};

export const THEMES: readonly Theme[] = Object.values(Theme);

/** Teams start over the last five years; the youngest has existed for two weeks. */
const START_WINDOW_DAYS = 5 * 365;
const YOUNGEST_TEAM_DAYS = 14;
/** Planned activities reach three months ahead. */
export const PLANNING_HORIZON_DAYS = 90;

export interface Municipality {
  index: number;
  key: string;
  name: string;
  code: string;
  partnerId: string;
  partnerName: string;
  teams: PlannedTeam[];
}

export interface PlannedMember {
  index: number;
  /** `n-0001-07` */
  key: string;
  volunteerId: string;
  membershipId: string;
  role: 'COORDINATOR' | 'MEMBER';
  givenName: string;
  familyName: string;
  /** How many hour entries this person has logged since the team started. */
  hourEntries: number;
  team: PlannedTeam;
}

export interface PlannedTeam {
  index: number;
  /** `n-0001` */
  key: string;
  teamId: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  name: string;
  municipality: Municipality;
  startsOn: string;
  commitmentEndsOn: string;
  startDay: number;
  /** Days from the start up to and including today. */
  activeDays: number;
  activities: number;
  /** Cumulative weights of THEMES: every team has its own emphasis. */
  themeWeights: number[];
  members: PlannedMember[];
}

export interface NationalPlan {
  scale: Scale;
  today: string;
  todayDay: number;
  municipalities: Municipality[];
  teams: PlannedTeam[];
  members: PlannedMember[];
  hourEntries: number;
}

// Synthetic municipalities: Dutch-sounding names and codes GM9001 and up, a range CBS does not use, so these
// figures can never be mistaken for a real municipality's.
const PLACE_PREFIXES = ['Ooster', 'Wester', 'Noorder', 'Zuider', 'Nieuw', 'Oud', 'Hoog', 'Groot', 'Klein', 'Zand'];
const PLACE_SUFFIXES = ['veen', 'dam', 'wijk', 'hoven', 'broek', 'meer', 'haven', 'berg', 'dorp', 'horst'];
const NEIGHBOURHOOD_NAMES = [
  'Centrum',
  'Oude Noorden',
  'Bloemenbuurt',
  'Vogelwijk',
  'Schildersbuurt',
  'Rivierenbuurt',
  'Bomenbuurt',
  'Componistenbuurt',
  'Zeeheldenbuurt',
  'Indische Buurt',
  'Staatsliedenbuurt',
  'Stationsbuurt',
  'Havenkwartier',
  'Dichtersbuurt',
  'Sterrenwijk',
  'Molenwijk',
  'Kerkebuurt',
  'Oude Dorp',
  'Nieuwland',
  'Hoogland',
  'Parkwijk',
  'Tuindorp',
  'Spoorzone',
  'Lindenhof',
  'Het Laag',
  'De Akkers',
  'Kruidenbuurt',
  'Vruchtenbuurt',
  'Professorenwijk',
  'Waterwijk',
  'De Weide',
  'Slotenbuurt',
  'Beekpark',
  'Kanaalbuurt',
  'De Hoven',
  'Rozenhof',
  'Eikenlaan',
  'Watertoren',
  'Het Veld',
  'Noordrand',
];
const GIVEN_NAMES = [
  'Fatima',
  'Jan',
  'Aylin',
  'Mohamed',
  'Sanne',
  'Kofi',
  'Priya',
  'Henk',
  'Naima',
  'Dewi',
  'Ricardo',
  'Els',
  'Youssef',
  'Marieke',
  'Tariq',
  'Ineke',
  'Chen',
  'Joyce',
  'Emre',
  'Wilma',
  'Ahmed',
  'Anouk',
  'Samira',
  'Gerrit',
  'Lina',
  'Bram',
  'Zeynep',
  'Ruud',
  'Esther',
  'Karim',
];
const FAMILY_NAMES = [
  'Bakker',
  'El Amrani',
  'Yilmaz',
  'de Vries',
  'Mensah',
  'Jansen',
  'Pinas',
  'van Dijk',
  'Kartosen',
  'Öztürk',
  'Visser',
  'Boateng',
  'de Jong',
  'Wijngaarde',
  'Smit',
  'Bouzid',
  'Meijer',
  'Kaya',
  'de Graaf',
  'Nguyen',
];

/** Builds the whole plan; cheap (milliseconds), the rows themselves are generated while they are loaded. */
export function planNationalData(scale: Scale, today: string): NationalPlan {
  const todayDay = dayNumber(today);
  const municipalities = planMunicipalities(scale);
  const teamsPerMunicipality = spread(scale.teams, municipalities.length);

  const teams: PlannedTeam[] = [];
  municipalities.forEach((municipality, m) => {
    for (let n = 0; n < teamsPerMunicipality[m]; n += 1) {
      const team = planTeam(teams.length + 1, n, municipality, todayDay);
      municipality.teams.push(team);
      teams.push(team);
    }
  });

  allotActivities(teams, scale.activities);
  const members = teams.flatMap((team) => planMembers(team, scale.membersPerTeam));
  const hourEntries = allotHourEntries(members, scale.minHourEntries);
  return { scale, today, todayDay, municipalities, teams, members, hourEntries };
}

function planMunicipalities(scale: Scale): Municipality[] {
  return Array.from({ length: scale.municipalities }, (_, i) => {
    const index = i + 1;
    const round = Math.floor(i / (PLACE_PREFIXES.length * PLACE_SUFFIXES.length));
    const name = `${PLACE_PREFIXES[i % PLACE_PREFIXES.length]}${PLACE_SUFFIXES[Math.floor(i / PLACE_PREFIXES.length) % PLACE_SUFFIXES.length]}${round ? ` ${round + 1}` : ''}`;
    const key = `n-muni-${pad(index, 4)}`;
    return { index, key, name, code: `GM${9000 + index}`, partnerId: demoId(`partner:${key}`), partnerName: `Gemeente ${name}`, teams: [] };
  });
}

/**
 * Splits `total` teams over municipalities as in the country: a few cities with many teams, many towns with a few
 * (weights 1/rank^0.7), every municipality at least one; largest remainders make the sum exact.
 */
export function spread(total: number, parts: number): number[] {
  if (total < parts) throw new Error(`Cannot spread ${total} teams over ${parts} municipalities`);
  const weights = Array.from({ length: parts }, (_, i) => 1 / Math.pow(i + 1, 0.7));
  const sum = weights.reduce((a, b) => a + b, 0);
  const free = total - parts;
  const exact = weights.map((weight) => (free * weight) / sum);
  const counts = exact.map((value) => 1 + Math.floor(value));
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let left = total - counts.reduce((a, b) => a + b, 0), k = 0; left > 0; left -= 1, k += 1) counts[order[k].i] += 1;
  return counts;
}

function planTeam(index: number, inMunicipality: number, municipality: Municipality, todayDay: number): PlannedTeam {
  const key = `n-${pad(index, 4)}`;
  const random = randomFor(`team:${key}`);
  const round = Math.floor(inMunicipality / NEIGHBOURHOOD_NAMES.length);
  const neighbourhoodName = `${NEIGHBOURHOOD_NAMES[inMunicipality % NEIGHBOURHOOD_NAMES.length]}${round ? ` ${round + 1}` : ''}`;
  const startDay = todayDay - between(random, YOUNGEST_TEAM_DAYS, START_WINDOW_DAYS - 1);
  const startsOn = localDate(startDay);
  // Each team leans towards two or three themes, as real teams do.
  const themeWeights = cumulate(THEMES.map(() => 0.3 + Math.pow(random(), 2) * 3));
  return {
    index,
    key,
    teamId: demoId(`team:${key}`),
    neighbourhoodId: demoId(`neighbourhood:${key}`),
    neighbourhoodName,
    name: `Buurtvolk ${neighbourhoodName} ${municipality.name}`,
    municipality,
    startsOn,
    commitmentEndsOn: addYears(startsOn, 5),
    startDay,
    activeDays: todayDay - startDay + 1,
    activities: 0,
    themeWeights,
    members: [],
  };
}

function planMembers(team: PlannedTeam, count: number): PlannedMember[] {
  team.members = Array.from({ length: count }, (_, i) => {
    const index = i + 1;
    const key = `${team.key}-${pad(index, 2)}`;
    const random = randomFor(`volunteer:${key}`);
    return {
      index,
      key,
      volunteerId: demoId(`volunteer:${key}`),
      membershipId: demoId(`membership:${key}`),
      role: index === 1 ? 'COORDINATOR' : 'MEMBER',
      givenName: pickOne(random, GIVEN_NAMES),
      familyName: pickOne(random, FAMILY_NAMES),
      hourEntries: 0,
      team,
    } satisfies PlannedMember;
  });
  return team.members;
}

/** Each team's share of the activities follows how long it has existed (plus the planning horizon). */
function allotActivities(teams: PlannedTeam[], total: number): void {
  const weight = (team: PlannedTeam) => team.activeDays + PLANNING_HORIZON_DAYS;
  const sum = teams.reduce((acc, team) => acc + weight(team), 0);
  for (const team of teams) team.activities = Math.max(1, Math.round((total * weight(team)) / sum));
}

/**
 * Hour entries per person: proportional to the days they have been in the team, to how active they are (a few
 * log a lot, some rarely; the coordinator most) and to how lively their team is (so that some teams are ahead of
 * the 5,000-hour first-year promise and some behind), scaled so the total reaches at least `minimum`.
 */
function allotHourEntries(members: PlannedMember[], minimum: number): number {
  const vitality = (key: string) => 0.6 + 0.9 * randomFor(`vitality:${key}`)();
  const zeal = members.map(
    (member) => vitality(member.team.key) * (member.role === 'COORDINATOR' ? 1.8 : 0.25 + 1.5 * randomFor(`zeal:${member.key}`)()),
  );
  const exposure = members.reduce((sum, member, i) => sum + member.team.activeDays * zeal[i], 0);
  const perDay = minimum / exposure;
  let total = 0;
  members.forEach((member, i) => {
    member.hourEntries = Math.ceil(member.team.activeDays * zeal[i] * perDay);
    total += member.hourEntries;
  });
  return total;
}

/** The team, volunteer, neighbourhood and partner the benchmark asks about: a team of the largest municipality with a full last year. */
export function benchmarkSubjects(plan: NationalPlan): {
  team: PlannedTeam;
  coordinator: PlannedMember;
  volunteer: PlannedMember;
  municipality: Municipality;
} {
  const lastYearStart = dayNumber(`${Number(plan.today.slice(0, 4)) - 1}-01-01`);
  const municipality = plan.municipalities[0];
  const team = municipality.teams.find((candidate) => candidate.startDay < lastYearStart) ?? municipality.teams[0];
  return { team, coordinator: team.members[0], volunteer: team.members[Math.min(6, team.members.length - 1)], municipality };
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
