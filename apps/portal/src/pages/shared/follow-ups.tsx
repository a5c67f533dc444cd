import { FormattedMessage } from 'react-intl';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate } from '../../format/format';

interface FollowUp {
  monthsAfterHandOver: number;
  dueOn: string;
  due: boolean;
  measurement?: unknown;
}

/** The measurements after hand-over, each done, due or to come with its date. */
export function FollowUps({ followUps }: { followUps: readonly FollowUp[] }) {
  const { language } = usePortal();
  return (
    <ul>
      {followUps.map((followUp) => (
        <li key={followUp.monthsAfterHandOver}>
          <FormattedMessage
            id={followUp.measurement ? 'teamPath.followUpDone' : followUp.due ? 'teamPath.followUpDue' : 'teamPath.followUpLater'}
            values={{ months: followUp.monthsAfterHandOver, date: formatLocalDate(followUp.dueOn, language) }}
          />
        </li>
      ))}
    </ul>
  );
}
