/** The administration pages behind `#/welcome` and `#/roles`. */
import { Body1 } from '@fluentui/react-components';
import type { CapabilityPageProps } from '../capability.js';
import { useI18n } from '../i18n/i18n.js';
import { isAdministrator } from './admin-api.js';
import { useAdminStyles } from './admin-styles.js';
import { RolesPage } from './roles-page.js';
import { WelcomePage } from './welcome-page.js';

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
