/** The administration pages behind `#/welcome` and `#/roles`. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { CapabilityPageProps } from '../capability.js';
import { useI18n } from '../i18n/i18n.js';
import { isAdministrator } from './admin-api.js';
import { RolesPage } from './roles-page.js';
import { WelcomePage } from './welcome-page.js';

export const useAdminStyles = makeStyles({
  page: {
    maxWidth: '900px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    '@media (max-width: 520px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  title: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  breakable: { overflowWrap: 'anywhere' },
});

export function AdminPages({ hash, api, me, go }: CapabilityPageProps) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  if (!isAdministrator(me))
    return (
      <div className={styles.page}>
        <Body1>{t('admin.only')}</Body1>
      </div>
    );
  return hash === '#/roles' ? <RolesPage api={api} /> : <WelcomePage go={go} />;
}
