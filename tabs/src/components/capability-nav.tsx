/** The bar above every capability page: back to the home page, then each capability's links for this person. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { capabilities } from '../capabilities.js';
import { useI18n } from '../i18n/i18n.js';
import { NavLink } from './nav-link.js';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    maxWidth: '1300px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0`,
  },
});

export function CapabilityNav({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={t('app.nav')}>
      <NavLink hash="#/" label={t('app.nav.home')} current={false} go={go} />
      {capabilities.map(({ name, NavEntries }) => (
        <NavEntries key={name} me={me} hash={hash} go={go} />
      ))}
    </nav>
  );
}
