/** The console's footer: links to the privacy notice and the terms of use, in the shell's language. */
import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';
import { legalPageHref } from '../legal/legal-route.js';

const useStyles = makeStyles({
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
  },
});

export function LegalFooter() {
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Caption1>
        <Link href={legalPageHref('privacy', locale)}>{t('legal.privacy')}</Link>
      </Caption1>
      <Caption1>
        <Link href={legalPageHref('terms', locale)}>{t('legal.terms')}</Link>
      </Caption1>
    </footer>
  );
}
