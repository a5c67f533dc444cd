import { FormattedMessage, useIntl } from 'react-intl';
import { formatNumber } from '../../format/format';

export interface FunnelFigures {
  suppressed: boolean;
  spokenTo?: number | null;
  interested?: number | null;
  intake?: number | null;
  joined?: number | null;
  after3Months: { active?: number | null; lost?: number | null; notYetDue?: number | null };
  after12Months: { active?: number | null; lost?: number | null; notYetDue?: number | null };
}

/** The recruitment funnel as a table: a hidden small number is said as such, a day still to come as "not yet". */
export function RecruitmentFunnelTable({ funnel, caption }: { funnel: FunnelFigures; caption: string }) {
  const intl = useIntl();
  const count = (value: number | null | undefined) =>
    value === null || value === undefined ? intl.formatMessage({ id: 'recruitment.funnel.hidden' }) : formatNumber(value);
  const rows: [string, number | null | undefined][] = [
    ['spokenTo', funnel.spokenTo],
    ['interested', funnel.interested],
    ['intake', funnel.intake],
    ['joined', funnel.joined],
  ];
  return (
    <div className="table-wrap">
      <table data-testid="recruitment-funnel">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="recruitment.funnel.step" />
            </th>
            <th scope="col">
              <FormattedMessage id="recruitment.funnel.people" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([step, value]) => (
            <tr key={step}>
              <th scope="row">{intl.formatMessage({ id: `recruitment.funnel.${step}` })}</th>
              <td>{count(value)}</td>
            </tr>
          ))}
          {(
            [
              ['after3Months', funnel.after3Months],
              ['after12Months', funnel.after12Months],
            ] as const
          ).map(([step, retention]) => (
            <tr key={step}>
              <th scope="row">{intl.formatMessage({ id: `recruitment.funnel.${step}` })}</th>
              <td>
                <FormattedMessage
                  id="recruitment.funnel.retention"
                  values={{ active: count(retention.active), lost: count(retention.lost), notYetDue: count(retention.notYetDue) }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {funnel.suppressed && (
        <p className="muted">
          <FormattedMessage id="recruitment.funnel.suppressedNote" />
        </p>
      )}
    </div>
  );
}
