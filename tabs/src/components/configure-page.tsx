/**
 * The configuration page Teams shows when Relais is added to a channel, group chat or meeting.
 * Save is enabled at once with the home page (or, for an existing tab, what it shows); in a team,
 * the person may choose a group's portal instead, the one the tab shows or else the team's own
 * group first (groups/portal-tab-choice, a chunk loaded only here).
 */
import { Body1, makeStyles, Spinner, Title2, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { contentOfTab } from '../host/tab-settings.js';
import type { TabConfig, TabSettings, TeamsSpace } from '../host/teams-host.js';
import { useI18n } from '../i18n/i18n.js';

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: { margin: 0 },
});

const PortalTabChoice = lazy(() =>
  import('../groups/portal-tab-choice.js').then((m) => ({ default: m.PortalTabChoice })),
);

export function ConfigurePage(props: {
  api: ApiClient | undefined;
  space: TeamsSpace;
  /** what an existing tab saved, when Teams shows its settings again */
  saved?: TabConfig;
  saveAs(settings: TabSettings): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  // Teams shows this page again for an existing tab: it is about changing it, not adding it
  const reopened = props.saved !== undefined && contentOfTab(props.saved) !== undefined;
  return (
    <div className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        {t(reopened ? 'configure.title_saved' : 'configure.title')}
      </Title2>
      {props.api ? (
        <Suspense fallback={<Spinner size="small" label={t('app.loading_part')} />}>
          <PortalTabChoice api={props.api} space={props.space} saved={props.saved} saveAs={props.saveAs} />
        </Suspense>
      ) : (
        <Body1>{t('configure.body')}</Body1>
      )}
    </div>
  );
}
