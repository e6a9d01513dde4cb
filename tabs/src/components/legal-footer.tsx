/**
 * The console's footer: links to the privacy notice and the terms of use, in the shell's language
 * (and still marked as inside Teams when the console runs there).
 */
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

export function LegalFooter({ inTeams }: { inTeams: boolean }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Caption1>
        <Link href={legalPageHref('privacy', { lang: locale, inTeams })}>{t('legal.privacy')}</Link>
      </Caption1>
      <Caption1>
        <Link href={legalPageHref('terms', { lang: locale, inTeams })}>{t('legal.terms')}</Link>
      </Caption1>
    </footer>
  );
}
