import { Role } from '@buurtvolk/identity';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { NeighbourhoodRequest } from '../requests/neighbourhood-request.entity';
import { Team } from '../teams/team.entity';
import { CbsImportReport, CbsKeyFigure, NeighbourhoodScan } from './neighbourhood-scan.entity';
import {
  CbsKeyFiguresArgs,
  DecideNeighbourhoodScanInput,
  ImportCbsKeyFiguresInput,
  RecordNeighbourhoodScanInput,
  UpdateNeighbourhoodScanInput,
} from './neighbourhood-scan.inputs';

/** Neighbourhood scans and CBS key figures: the rules are in NeighbourhoodScanService and TeamsPolicy. */
@Resolver(() => NeighbourhoodScan)
export class NeighbourhoodScanResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => CbsImportReport, {
    description: 'Imports CBS key figures (Kerncijfers wijken en buurten) from CSV; a re-import of the same table and year replaces them',
  })
  importCbsKeyFigures(
    @Arg('input', { description: 'The table id, year and CSV text' }) input: ImportCbsKeyFiguresInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.scans.importKeyFigures(input);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [CbsKeyFigure], { description: 'The imported CBS key figures of an area in a classification year (admins only)' })
  cbsKeyFigures(@Args() args: CbsKeyFiguresArgs, @Ctx() ctx: TeamsContext) {
    return ctx.scans.keyFigures(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [NeighbourhoodScan], { description: 'Neighbourhood scans, newest first, at most 500 (admins only)' })
  neighbourhoodScans(
    @Arg('neighbourhoodId', () => ID, { nullable: true, description: 'Only the scans of this neighbourhood' })
    neighbourhoodId: string | null,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.scans.list(neighbourhoodId);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => NeighbourhoodScan, { description: 'One neighbourhood scan: admins, and the coordinators of the team started from it' })
  neighbourhoodScan(@Arg('id', () => ID, { description: 'The scan' }) id: string, @Ctx() ctx: TeamsContext) {
    return ctx.scans.get(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourhoodScan, { description: 'Records a neighbourhood scan before a team starts (admins only)' })
  recordNeighbourhoodScan(
    @Arg('input', { description: 'The neighbourhood and what the scan found' }) input: RecordNeighbourhoodScanInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.scans.record(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourhoodScan, { description: 'Replaces what a neighbourhood scan found (admins only); send the version you read' })
  updateNeighbourhoodScan(
    @Arg('input', { description: 'The scan, the version you read and its new content' }) input: UpdateNeighbourhoodScanInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.scans.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourhoodScan, {
    description: 'Decides to start a team (creating or linking it) or not; closes the request the scan answers (admins only)',
  })
  decideNeighbourhoodScan(
    @Arg('input', { description: 'The scan, the version you read and the decision' }) input: DecideNeighbourhoodScanInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.scans.decide(input);
  }

  @FieldResolver(() => Neighbourhood, { nullable: true, description: 'The neighbourhood scanned' })
  neighbourhood(@Root() scan: NeighbourhoodScan, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.neighbourhood.load(scan.neighbourhoodId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team started from the scan (START only)' })
  team(@Root() scan: NeighbourhoodScan, @Ctx() ctx: TeamsContext) {
    return scan.teamId ? ctx.loaders.team.load(scan.teamId) : null;
  }

  // The request holds the requester's contact data: admins only, as the request itself.
  @Authorized(Role.ADMIN)
  @FieldResolver(() => NeighbourhoodRequest, { nullable: true, description: 'The request the scan answers, if any (admins only)' })
  request(@Root() scan: NeighbourhoodScan, @Ctx() ctx: TeamsContext) {
    return scan.requestId ? ctx.loaders.neighbourhoodRequest.load(scan.requestId) : null;
  }

  @FieldResolver(() => [CbsKeyFigure], {
    description: "CBS key figures of the scan's area code and classification year, with source and year",
  })
  keyFigures(@Root() scan: NeighbourhoodScan, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.keyFiguresOfArea.load(`${scan.areaCode}:${scan.classificationYear}`);
  }
}
