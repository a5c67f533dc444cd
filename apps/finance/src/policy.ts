import { isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import { type Identity, Role } from '@buurtvolk/identity';
import { access, assertAllowed, assertSecondPerson, badUserInput } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';

/**
 * Who may see and do what in the finance subgraph (DESIGN.md §6). Role-wide rules are `@Authorized(...)` on the
 * schema; every rule that depends on the row is a method below. Which teams a coordinator coordinates comes from
 * their token, as in every subgraph; whether a person is a member of a team comes from finance's copy of the team
 * directory and means a member now: rights follow current membership, not the teams a token happens to list.
 *
 * - Anonymous: nothing.
 * - Everyone signed in: the allowance rates (the fiscal limits per year).
 * - VOLUNTEER:
 *   - claims their own costs, for a team they are a member of (their token lists it and the directory agrees), and
 *     submits their own claims;
 *   - sets the account (IBAN) their own money is paid to, and declares allowances they receive elsewhere;
 *   - reads their own finance data through the personal data export.
 * - COORDINATOR, for the teams they coordinate:
 *   - sees the team's budget, and who is near an allowance cap (only people who are members of a team they
 *     coordinate, so someone who left drops out of the list);
 *   - agrees allowance arrangements for members (starting this month or later), pays flat allowances to members, and
 *     approves, rejects or returns members' expense claims;
 *   - declares allowances received elsewhere for members;
 *   - claims their own costs like a volunteer.
 *   Never for themselves: nobody agrees, pays or decides on their own allowance or claim. Money of someone who has
 *   left the team is an admin's to pay or decide on.
 * - PARTNER, in the partner role only: the funding agreements their own organisation funds (`Partner.fundingAgreements`;
 *   a `FundingAgreement` reference of another funder resolves to null). No budgets, allowances, claims or payees, so
 *   not how an agreement is divided over team budgets either (`FundingAgreement.allocations`, `allocated`, `unallocated`).
 *   Of their own agreements they read the instalments, invoices and payments received, and the agreement's shares.
 * - Held allowances (`Team.heldAllowances`): a team's coordinators, for people whose money they may see, and admins;
 *   every team's (`heldAllowances`) and the warnings about limits and flat allowances are for admins.
 * - ADMIN: everything: agreements, allocations and reversals, every team's budget and allowances, backdated
 *   arrangements, anyone's claims, payee accounts, payout batches and their SEPA files, the ledger check and the audit
 *   log. The second-person rule binds admins too: an admin who is also a volunteer has another admin agree, pay,
 *   decide on or book back money for them.
 * - Payee accounts (holder name, IBAN) are written by the person and admins, and read only by admins (payout files)
 *   and through the personal data export. Coordinators never see an IBAN.
 * - Expense claims are listed for the claimant and admins (`Volunteer.expenseClaims`), and per team
 *   (`Team.expenseClaims`) for admins and the team's coordinators, who see the claims of current members only:
 *   someone who has left is an admin's to decide on. A coordinator's own claims are in that list (they are a member),
 *   but deciding on them stays refused. The queue of every team's claims (`expenseClaimQueue`) is for admins only.
 * - Receipt files (`ExpenseClaimItem.receipt`): the claimant, admins and the coordinators who may decide on the claim;
 *   uploaded by the claimant while the claim is a draft or sent back, or by an admin until it is decided.
 * - The personal data export (`PersonalDataExport.finance`) follows the platform's rule in the subgraph kit
 *   (`mayExportPersonalData`): the person themselves and admins.
 */
export class FinancePolicy {
  constructor(
    readonly identity: Identity | null,
    private readonly directory: TeamDirectory,
  ) {}

  assertManagesTeam(teamId: string): void {
    assertAllowed(this.managesTeam(teamId), 'Only an admin or a coordinator of the team may do this');
  }

  assertCanSeeBudget(teamId: string): void {
    assertAllowed(this.managesTeam(teamId), 'A team’s budget is for its coordinators and admins');
  }

  /** A person's money (allowance usage, declarations): the person, a coordinator of a team they are a member of, admins. */
  async canSeePayee(volunteerId: string): Promise<boolean> {
    return access.isAdmin(this.identity) || this.isSelf(volunteerId) || (await this.coordinatesTeamOf(volunteerId));
  }

  async assertCanDeclareFor(volunteerId: string): Promise<void> {
    assertAllowed(await this.canSeePayee(volunteerId), 'The person, a coordinator of their team or an admin declares this');
  }

  /** Where money goes is the person's own word; a coordinator who could change it could pay a member's money to anyone. */
  assertCanSetAccountOf(volunteerId: string): void {
    assertAllowed(access.isAdmin(this.identity) || this.isSelf(volunteerId), 'Only the person and admins set where payments go');
  }

  /**
   * An arrangement is for a member of the team, agreed by someone else. A backdated one would let past months be
   * paid, so only an admin records one (audited, as every arrangement).
   */
  async assertCanAgreeAllowance(arrangement: { teamId: string; volunteerId: string; startsOn: string }): Promise<void> {
    this.assertManagesTeam(arrangement.teamId);
    assertSecondPerson(this.identity, arrangement.volunteerId, 'agrees an allowance for');
    if (!(await this.isMember(arrangement.volunteerId, arrangement.teamId))) {
      throw badUserInput('This person is not a member of the team now', [
        { field: 'volunteerId', message: 'is not a current member of the team' },
      ]);
    }
    if (!access.isAdmin(this.identity) && arrangement.startsOn < `${todayInAmsterdam().slice(0, 7)}-01`) {
      throw badUserInput('An arrangement starts this month or later; an admin records an earlier one', [
        { field: 'startsOn', message: 'is before this month' },
      ]);
    }
  }

  async assertCanPayAllowance(arrangement: { teamId: string; volunteerId: string }): Promise<void> {
    this.assertManagesTeam(arrangement.teamId);
    assertSecondPerson(this.identity, arrangement.volunteerId, 'pays an allowance to');
    await this.assertStillMember(
      arrangement.volunteerId,
      arrangement.teamId,
      'Only an admin pays an allowance to someone who is no longer in the team',
    );
  }

  /** The caller as the claimant of their own costs for a team they are a member of; returns their volunteer id. */
  async claimantFor(teamId: string): Promise<string> {
    const volunteerId = this.identity?.volunteerId ?? '';
    const member = this.identity?.teamIds.includes(teamId) === true && (await this.isMember(volunteerId, teamId));
    assertAllowed(member, 'A volunteer claims their own costs, for their own team');
    return volunteerId;
  }

  /** A person's list of claims: the person themselves and admins (coordinators use the team's list). */
  assertCanListClaimsOf(volunteerId: string): void {
    assertAllowed(access.isAdmin(this.identity) || this.isSelf(volunteerId), 'Only the person and admins see their list of claims');
  }

  /** Every team's held allowances, and the warnings about limits and flat allowances: admins. */
  assertSeesAllAllowances(): void {
    assertAllowed(access.isAdmin(this.identity), 'The allowances of every team are for admins');
  }

  /** A year's books (every movement, every budget) for the accountant, and checking a closed year: admins. */
  assertCanCloseTheBooks(): void {
    assertAllowed(access.isAdmin(this.identity), 'The year-end books are for admins');
  }

  /** The claims of every team at once: the national office's queue. */
  assertCanSeeClaimQueue(): void {
    assertAllowed(access.isAdmin(this.identity), 'The queue of all teams’ claims is for admins');
  }

  /** How an agreement is divided over team budgets: budgets are for admins (a team's own through Team.budget). */
  assertCanSeeAllocations(): void {
    assertAllowed(access.isAdmin(this.identity), 'How an agreement is allocated to team budgets is for admins');
  }

  /** Which of a team's claims the caller may list: admins all, its coordinators those of its current members. */
  teamClaimScope(teamId: string): 'all' | 'current-members' {
    if (access.isAdmin(this.identity)) return 'all';
    assertAllowed(access.coordinates(this.identity, teamId), 'A team’s claims are for its coordinators and admins');
    return 'current-members';
  }

  assertCanSubmitClaim(claim: { volunteerId: string }): void {
    assertAllowed(this.isSelf(claim.volunteerId), 'Only the claimant submits a claim');
  }

  async assertCanDecideClaim(claim: { volunteerId: string; teamId: string }): Promise<void> {
    assertAllowed(!this.isSelf(claim.volunteerId), 'Nobody decides on their own claim');
    assertAllowed(this.managesTeam(claim.teamId), 'Only the team’s coordinator or an admin decides on a claim');
    await this.assertStillMember(claim.volunteerId, claim.teamId, 'An admin decides on the claim of someone who is no longer in the team');
  }

  /**
   * A claim item's receipt file: the claimant, admins, and the coordinators who may decide on the claim (the same people
   * who find it in their team's list: a coordinator of the team while the claimant is a member of it now). Never the
   * claimant's teammates, nor a coordinator of another team.
   */
  async canSeeReceipt(claim: { volunteerId: string; teamId: string }): Promise<boolean> {
    if (access.isAdmin(this.identity) || this.isSelf(claim.volunteerId)) return true;
    return access.coordinates(this.identity, claim.teamId) && (await this.isMember(claim.volunteerId, claim.teamId));
  }

  /**
   * A receipt is uploaded by the claimant while the claim is still theirs to change (a draft, or sent back), or by an
   * admin until the claim is decided (e.g. a receipt that came on paper). Once decided, the evidence stays as it was.
   * Returns the claim statuses in which this caller's upload may still arrive (the link outlives this moment).
   */
  assertCanUploadReceipt(claim: { volunteerId: string; status: string }): string[] {
    const editable = ['DRAFT', 'INCOMPLETE'];
    if (this.isSelf(claim.volunteerId)) {
      assertAllowed(editable.includes(claim.status), 'A receipt is added while the claim is a draft or sent back');
      return editable;
    }
    assertAllowed(access.isAdmin(this.identity), 'Only the claimant or an admin adds a receipt');
    const undecided = [...editable, 'SUBMITTED'];
    assertAllowed(undecided.includes(claim.status), 'A receipt is added before the claim is decided');
    return undecided;
  }

  /** A funding agreement: admins, and callers in the partner role for the funder. */
  canSeeAgreement(partnerId: string): boolean {
    return access.isAdmin(this.identity) || this.isPartner(partnerId);
  }

  assertCanSeeAgreementsOf(partnerId: string): void {
    assertAllowed(this.canSeeAgreement(partnerId), 'A partner sees its own funding agreements');
  }

  /** Funders' instalments, invoices, payments received and unmatched bank credits are kept by admins (funders read their own). */
  assertKeepsFundersAccounts(): void {
    assertAllowed(access.isAdmin(this.identity), 'Funders’ instalments and invoices are kept by admins');
  }

  assertMakesPayouts(): void {
    assertAllowed(access.isAdmin(this.identity), 'Payouts are made by admins');
  }

  /** Money a person owes back is written off by an admin, never by the person: writing it off gives it to them. */
  assertCanWriteOff(volunteerId: string): void {
    assertAllowed(access.isAdmin(this.identity), 'Receivables are written off by admins');
    assertSecondPerson(this.identity, volunteerId, 'writes off money owed by');
  }

  /** A team's budget commitments (the money it decided to spend): its coordinators execute or cancel them, as admins may. */
  assertCanKeepCommitments(teamId: string): void {
    assertAllowed(this.managesTeam(teamId), "A team's budget commitments are for its coordinators and admins");
  }

  /** Counts and sums of a team's commitments: also partners serving the team's neighbourhood (never per proposal). */
  async assertCanSeeCommitmentTotals(teamId: string): Promise<void> {
    if (this.managesTeam(teamId)) return;
    const partnerId = access.isPartner(this.identity) ? this.identity?.partnerId : undefined;
    const [team, areas] = await Promise.all([
      isUuid(teamId) ? this.directory.team.load(teamId) : null,
      partnerId ? this.directory.partnerAreas.load(partnerId) : ([] as string[]),
    ]);
    assertAllowed(
      team !== null && areas.includes(team.neighbourhoodId),
      "A team's commitment totals are for its coordinators, partners serving its neighbourhood and admins",
    );
  }

  /** Ids compare without regard to case: a token may spell an id in capitals, and spelling must not make two people of one. */
  private isSelf(volunteerId: string): boolean {
    return this.identity?.volunteerId?.toLowerCase() === volunteerId.toLowerCase();
  }

  private managesTeam(teamId: string): boolean {
    return access.isAdmin(this.identity) || access.coordinates(this.identity, teamId);
  }

  private isPartner(partnerId: string): boolean {
    return access.isPartner(this.identity) && this.identity?.partnerId?.toLowerCase() === partnerId.toLowerCase();
  }

  /** For a coordinator acting on a person's money: the person must be a member of the team now; admins act on anyone. */
  private async assertStillMember(volunteerId: string, teamId: string, message: string): Promise<void> {
    assertAllowed(access.isAdmin(this.identity) || (await this.isMember(volunteerId, teamId)), message);
  }

  private async coordinatesTeamOf(volunteerId: string): Promise<boolean> {
    if (this.identity?.role !== Role.COORDINATOR) return false;
    return (await this.currentTeamsOf(volunteerId)).some((teamId) => access.coordinates(this.identity, teamId));
  }

  private async isMember(volunteerId: string, teamId: string): Promise<boolean> {
    return (await this.currentTeamsOf(volunteerId)).includes(teamId.toLowerCase());
  }

  /** The directory stores ids as PostgreSQL prints them (lower case); an id that is no UUID is in no team. */
  private async currentTeamsOf(volunteerId: string): Promise<string[]> {
    if (!isUuid(volunteerId)) return [];
    return (await this.directory.currentTeams.load(volunteerId.toLowerCase())).map((place) => place.teamId);
  }
}
