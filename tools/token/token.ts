/**
 * Prints one development bearer token:
 *   npm run --silent token -- --role ADMIN|COORDINATOR|VOLUNTEER|PARTNER [--team ID]... [--volunteer ID] [--partner ID] [--expires 8h]
 */
import { type Identity, isRole, issueDevToken, Role, usesDevelopmentKeys } from '@buurtvolk/identity';
import { parseArgs } from 'node:util';

const USAGE =
  'Usage: npm run --silent token -- --role ADMIN|COORDINATOR|VOLUNTEER|PARTNER [--team ID]... [--volunteer ID] [--partner ID] [--expires 8h]';

async function main() {
  if (!usesDevelopmentKeys()) throw new Error('The token script only issues development tokens, when NODE_ENV is development or test.');
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      team: { type: 'string', multiple: true },
      volunteer: { type: 'string' },
      partner: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const role = values.role?.toUpperCase();
  if (!isRole(role)) throw new Error(`${USAGE}\n--role must be one of ${Object.values(Role).join(', ')}`);
  const identity: Identity = {
    subject: values.subject ?? `dev-${role.toLowerCase()}${values.volunteer ? `-${values.volunteer}` : ''}`,
    role,
    teamIds: values.team ?? [],
    volunteerId: values.volunteer,
    partnerId: values.partner,
  };
  process.stdout.write(`${await issueDevToken(identity, { expiresIn: values.expires })}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
