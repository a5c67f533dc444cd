/**
 * Prints the partner's neighbourhoods and their results of one year, and saves the report's CSV tables:
 *   BUURTVOLK_TOKEN=<token> npm run --silent partner-client -- [--year 2026] [--out reports] [--url http://localhost:4000/graphql]
 */
import { parseArgs } from 'node:util';
import { createPartnerClient } from './client';
import { neighbourhoodReports, summary, writeCsvTables } from './reports';

async function main() {
  const { values } = parseArgs({
    options: {
      year: {
        type: 'string',
        default: new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
      },
      out: { type: 'string' },
      url: { type: 'string', default: process.env.BUURTVOLK_GRAPHQL_URL ?? 'http://localhost:4000/graphql' },
    },
  });
  const token = process.env.BUURTVOLK_TOKEN;
  if (!token) throw new Error('Set BUURTVOLK_TOKEN to a partner access token (see examples/partner-client/README.md).');
  const reports = await neighbourhoodReports(createPartnerClient({ url: values.url, token }), Number(values.year));
  if (reports.length === 0) console.log('This token serves no neighbourhoods.');
  for (const report of reports) console.log(summary(report));
  if (values.out) for (const path of await writeCsvTables(reports, values.out)) console.log(`wrote ${path}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
