/**
 * The configuration page Teams shows when Relais is added to a channel, group chat or meeting:
 * nothing to choose yet, so Save is enabled at once and the tab opens the home page.
 */
import { Body1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';

const useStyles = makeStyles({
  page: { maxWidth: '720px', padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}` },
  title: { margin: `0 0 ${tokens.spacingVerticalS}` },
});

export function ConfigurePage() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        {t('configure.title')}
      </Title2>
      <Body1>{t('configure.body')}</Body1>
    </div>
  );
}
