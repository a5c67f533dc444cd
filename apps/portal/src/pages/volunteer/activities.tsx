import { FormattedMessage } from 'react-intl';
import { Page } from '../../ui/page';

// Placeholder while this page is being built.
export default function NotYetBuilt() {
  return (
    <Page titleId="nav.home">
      <p>
        <FormattedMessage id="common.notYetAvailable" />
      </p>
    </Page>
  );
}
