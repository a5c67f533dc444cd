/**
 * `npm run mail`: the e-mail the messages service caught in development (its embedded SMTP server, used when
 * SMTP_URL is unset), oldest first. `-- --last N` shows only the last N; `-- --clear` empties the folder.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { mailCatchDirectory } from '../../apps/messages/src/mail/dev-mail';

const directory = mailCatchDirectory();
const args = process.argv.slice(2);
let files: string[] = [];
try {
  files = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
} catch {
  files = [];
}
if (args.includes('--clear')) {
  for (const file of files) rmSync(join(directory, file));
  console.log(`${files.length} caught message(s) removed`);
  process.exit(0);
}
const lastAt = args.indexOf('--last');
if (lastAt >= 0) files = files.slice(-Math.max(1, Number(args[lastAt + 1]) || 1));
if (!files.length) console.log(`No mail caught yet (${directory}). Start the stack with npm start; messages catch mail there.`);
for (const file of files) {
  const mail = JSON.parse(readFileSync(join(directory, file), 'utf8')) as {
    to: string[];
    from: string;
    subject: string;
    text: string;
    receivedAt: string;
  };
  console.log(
    [
      '─'.repeat(72),
      `Date:    ${mail.receivedAt}`,
      `From:    ${mail.from}`,
      `To:      ${mail.to.join(', ')}`,
      `Subject: ${mail.subject}`,
      '',
      mail.text,
      '',
    ].join('\n'),
  );
}
