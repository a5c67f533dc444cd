import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate } from '../../format/format';
import { combineCsv, csvFileName, type ReportKind } from './partner-report';
import { PdfDownload, type PdfScope } from './pdf-download';
import { usePrintLayout } from './print-layout';
import type { Report } from './report-query';
import { type AgreedReturn, CostBenefitSection } from './sections/cost-benefit-section';
import { CohesionSection } from './sections/cohesion-section';
import { HoursSection } from './sections/hours-section';
import { MonthsSection } from './sections/months-section';
import { PeopleSection } from './sections/people-section';
import { ThemesSection } from './sections/themes-section';
import { WellbeingSection } from './sections/wellbeing-section';
import { saveFile } from '../../format/save-file';

/**
 * One impact report, whatever it is about: a neighbourhood or a team in a year, or a funding agreement over its
 * period (then beside the return it promised). With the report as a CSV file and a print layout.
 */
export function ReportView({
  kind,
  name,
  report,
  agreed,
  pdf,
  neighbourhoodName,
}: {
  kind: ReportKind;
  name: string;
  report: Report;
  agreed?: AgreedReturn;
  /** The same report as the impact service's PDF, for the "PDF downloaden" button. */
  pdf?: PdfScope;
  neighbourhoodName(id: string): string | undefined;
}) {
  const { language } = usePortal();
  const intl = useIntl();
  const [downloaded, setDownloaded] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  usePrintLayout(root);

  const from = formatLocalDate(report.from, language);
  const until = formatLocalDate(report.until, language);
  const year = report.year ?? null;
  // "in 2026", or for an agreement "van 1 januari 2026 tot en met 31 december 2026": the headings say which period they show.
  const period =
    year === null
      ? intl.formatMessage({ id: 'partnerDashboard.periodRange' }, { from, until })
      : intl.formatMessage({ id: 'partnerDashboard.periodYear' }, { year });

  const download = () => {
    saveFile(new Blob(['\uFEFF', combineCsv(report.csv)], { type: 'text/csv;charset=utf-8' }), csvFileName(name, year, kind));
    setDownloaded(true);
  };

  return (
    <div className="partner-dashboard" ref={root}>
      <h2 className="partner-dashboard__report-title">
        {year === null ? (
          <FormattedMessage id="partnerDashboard.reportTitleAgreement" values={{ name, from, until }} />
        ) : (
          <FormattedMessage id="partnerDashboard.reportTitle" values={{ name, year, from, until }} />
        )}
      </h2>
      <p className="button-row partner-dashboard__actions">
        <button type="button" className="button" onClick={download}>
          <FormattedMessage id="partnerDashboard.downloadCsv" />
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          <FormattedMessage id="partnerDashboard.print" />
        </button>
        {pdf && <PdfDownload scope={pdf} />}
      </p>
      <p role="status" className="partner-dashboard__status">
        {downloaded && <FormattedMessage id="partnerDashboard.downloaded" />}
      </p>
      <HoursSection report={report} neighbourhoodName={neighbourhoodName} />
      <ThemesSection report={report} period={period} />
      <MonthsSection report={report} period={period} />
      <PeopleSection report={report} />
      <WellbeingSection report={report} />
      <CohesionSection report={report} neighbourhoodName={neighbourhoodName} />
      <CostBenefitSection report={report} agreed={agreed} />
    </div>
  );
}
