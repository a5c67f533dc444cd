import { todayInAmsterdam } from '@buurtvolk/domain';
import { type GeneratedFile, pdfBytesFile } from '@buurtvolk/subgraph-kit';
import type { ImpactLoaders } from '../../loaders';
import { DEFAULT_DISCOUNT_RATE_PERCENT } from '../cost-benefit.rules';
import type { ImpactReportService } from '../report.service';
import { type ImpactReport, ImpactScope } from '../report.types';
import { reportContent } from './report-content';
import { renderReportPdf } from './report-pdf';

/**
 * The funder's PDF of a neighbourhood, team or agreement: the very report the API gives this caller (same access
 * check, same hidden cells), at the standard discount rate and the price level of the report's last year.
 */
export class ReportPdfService {
  constructor(
    private readonly reports: ImpactReportService,
    private readonly loaders: ImpactLoaders,
  ) {}

  async forNeighbourhood(neighbourhoodId: string, name: string, year: number): Promise<GeneratedFile> {
    return this.file(await this.reports.forNeighbourhood(neighbourhoodId, year), ImpactScope.NEIGHBOURHOOD, name);
  }

  async forTeam(teamId: string, name: string, year: number): Promise<GeneratedFile> {
    return this.file(await this.reports.forTeam(teamId, year), ImpactScope.TEAM, name);
  }

  /**
   * null while the impact service has not heard of the agreement yet (its event is on its way): a funder's list of
   * agreements then still answers for the others. The list came from finance, which shows only the funder's own, so
   * the null says nothing to anyone else.
   */
  async forAgreement(agreementId: string, title: string): Promise<GeneratedFile | null> {
    if (!(await this.loaders.agreementScope.load(agreementId))) return null;
    return this.file(await this.reports.forAgreement(agreementId), ImpactScope.FUNDING_AGREEMENT, title);
  }

  private async file(report: ImpactReport, scope: ImpactScope, name: string): Promise<GeneratedFile> {
    const summary = await this.reports.costBenefit(report, DEFAULT_DISCOUNT_RATE_PERCENT, report.basis.years.at(-1)!.year);
    const content = reportContent(report, summary, { scope, name }, todayInAmsterdam());
    return pdfBytesFile(content.fileName, await renderReportPdf(content));
  }
}
