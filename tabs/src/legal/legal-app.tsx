/**
 * The legal pages (/tabs/privacy and /tabs/terms), linked from the Teams manifest's app details.
 * They render without signing in and never call /api/v1: anyone about to install Relais, or a
 * guest, can read them. Language: ?lang= (the switch writes it), then Teams', then the browser's,
 * then the server's DEFAULT_LOCALE, then French.
 */
import { FluentProvider, Link, makeStyles, tokens } from '@fluentui/react-components';
import { type MouseEvent, useEffect, useMemo, useState } from 'react';
import { AppHeader } from '../components/app-header.js';
import { themes, usePageFrameStyles } from '../components/page-frame.js';
import { createTranslate, I18nContext, type Locale, pickLocale, toLocale } from '../i18n/i18n.js';
import { privacySectionIds, termsSectionIds } from './legal-document.js';
import { LegalDocumentView } from './legal-document-view.js';
import { consoleHref, type LegalPage, legalPageHref } from './legal-route.js';
import { privacyEn } from './privacy-en.js';
import { privacyFr } from './privacy-fr.js';
import { termsEn } from './terms-en.js';
import { termsFr } from './terms-fr.js';
import { useLegalConfig, useLegalHost } from './use-legal-host.js';

/** Each language is named in itself, so a reader finds theirs whatever the page shows. */
const languages: { locale: Locale; name: string }[] = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  languages: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginLeft: 'auto',
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecoration: 'underline' },
  main: { outline: 'none' },
});

export function LegalApp({ page }: { page: LegalPage }) {
  const styles = useStyles();
  const frame = usePageFrameStyles();
  const { theme, hostLocale, inTeams } = useLegalHost();
  const { contact, defaultLocale } = useLegalConfig();
  const [chosen, setChosen] = useState<Locale | undefined>(() =>
    toLocale(new URLSearchParams(window.location.search).get('lang')),
  );
  const locale = chosen ?? pickLocale(hostLocale, navigator.language, defaultLocale);
  const i18n = useMemo(() => ({ locale, t: createTranslate(locale) }), [locale]);
  const { t } = i18n;
  const privacy = locale === 'fr' ? privacyFr : privacyEn;
  const terms = locale === 'fr' ? termsFr : termsEn;
  const title = page === 'privacy' ? privacy.title : terms.title;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('legal.page_title', { title });
  }, [locale, t, title]);

  // Switch in place (no reload) and keep the choice in the address, so a shared link keeps it.
  const choose = (event: MouseEvent, next: Locale) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
    setChosen(next);
  };

  return (
    <FluentProvider theme={themes[theme]} className={frame.root} data-theme={theme} data-legal-page={page}>
      <I18nContext.Provider value={i18n}>
        <a href="#main" className={frame.skip}>
          {t('app.skip_to_content')}
        </a>
        <AppHeader />
        <nav className={styles.nav} aria-label={t('legal.nav')}>
          <ul className={styles.links}>
            <li>
              <Link href={consoleHref({ inTeams })}>{t('legal.back_to_console')}</Link>
            </li>
            {(['privacy', 'terms'] as const).map((other) => (
              <li key={other}>
                <Link
                  href={legalPageHref(other, { lang: chosen, inTeams })}
                  aria-current={other === page ? 'page' : undefined}
                  className={other === page ? styles.current : undefined}
                >
                  {t(other === 'privacy' ? 'legal.privacy' : 'legal.terms')}
                </Link>
              </li>
            ))}
          </ul>
          <div className={styles.languages}>
            <span id="language-label">{t('legal.language')}</span>
            <ul className={styles.links} aria-labelledby="language-label">
              {languages.map(({ locale: option, name }) => (
                <li key={option}>
                  <Link
                    href={legalPageHref(page, { lang: option, inTeams })}
                    lang={option}
                    hrefLang={option}
                    aria-current={option === locale ? 'true' : undefined}
                    className={option === locale ? styles.current : undefined}
                    onClick={(event) => choose(event, option)}
                  >
                    {name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <main id="main" tabIndex={-1} className={styles.main}>
          {page === 'privacy' ? (
            <LegalDocumentView
              document={privacy}
              order={privacySectionIds}
              contact={contact}
              inTeams={inTeams}
            />
          ) : (
            <LegalDocumentView document={terms} order={termsSectionIds} contact={contact} inTeams={inTeams} />
          )}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
