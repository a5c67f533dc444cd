import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useSearch } from 'wouter';
import { useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatMoney, formatNumber, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { PartnerDashboardReportQuery } from '../../gql/graphql';
import { Loading, Page } from '../../ui/page';
import { FormField } from '../../ui/form-field';
import { ProblemMessage } from '../../ui/problem-message';
import { HoursChart } from '../coordinator/hours-chart';
import { formatMonth } from '../coordinator/team-dashboard-figures';
import { choiceFromSearch, combineCsv, csvFileName, searchFor } from './partner-report';
import './partner-dashboard.css';

const PartnerDashboardNeighbourhoodsQuery = graphql(`
  query PartnerDashboardNeighbourhoods {
    neighbourhoods {
      id
      name
      city
    }
  }
`);

const PartnerDashboardReportQuery = graphql(`
  query PartnerDashboardReport($neighbourhoodId: ID!, $year: Int!) {
    neighbourhood(id: $neighbourhoodId) {
      id
      name
      city
      impact(year: $year) {
        year
        from
        until
        totalHours
        hoursByTheme {
          theme
          hours
          entries
        }
        months {
          month
          hours
          activitiesCompleted
          residentsReached
        }
        volunteers {
          active
          joined
          left
        }
        activities {
          completed
          residentsReached
        }
        training {
          certificates
          courses
        }
        wellbeing {
          year
          participants
          domains {
            domain
            averageChange
          }
        }
        cohesion {
          surveyId
          wave
          fieldedOn
          sampleSize
          cohesionScore
          changeSinceBaseline
          statements {
            item
            labelNl
            labelEn
            score
          }
        }
        firstYearPromise {
          neighbourhoodId
          from
          until
          hours
          minimumHours
          maximumHours
          percentOfMinimum
          expectedByNow
          status
        }
        costBenefit {
          discountRatePercent
          priceYear
          baseYear
          costs {
            year
            category
            amount {
              cents
              currency
            }
            bookings
          }
          totalCosts {
            cents
            currency
          }
          effects {
            year
            category
            theme
            beneficiary
            quantity
            unit
            priceItem
            priceYear
            price {
              cents
              currency
            }
            value {
              cents
              currency
            }
            valueLow {
              cents
              currency
            }
            valueHigh {
              cents
              currency
            }
            source
            calculation
          }
          benefitsByBeneficiary {
            beneficiary
            value {
              cents
              currency
            }
            valueLow {
              cents
              currency
            }
            valueHigh {
              cents
              currency
            }
          }
          totalBenefits {
            cents
            currency
          }
          totalBenefitsLow {
            cents
            currency
          }
          totalBenefitsHigh {
            cents
            currency
          }
          benefitCostRatio
          benefitCostRatioLow
          benefitCostRatioHigh
          netPresentValue {
            cents
            currency
          }
          netPresentValueLow {
            cents
            currency
          }
          netPresentValueHigh {
            cents
            currency
          }
          agreedReturns {
            agreementId
            title
            ratio
          }
        }
        csv {
          name
          fileName
          content
        }
      }
    }
  }
`);

const THEMES = ['NEIGHBOURHOOD', 'COMMUNITY', 'INFORMAL_CARE', 'SUSTAINABILITY', 'PERSONAL_DEVELOPMENT', 'HEALTH'] as const;

type Report = NonNullable<NonNullable<PartnerDashboardReportQuery['neighbourhood']>['impact']>;
type MoneyValue = { cents: number; currency: string };

const money = (value: MoneyValue) => formatMoney(value.cents, value.currency);

/** A count the API hides (a group under 10) reads "minder dan 10", never 0. */
function useCount() {
  const intl = useIntl();
  return (value: number | null | undefined) => (value === null || value === undefined ? intl.formatMessage({ id: 'partnerDashboard.fewerThanTen' }) : formatNumber(value));
}

/** A funding partner's view of their neighbourhoods: what the teams did there in a year and what it is worth. */
export default function PartnerDashboard() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const choice = choiceFromSearch(search, thisYear);
  const list = useQuery(PartnerDashboardNeighbourhoodsQuery, {});
  const neighbourhoods = list.data?.neighbourhoods ?? [];
  const neighbourhoodId = choice.neighbourhoodId ?? neighbourhoods[0]?.id;
  const own = neighbourhoods.some((neighbourhood) => neighbourhood.id === neighbourhoodId);
  const report = useQuery(PartnerDashboardReportQuery, { neighbourhoodId: neighbourhoodId ?? '', year: choice.year }, { skip: !own });

  if (list.loading && !list.data) return <Loading />;
  if (!list.data) {
    return (
      <Page titleId="partnerDashboard.title">
        <ProblemMessage problems={list.problems} onRetry={list.reload} />
      </Page>
    );
  }

  const forbidden = (neighbourhoodId !== undefined && !own) || report.problems.some((problem) => problem.kind === 'FORBIDDEN');
  const neighbourhood = report.data?.neighbourhood;
  const impact = neighbourhood?.impact;

  return (
    <Page titleId="partnerDashboard.title">
      {neighbourhoods.length === 0 ? (
        <p>
          <FormattedMessage id="partnerDashboard.noNeighbourhoods" />
        </p>
      ) : (
        <Choose
          neighbourhoods={neighbourhoods}
          neighbourhoodId={own ? neighbourhoodId : undefined}
          year={choice.year}
          thisYear={thisYear}
          onChoose={(id, year) => navigate(`/partner${searchFor(id, year)}`)}
        />
      )}
      {forbidden ? (
        <section aria-labelledby="partner-forbidden" className="alert alert--error">
          <h2 id="partner-forbidden">
            <FormattedMessage id="partnerDashboard.forbiddenTitle" />
          </h2>
          <p>
            <FormattedMessage id="partnerDashboard.forbidden" />
          </p>
        </section>
      ) : own && report.loading && !report.data ? (
        <Loading />
      ) : own && !impact ? (
        <ProblemMessage problems={report.problems} onRetry={report.reload} />
      ) : impact && neighbourhood ? (
        <ReportView name={neighbourhood.name} year={choice.year} report={impact} />
      ) : null}
    </Page>
  );
}

function Choose({
  neighbourhoods,
  neighbourhoodId,
  year,
  thisYear,
  onChoose,
}: {
  neighbourhoods: { id: string; name: string; city: string }[];
  neighbourhoodId?: string;
  year: number;
  thisYear: number;
  onChoose(id: string, year: number): void;
}) {
  const [chosen, setChosen] = useState(neighbourhoodId ?? neighbourhoods[0].id);
  const [chosenYear, setChosenYear] = useState(year);
  useEffect(() => {
    if (neighbourhoodId) setChosen(neighbourhoodId);
    setChosenYear(year);
  }, [neighbourhoodId, year]);
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(chosen, chosenYear);
  };
  return (
    <form className="card partner-dashboard__choose" onSubmit={submit} aria-labelledby="partner-choose">
      <h2 id="partner-choose" className="visually-hidden">
        <FormattedMessage id="partnerDashboard.choose" />
      </h2>
      <div className="partner-dashboard__choices">
        <FormField label={<FormattedMessage id="partnerDashboard.neighbourhood" />}>
          {(props) => (
            <select {...props} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {neighbourhoods.map((neighbourhood) => (
                <option key={neighbourhood.id} value={neighbourhood.id}>
                  {neighbourhood.name} ({neighbourhood.city})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={<FormattedMessage id="partnerDashboard.year" />}>
          {(props) => (
            <select {...props} value={chosenYear} onChange={(event) => setChosenYear(Number(event.target.value))}>
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <p className="button-row">
        <button type="submit" className="button">
          <FormattedMessage id="partnerDashboard.show" />
        </button>
      </p>
    </form>
  );
}

function ReportView({ name, year, report }: { name: string; year: number; report: Report }) {
  const { language } = usePortal();
  const [downloaded, setDownloaded] = useState(false);
  // The browser's print gives the whole report: every "how it was made" and every table opens for the paper.
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const before = () => {
      document.querySelectorAll<HTMLDetailsElement>('.partner-dashboard details:not([open])').forEach((details) => {
        details.open = true;
        opened.push(details);
      });
    };
    const after = () => opened.splice(0).forEach((details) => (details.open = false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const download = () => {
    const blob = new Blob(['\uFEFF', combineCsv(report.csv)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(name, year);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setDownloaded(true);
  };

  return (
    <div className="partner-dashboard">
      <h2 className="partner-dashboard__report-title">
        <FormattedMessage
          id="partnerDashboard.reportTitle"
          values={{ name, year, from: formatLocalDate(report.from, language), until: formatLocalDate(report.until, language) }}
        />
      </h2>
      <p className="button-row partner-dashboard__actions">
        <button type="button" className="button" onClick={download}>
          <FormattedMessage id="partnerDashboard.downloadCsv" />
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          <FormattedMessage id="partnerDashboard.print" />
        </button>
      </p>
      <p role="status" className="partner-dashboard__status">
        {downloaded && <FormattedMessage id="partnerDashboard.downloaded" />}
      </p>
      <Hours report={report} />
      <Themes report={report} year={year} />
      <Months report={report} year={year} />
      <People report={report} />
      <Wellbeing report={report} />
      <Cohesion report={report} />
      <CostBenefit report={report} />
    </div>
  );
}

function HowMade({ children }: { children: ReactNode }) {
  return (
    <details className="partner-dashboard__how">
      <summary>
        <FormattedMessage id="partnerDashboard.howMade" />
      </summary>
      <div className="partner-dashboard__how-body">{children}</div>
    </details>
  );
}

function Hours({ report }: { report: Report }) {
  const { language } = usePortal();
  const intl = useIntl();
  return (
    <section aria-labelledby="partner-hours">
      <h3 id="partner-hours">
        <FormattedMessage id="partnerDashboard.hours" />
      </h3>
      <div className="card">
        <p className="figure" data-testid="partner-total-hours">
          <FormattedMessage id="common.hours" values={{ hours: formatNumber(report.totalHours, 1) }} />
        </p>
        <HowMade>
          <p>
            <FormattedMessage id="partnerDashboard.hoursHow" values={{ from: formatLocalDate(report.from, language), until: formatLocalDate(report.until, language) }} />
          </p>
        </HowMade>
      </div>
      {report.firstYearPromise.map((promise) => (
        <div className="card" key={promise.neighbourhoodId}>
          <p>
            <FormattedMessage
              id={`partnerDashboard.promise.${promise.status}`}
              values={{
                hours: formatNumber(promise.hours, 1),
                minimum: formatNumber(promise.minimumHours),
                maximum: formatNumber(promise.maximumHours),
                percent: formatNumber(promise.percentOfMinimum),
              }}
            />
          </p>
          {promise.from && promise.until && (
            <progress
              className="progress"
              max={promise.minimumHours}
              value={Math.min(promise.hours, promise.minimumHours)}
              aria-label={intl.formatMessage({ id: 'partnerDashboard.promiseProgress' }, { percent: formatNumber(promise.percentOfMinimum) })}
            />
          )}
          <HowMade>
            <p>
              {promise.from && promise.until ? (
                <FormattedMessage
                  id="partnerDashboard.promiseHow"
                  values={{
                    from: formatLocalDate(promise.from, language),
                    until: formatLocalDate(promise.until, language),
                    minimum: formatNumber(promise.minimumHours),
                    maximum: formatNumber(promise.maximumHours),
                    expected: formatNumber(promise.expectedByNow),
                  }}
                />
              ) : (
                <FormattedMessage id="partnerDashboard.promiseNotStarted" />
              )}
            </p>
          </HowMade>
        </div>
      ))}
    </section>
  );
}

function Themes({ report, year }: { report: Report; year: number }) {
  const intl = useIntl();
  const themeName = (theme: string) => intl.formatMessage({ id: `common.theme.${theme}` });
  const rows = THEMES.map((theme) => report.hoursByTheme.find((row) => row.theme === theme) ?? { theme, hours: 0, entries: 0 });
  const top = [...rows].sort((a, b) => b.hours - a.hours)[0];
  const total = formatNumber(report.totalHours, 1);
  return (
    <section aria-labelledby="partner-themes">
      <h3 id="partner-themes">
        <FormattedMessage id="partnerDashboard.themes" values={{ year }} />
      </h3>
      <HoursChart
        className="partner-dashboard__themes-chart"
        label={intl.formatMessage(
          { id: report.totalHours > 0 ? 'partnerDashboard.themesChartSummary' : 'partnerDashboard.chartEmpty' },
          { year, total, theme: themeName(top.theme), hours: formatNumber(top.hours, 1) },
        )}
        spec={{
          horizontal: true,
          categories: rows.map((row) => themeName(row.theme)),
          series: [{ kind: 'bar', name: intl.formatMessage({ id: 'partnerDashboard.hoursColumn' }), values: rows.map((row) => row.hours) }],
        }}
        tableLabel={intl.formatMessage({ id: 'partnerDashboard.themesTable' }, { year })}
        table={
          <table>
            <caption>
              <FormattedMessage id="partnerDashboard.themesTable" values={{ year }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partnerDashboard.theme" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.hoursColumn" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.entries" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.theme}>
                  <th scope="row">{themeName(row.theme)}</th>
                  <td className="number">{formatNumber(row.hours, 1)}</td>
                  <td className="number">{formatNumber(row.entries)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">
                  <FormattedMessage id="partnerDashboard.total" />
                </th>
                <td className="number">{total}</td>
                <td className="number">{formatNumber(rows.reduce((sum, row) => sum + row.entries, 0))}</td>
              </tr>
            </tfoot>
          </table>
        }
      />
    </section>
  );
}

function Months({ report, year }: { report: Report; year: number }) {
  const intl = useIntl();
  const { language } = usePortal();
  const busiest = [...report.months].sort((a, b) => b.hours - a.hours)[0];
  return (
    <section aria-labelledby="partner-months">
      <h3 id="partner-months">
        <FormattedMessage id="partnerDashboard.months" values={{ year }} />
      </h3>
      <HoursChart
        label={intl.formatMessage(
          { id: busiest && busiest.hours > 0 ? 'partnerDashboard.monthsChartSummary' : 'partnerDashboard.chartEmpty' },
          { year, total: formatNumber(report.totalHours, 1), month: busiest ? formatMonth(busiest.month, language, 'long') : '', hours: formatNumber(busiest?.hours ?? 0, 1) },
        )}
        spec={{
          categories: report.months.map((row) => formatMonth(row.month, language)),
          series: [{ kind: 'bar', name: intl.formatMessage({ id: 'partnerDashboard.hoursColumn' }), values: report.months.map((row) => row.hours) }],
        }}
        tableLabel={intl.formatMessage({ id: 'partnerDashboard.monthsTable' }, { year })}
        table={
          <table>
            <caption>
              <FormattedMessage id="partnerDashboard.monthsTable" values={{ year }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partnerDashboard.month" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.hoursColumn" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.activitiesColumn" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.reachedColumn" />
                </th>
              </tr>
            </thead>
            <tbody>
              {report.months.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{formatMonth(row.month, language, 'long')}</th>
                  <td className="number">{formatNumber(row.hours, 1)}</td>
                  <td className="number">{formatNumber(row.activitiesCompleted)}</td>
                  <td className="number">{formatNumber(row.residentsReached)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}

function People({ report }: { report: Report }) {
  const count = useCount();
  return (
    <section aria-labelledby="partner-people">
      <h3 id="partner-people">
        <FormattedMessage id="partnerDashboard.people" />
      </h3>
      <div className="grid">
        <Figure labelId="partnerDashboard.activeVolunteers" value={count(report.volunteers.active)} testId="partner-active-volunteers">
          <p>
            <FormattedMessage id="partnerDashboard.activeVolunteersHow" values={{ joined: count(report.volunteers.joined), left: count(report.volunteers.left) }} />
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.smallNumbers" />
          </p>
        </Figure>
        <Figure labelId="partnerDashboard.residentsReached" value={count(report.activities.residentsReached)} testId="partner-residents-reached">
          <p>
            <FormattedMessage id="partnerDashboard.residentsReachedHow" values={{ activities: count(report.activities.completed) }} />
          </p>
        </Figure>
        <Figure labelId="partnerDashboard.certificates" value={count(report.training.certificates)}>
          <p>
            <FormattedMessage id="partnerDashboard.certificatesHow" values={{ courses: formatNumber(report.training.courses) }} />
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.smallNumbers" />
          </p>
        </Figure>
      </div>
    </section>
  );
}

function Figure({ labelId, value, testId, children }: { labelId: string; value: string; testId?: string; children: ReactNode }) {
  return (
    <div className="card">
      <h4 className="partner-dashboard__figure-label">
        <FormattedMessage id={labelId} />
      </h4>
      <p className="figure" data-testid={testId}>
        {value}
      </p>
      <HowMade>{children}</HowMade>
    </div>
  );
}

function Wellbeing({ report }: { report: Report }) {
  const intl = useIntl();
  const count = useCount();
  const { wellbeing } = report;
  return (
    <section aria-labelledby="partner-wellbeing">
      <h3 id="partner-wellbeing">
        <FormattedMessage id="partnerDashboard.wellbeing" values={{ year: wellbeing.year }} />
      </h3>
      <p>
        <FormattedMessage id="partnerDashboard.wellbeingParticipants" values={{ participants: count(wellbeing.participants) }} />
      </p>
      {wellbeing.domains ? (
        <div className="table-wrap" tabIndex={0} role="group" aria-label={intl.formatMessage({ id: 'partnerDashboard.wellbeingTable' })}>
          <table>
            <caption>
              <FormattedMessage id="partnerDashboard.wellbeingTable" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partnerDashboard.domain" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.change" />
                </th>
              </tr>
            </thead>
            <tbody>
              {wellbeing.domains.map((row) => (
                <tr key={row.domain}>
                  <th scope="row">{intl.formatMessage({ id: `partnerDashboard.domain.${row.domain}` })}</th>
                  <td className="number">{signed(row.averageChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="alert alert--info">
          <FormattedMessage id="partnerDashboard.wellbeingHidden" />
        </p>
      )}
      <HowMade>
        <p>
          <FormattedMessage id="partnerDashboard.wellbeingHow" />
        </p>
      </HowMade>
    </section>
  );
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${formatNumber(value, 1)}`;
}

function Cohesion({ report }: { report: Report }) {
  const intl = useIntl();
  const { language } = usePortal();
  const count = useCount();
  return (
    <section aria-labelledby="partner-cohesion">
      <h3 id="partner-cohesion">
        <FormattedMessage id="partnerDashboard.cohesion" />
      </h3>
      {report.cohesion.length === 0 ? (
        <p>
          <FormattedMessage id="partnerDashboard.cohesionNone" />
        </p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="group" aria-label={intl.formatMessage({ id: 'partnerDashboard.cohesionTable' })}>
          <table>
            <caption>
              <FormattedMessage id="partnerDashboard.cohesionTable" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partnerDashboard.wave" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.respondents" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.score" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="partnerDashboard.changeSinceBaseline" />
                </th>
              </tr>
            </thead>
            <tbody>
              {report.cohesion.map((wave) => (
                <tr key={wave.surveyId}>
                  <th scope="row">
                    <FormattedMessage id={`partnerDashboard.wave.${wave.wave}`} values={{ date: formatLocalDate(wave.fieldedOn, language) }} />
                  </th>
                  <td className="number">{count(wave.sampleSize)}</td>
                  <td className="number">{wave.cohesionScore === null || wave.cohesionScore === undefined ? intl.formatMessage({ id: 'partnerDashboard.hidden' }) : formatNumber(wave.cohesionScore, 1)}</td>
                  <td className="number">{wave.changeSinceBaseline === null || wave.changeSinceBaseline === undefined ? '—' : signed(wave.changeSinceBaseline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <HowMade>
        <p>
          <FormattedMessage id="partnerDashboard.cohesionHow" />
        </p>
        {report.cohesion
          .filter((wave) => wave.statements && wave.statements.length > 0)
          .map((wave) => (
            <div key={wave.surveyId}>
              <h4>
                <FormattedMessage id={`partnerDashboard.wave.${wave.wave}`} values={{ date: formatLocalDate(wave.fieldedOn, language) }} />
              </h4>
              <ul className="list">
                {wave.statements!.map((statement) => (
                  <li key={statement.item}>
                    <FormattedMessage
                      id="partnerDashboard.statementScore"
                      values={{ statement: language === 'nl' ? statement.labelNl : statement.labelEn, score: formatNumber(statement.score, 1) }}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </HowMade>
    </section>
  );
}

function CostBenefit({ report }: { report: Report }) {
  const intl = useIntl();
  const mkba = report.costBenefit;
  const ratio = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, 2));
  const basis = { rate: formatNumber(mkba.discountRatePercent, 2), priceYear: mkba.priceYear, baseYear: mkba.baseYear };
  return (
    <section aria-labelledby="partner-mkba">
      <h3 id="partner-mkba">
        <FormattedMessage id="partnerDashboard.mkba" />
      </h3>
      <p>
        <FormattedMessage id="partnerDashboard.mkbaIntro" values={basis} />
      </p>
      <div className="grid">
        <div className="card">
          <h4 className="partner-dashboard__figure-label">
            <FormattedMessage id="partnerDashboard.costs" />
          </h4>
          <p className="figure" data-testid="partner-costs">
            {money(mkba.totalCosts)}
          </p>
          <HowMade>
            {mkba.costs.length === 0 ? (
              <p>
                <FormattedMessage id="partnerDashboard.noCosts" />
              </p>
            ) : (
              <ul className="list">
                {mkba.costs.map((line) => (
                  <li key={`${line.year}-${line.category}`}>
                    <FormattedMessage id="partnerDashboard.costLine" values={{ year: line.year, category: line.category, amount: money(line.amount), bookings: line.bookings }} />
                  </li>
                ))}
              </ul>
            )}
            <p>
              <FormattedMessage id="partnerDashboard.discounting" values={basis} />
            </p>
          </HowMade>
        </div>
        <div className="card">
          <h4 className="partner-dashboard__figure-label">
            <FormattedMessage id="partnerDashboard.benefits" />
          </h4>
          <p className="figure" data-testid="partner-benefits">
            {money(mkba.totalBenefits)}
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.range" values={{ low: money(mkba.totalBenefitsLow), high: money(mkba.totalBenefitsHigh) }} />
          </p>
          <HowMade>
            {mkba.effects.length === 0 ? (
              <p>
                <FormattedMessage id="partnerDashboard.noEffects" />
              </p>
            ) : (
              <ul className="list partner-dashboard__effects">
                {mkba.effects.map((effect, index) => (
                  <li key={index}>
                    <strong>
                      {intl.formatMessage({ id: `partnerDashboard.effect.${effect.category}` })}
                      {effect.theme ? ` (${intl.formatMessage({ id: `common.theme.${effect.theme}` })})` : ''}
                      {' — '}
                      {intl.formatMessage({ id: `partnerDashboard.beneficiary.${effect.beneficiary}` })}
                    </strong>
                    <br />
                    {effect.quantity === null || effect.quantity === undefined ? (
                      <FormattedMessage id="partnerDashboard.effectHidden" values={{ unit: effect.unit }} />
                    ) : effect.price && effect.value ? (
                      <FormattedMessage
                        id="partnerDashboard.effectSum"
                        values={{ quantity: formatNumber(effect.quantity, 1), unit: effect.unit, price: money(effect.price), value: money(effect.value) }}
                      />
                    ) : (
                      <FormattedMessage id="partnerDashboard.effectNoPrice" values={{ quantity: formatNumber(effect.quantity, 1), unit: effect.unit }} />
                    )}
                    {effect.valueLow && effect.valueHigh && (
                      <>
                        {' '}
                        <FormattedMessage id="partnerDashboard.range" values={{ low: money(effect.valueLow), high: money(effect.valueHigh) }} />
                      </>
                    )}
                    <br />
                    <FormattedMessage id="partnerDashboard.priceSource" values={{ item: effect.priceItem, year: effect.priceYear ?? '—', source: effect.source }} />
                  </li>
                ))}
              </ul>
            )}
            {mkba.benefitsByBeneficiary.length > 0 && (
              <div className="table-wrap" tabIndex={0} role="group" aria-label={intl.formatMessage({ id: 'partnerDashboard.byBeneficiary' })}>
                <table>
                  <caption>
                    <FormattedMessage id="partnerDashboard.byBeneficiary" />
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <FormattedMessage id="partnerDashboard.beneficiary" />
                      </th>
                      <th scope="col" className="number">
                        <FormattedMessage id="partnerDashboard.value" />
                      </th>
                      <th scope="col" className="number">
                        <FormattedMessage id="partnerDashboard.low" />
                      </th>
                      <th scope="col" className="number">
                        <FormattedMessage id="partnerDashboard.high" />
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {mkba.benefitsByBeneficiary.map((row) => (
                      <tr key={row.beneficiary}>
                        <th scope="row">{intl.formatMessage({ id: `partnerDashboard.beneficiary.${row.beneficiary}` })}</th>
                        <td className="number">{money(row.value)}</td>
                        <td className="number">{money(row.valueLow)}</td>
                        <td className="number">{money(row.valueHigh)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p>
              <FormattedMessage id="partnerDashboard.discounting" values={basis} />
            </p>
          </HowMade>
        </div>
        <div className="card">
          <h4 className="partner-dashboard__figure-label">
            <FormattedMessage id="partnerDashboard.ratio" />
          </h4>
          <p className="figure" data-testid="partner-ratio">
            {ratio(mkba.benefitCostRatio)}
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.range" values={{ low: ratio(mkba.benefitCostRatioLow), high: ratio(mkba.benefitCostRatioHigh) }} />
          </p>
          <HowMade>
            <p>
              <FormattedMessage id="partnerDashboard.ratioHow" values={{ benefits: money(mkba.totalBenefits), costs: money(mkba.totalCosts) }} />
            </p>
            {mkba.agreedReturns.map((agreed) => (
              <p key={agreed.agreementId}>
                <FormattedMessage id="partnerDashboard.agreedReturn" values={{ title: agreed.title, ratio: formatNumber(agreed.ratio, 2) }} />
              </p>
            ))}
            <p>
              <FormattedMessage id="partnerDashboard.discounting" values={basis} />
            </p>
          </HowMade>
        </div>
        <div className="card">
          <h4 className="partner-dashboard__figure-label">
            <FormattedMessage id="partnerDashboard.npv" />
          </h4>
          <p className="figure" data-testid="partner-npv">
            {money(mkba.netPresentValue)}
          </p>
          <p>
            <FormattedMessage id="partnerDashboard.range" values={{ low: money(mkba.netPresentValueLow), high: money(mkba.netPresentValueHigh) }} />
          </p>
          <HowMade>
            <p>
              <FormattedMessage id="partnerDashboard.npvHow" values={basis} />
            </p>
          </HowMade>
        </div>
      </div>
    </section>
  );
}
