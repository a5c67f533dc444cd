import type { DataSource } from 'typeorm';
import { FundingAgreement } from './funding-agreement.entity';

/**
 * Each agreement's share of what its teams and neighbourhoods are financed with, per calendar year, so that results
 * can be attributed to funders by share (the impact service reads them).
 *
 * Derived, not recorded: a share is the agreement's money for that area and year over all agreements' money for the
 * same area and year. Recorded shares would have to be corrected on every agreement by hand whenever a funder joins
 * or an amount changes, and would drift from the amounts; derived ones always add up and follow the agreements
 * themselves. An agreement's money in a year is its amount spread evenly over its days (an agreement running
 * 1 July–30 June puts half of its amount in each year). Impact receives everything this needs in
 * `FundingAgreementRecorded` (amount, period, teams, neighbourhoods) and can derive the same shares from its copy,
 * so the events carry no shares of their own: a share published with one agreement would go stale the moment another
 * agreement for the same area is recorded.
 *
 * A team is financed by agreements naming the team and by agreements naming its neighbourhood; a neighbourhood only
 * by agreements naming the neighbourhood (an agreement for one team pays for part of it, not for the whole).
 */
export interface FundingShare {
  teamId: string | null;
  neighbourhoodId: string | null;
  year: number;
  /** Hundredths of a percent: 10 000 is the whole. */
  basisPoints: number;
}

type Agreement = Pick<FundingAgreement, 'id' | 'amountCents' | 'startsOn' | 'endsOn' | 'teamIds' | 'neighbourhoodIds'>;

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;

/** The agreement's money in a calendar year, in (fractional) cents. */
export function moneyInYear(agreement: Agreement, year: number): number {
  const from = agreement.startsOn > `${year}-01-01` ? agreement.startsOn : `${year}-01-01`;
  const to = agreement.endsOn < `${year}-12-31` ? agreement.endsOn : `${year}-12-31`;
  if (to < from) return 0;
  return (Number(agreement.amountCents) * days(from, to)) / days(agreement.startsOn, agreement.endsOn);
}

/** The shares of `agreement`, given every agreement (including itself) and where each team works. */
export function sharesOf(agreement: Agreement, all: Agreement[], neighbourhoodOfTeam: Map<string, string>): FundingShare[] {
  const shares: FundingShare[] = [];
  const share = (mine: number, total: number) => (total > 0 ? Math.round((10_000 * mine) / total) : 0);
  for (let year = Number(agreement.startsOn.slice(0, 4)); year <= Number(agreement.endsOn.slice(0, 4)); year++) {
    const mine = moneyInYear(agreement, year);
    for (const teamId of agreement.teamIds) {
      const neighbourhood = neighbourhoodOfTeam.get(teamId);
      const total = all
        .filter(
          (other) => other.teamIds.includes(teamId) || (neighbourhood !== undefined && other.neighbourhoodIds.includes(neighbourhood)),
        )
        .reduce((sum, other) => sum + moneyInYear(other, year), 0);
      shares.push({ teamId, neighbourhoodId: null, year, basisPoints: share(mine, total) });
    }
    for (const neighbourhoodId of agreement.neighbourhoodIds) {
      const total = all
        .filter((other) => other.neighbourhoodIds.includes(neighbourhoodId))
        .reduce((sum, other) => sum + moneyInYear(other, year), 0);
      shares.push({ teamId: null, neighbourhoodId, year, basisPoints: share(mine, total) });
    }
  }
  return shares;
}

/** The shares of these agreements, from every agreement that finances one of their areas, in two statements. */
export async function loadShares(dataSource: DataSource, agreements: readonly Agreement[]): Promise<FundingShare[][]> {
  const teamIds = [...new Set(agreements.flatMap((agreement) => agreement.teamIds))];
  const places: { teamId: string; neighbourhoodId: string }[] = teamIds.length
    ? await dataSource.query(
        'SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams WHERE team_id = ANY($1::uuid[])',
        [teamIds],
      )
    : [];
  const neighbourhoodOfTeam = new Map(places.map((place) => [place.teamId, place.neighbourhoodId]));
  const neighbourhoodIds = [
    ...new Set([...agreements.flatMap((agreement) => agreement.neighbourhoodIds), ...places.map((place) => place.neighbourhoodId)]),
  ];
  const all = await dataSource
    .getRepository(FundingAgreement)
    .createQueryBuilder('a')
    .where('a.team_ids && :teamIds::uuid[] OR a.neighbourhood_ids && :neighbourhoodIds::uuid[]', { teamIds, neighbourhoodIds })
    .getMany();
  return agreements.map((agreement) => sharesOf(agreement, all, neighbourhoodOfTeam));
}
