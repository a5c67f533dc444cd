import type { Identity } from '@buurtvolk/identity';
import { type AuditTrail, badUserInput, conflict, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import type { TeamsPolicy } from '../policy';
import { NeighbourhoodRequest, NeighbourhoodRequestStatus } from '../requests/neighbourhood-request.entity';
import type { NeighbourhoodRequestService } from '../requests/neighbourhood-request.service';
import { Team, TeamStatus } from '../teams/team.entity';
import type { TeamService } from '../teams/team.service';
import { parseKeyFiguresCsv } from './cbs-csv';
import { CbsImportReport, CbsKeyFigure, NeighbourhoodScan, ScanDecision } from './neighbourhood-scan.entity';
import type {
  CbsKeyFiguresArgs,
  DecideNeighbourhoodScanInput,
  ImportCbsKeyFiguresInput,
  NeighbourhoodScanContentInput,
  RecordNeighbourhoodScanInput,
  UpdateNeighbourhoodScanInput,
} from './neighbourhood-scan.inputs';

export class NeighbourhoodScanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
    private readonly identity: Identity | null,
    private readonly teams: TeamService,
    private readonly requests: NeighbourhoodRequestService,
  ) {}

  /**
   * Stores the figures of one CBS table for one classification year. The table's earlier figures for that year are
   * replaced in the same transaction, so importing the same file twice leaves the same rows.
   */
  async importKeyFigures({ tableId, classificationYear, csv }: ImportCbsKeyFiguresInput): Promise<CbsImportReport> {
    this.policy.assertCanKeepScans();
    const figures = parseKeyFiguresCsv(csv, classificationYear);
    if (!figures.length) throw badUserInput('csv holds no figures for any GM, WK or BU area', [{ field: 'csv', message: 'no figures' }]);
    const importedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CbsKeyFigure, { source: tableId, classificationYear });
      await manager.query(
        `INSERT INTO cbs_key_figures (area_code, classification_year, figure, value, year, source, imported_at)
         SELECT unnest($1::text[]), $2, unnest($3::text[]), unnest($4::numeric[]), unnest($5::int[]), $6, $7
         ON CONFLICT (area_code, classification_year, figure)
         DO UPDATE SET value = EXCLUDED.value, year = EXCLUDED.year, source = EXCLUDED.source, imported_at = EXCLUDED.imported_at`,
        [
          figures.map((figure) => figure.areaCode),
          classificationYear,
          figures.map((figure) => figure.figure),
          figures.map((figure) => figure.value),
          figures.map((figure) => figure.year),
          tableId,
          importedAt,
        ],
      );
      await this.audit.record(manager, { action: 'cbs-key-figures.imported', entityType: 'CbsKeyFigure', entityId: randomUUID() });
    });
    return { source: tableId, classificationYear, areas: new Set(figures.map((figure) => figure.areaCode)).size, figures: figures.length };
  }

  keyFigures({ areaCode, classificationYear }: CbsKeyFiguresArgs): Promise<CbsKeyFigure[]> {
    this.policy.assertCanKeepScans();
    return this.dataSource.getRepository(CbsKeyFigure).find({ where: { areaCode, classificationYear }, order: { figure: 'ASC' } });
  }

  list(neighbourhoodId?: string | null): Promise<NeighbourhoodScan[]> {
    this.policy.assertCanKeepScans();
    return this.dataSource
      .getRepository(NeighbourhoodScan)
      .find({ where: neighbourhoodId ? { neighbourhoodId } : {}, order: { createdAt: 'DESC', id: 'DESC' }, take: 500 });
  }

  async get(id: string): Promise<NeighbourhoodScan> {
    const scan = await this.dataSource.getRepository(NeighbourhoodScan).findOneBy({ id });
    // Nothing about the scan's existence is told before the caller is known to be allowed.
    this.policy.assertCanSeeScan(scan?.teamId ?? null);
    if (!scan) throw notFound('neighbourhood scan', id);
    return scan;
  }

  async record(input: RecordNeighbourhoodScanInput): Promise<NeighbourhoodScan> {
    this.policy.assertCanKeepScans();
    return this.dataSource.transaction(async (manager) => {
      const neighbourhood = await manager.findOneBy(Neighbourhood, { id: input.neighbourhoodId });
      if (!neighbourhood) throw notFound('neighbourhood', input.neighbourhoodId);
      if (input.requestId && !(await manager.existsBy(NeighbourhoodRequest, { id: input.requestId })))
        throw notFound('neighbourhood request', input.requestId);
      const areaCode = input.areaCode ?? neighbourhood.cbsCode;
      if (!areaCode)
        throw badUserInput('areaCode is required: the neighbourhood has no CBS code of its own', [
          { field: 'areaCode', message: 'give the CBS wijk or buurt code' },
        ]);
      const scan = manager.create(NeighbourhoodScan, {
        id: randomUUID(),
        neighbourhoodId: neighbourhood.id,
        areaCode,
        classificationYear: input.classificationYear ?? neighbourhood.classificationYear,
        requestId: input.requestId ?? null,
        ...content(input),
        decision: null,
        decisionReason: null,
        teamId: null,
        decidedBy: null,
        decidedAt: null,
        recordedBy: this.identity?.subject ?? 'unknown',
        version: 1,
      });
      await manager.insert(NeighbourhoodScan, scan);
      await this.audit.record(manager, {
        action: 'neighbourhood-scan.recorded',
        entityType: 'NeighbourhoodScan',
        entityId: scan.id,
        relatedIds: [scan.neighbourhoodId, ...(scan.requestId ? [scan.requestId] : [])],
      });
      return manager.findOneByOrFail(NeighbourhoodScan, { id: scan.id });
    });
  }

  async update({ id, version, content: changes }: UpdateNeighbourhoodScanInput): Promise<NeighbourhoodScan> {
    this.policy.assertCanKeepScans();
    return this.dataSource.transaction(async (manager) => {
      const scan = await updateVersioned(manager, NeighbourhoodScan, 'neighbourhood scan', id, version, content(changes));
      await this.audit.record(manager, { action: 'neighbourhood-scan.updated', entityType: 'NeighbourhoodScan', entityId: id });
      return scan;
    });
  }

  /**
   * Records the decision. START creates the team through TeamService (or links one of the neighbourhood), and the
   * request the scan answers is closed through NeighbourhoodRequestService, as any follow-up is: became team X, or
   * declined with the reason. Each service keeps its own transaction; the decision is checked before the team is
   * made, so a stale version or a second decision creates nothing.
   */
  async decide(input: DecideNeighbourhoodScanInput): Promise<NeighbourhoodScan> {
    this.policy.assertCanKeepScans();
    const current = await this.dataSource.getRepository(NeighbourhoodScan).findOneBy({ id: input.id });
    if (!current) throw notFound('neighbourhood scan', input.id);
    if (current.version !== input.version)
      throw conflict(`This neighbourhood scan was changed by someone else (version ${current.version}); reload it and try again`);
    if (current.decision) throw conflict('This scan is decided already');
    const teamId = await this.teamToStart(current, input);

    const scan = await this.dataSource.transaction(async (manager) => {
      const decided = await updateVersioned(manager, NeighbourhoodScan, 'neighbourhood scan', input.id, input.version, {
        decision: input.decision,
        decisionReason: input.reason?.trim() || null,
        teamId,
        decidedBy: this.identity?.subject ?? 'unknown',
        decidedAt: new Date(),
      });
      await this.audit.record(manager, {
        action: 'neighbourhood-scan.decided',
        entityType: 'NeighbourhoodScan',
        entityId: decided.id,
        relatedIds: [decided.neighbourhoodId, ...(teamId ? [teamId] : []), ...(decided.requestId ? [decided.requestId] : [])],
      });
      return decided;
    });
    if (scan.requestId) await this.closeRequest(scan);
    return scan;
  }

  private async teamToStart(scan: NeighbourhoodScan, input: DecideNeighbourhoodScanInput): Promise<string | null> {
    if (input.decision === ScanDecision.DO_NOT_START) {
      if (!input.reason?.trim()) throw badUserInput('reason is required not to start', [{ field: 'reason', message: 'say why not' }]);
      if (input.teamId || input.newTeam) throw badUserInput('no team with DO_NOT_START', [{ field: 'teamId', message: 'leave empty' }]);
      return null;
    }
    if (Boolean(input.teamId) === Boolean(input.newTeam))
      throw badUserInput('START needs either teamId (an existing team) or newTeam', [
        { field: 'teamId', message: 'give exactly one of teamId and newTeam' },
      ]);
    if (input.teamId) {
      const team = await this.dataSource.getRepository(Team).findOneBy({ id: input.teamId });
      if (!team) throw notFound('team', input.teamId);
      if (team.neighbourhoodId !== scan.neighbourhoodId)
        throw badUserInput('the team works in another neighbourhood', [{ field: 'teamId', message: 'not in the scanned neighbourhood' }]);
      return team.id;
    }
    const team = await this.teams.create({ ...input.newTeam!, neighbourhoodId: scan.neighbourhoodId, status: TeamStatus.FORMING });
    return team.id;
  }

  private async closeRequest(scan: NeighbourhoodScan): Promise<void> {
    const request = await this.dataSource.getRepository(NeighbourhoodRequest).findOneByOrFail({ id: scan.requestId! });
    const starting = scan.decision === ScanDecision.START;
    if (starting && request.status === NeighbourhoodRequestStatus.BECAME_TEAM && request.teamId === scan.teamId) return;
    await this.requests.followUp({
      id: request.id,
      version: request.version,
      status: starting ? NeighbourhoodRequestStatus.BECAME_TEAM : NeighbourhoodRequestStatus.DECLINED,
      teamId: starting ? scan.teamId : null,
      declineReason: starting ? null : scan.decisionReason,
      neighbourhoodId: request.neighbourhoodId ? null : scan.neighbourhoodId,
    });
  }
}

function content(input: NeighbourhoodScanContentInput): Pick<NeighbourhoodScan, 'partners' | 'initiatives' | 'notes'> {
  return {
    partners: input.partners.map(({ name, kind }) => ({ name: name.trim(), kind })),
    initiatives: input.initiatives.map((initiative) => initiative.trim()).filter(Boolean),
    notes: input.notes?.trim() || null,
  };
}
