/**
 * The tab shell: picks the Fluent theme and the language, then shows the loading state, the
 * standalone sign-in, the home page or the error, under one banner, with links to the privacy
 * notice and the terms of use below.
 */
import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo } from 'react';
import { capabilityOf } from './capabilities.js';
import { AppHeader } from './components/app-header.js';
import { CapabilityNav } from './components/capability-nav.js';
import { ConfigurePage } from './components/configure-page.js';
import { HomePage } from './components/home-page.js';
import { useChosenLocale } from './components/language-switch.js';
import { LegalFooter } from './components/legal-footer.js';
import { themes, usePageFrameStyles } from './components/page-frame.js';
import { ErrorView, LoadingView } from './components/status-views.js';
import { CharterPage } from './groups/charter/charter-page.js';
import { urlSaysInTeams } from './host/teams-host.js';
import { createTranslate, I18nContext, pickLocale } from './i18n/i18n.js';
import { useHeartbeat } from './insights/use-heartbeat.js';
import { SignInPage } from './signin/sign-in-page.js';
import { useHashRoute } from './use-hash-route.js';
import { useShell } from './use-shell.js';

const useStyles = makeStyles({
  main: { outline: 'none' },
});

export function App() {
  const shell = useShell();
  const styles = useStyles();
  const frame = usePageFrameStyles();
  const me = shell.phase.name === 'ready' ? shell.phase.me : undefined;
  const [chosenLocale, chooseLocale] = useChosenLocale();
  const locale = pickLocale(
    chosenLocale,
    me?.person?.locale,
    shell.hostLocale,
    navigator.language,
    shell.defaultLocale,
  );
  const i18n = useMemo(() => ({ locale, t: createTranslate(locale) }), [locale]);
  const { t } = i18n;
  const { hash, go } = useHashRoute();
  // a capability's pages need the API; without it (not signed in yet) the hash waits
  const capability = shell.api ? capabilityOf(hash) : undefined;
  // a signed-in person's visible tab counts towards the dashboard's time in the tabs
  useHeartbeat(me?.person ? shell.api : undefined);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);

  const { phase } = shell;
  return (
    <FluentProvider
      theme={themes[shell.theme]}
      className={frame.root}
      data-theme={shell.theme}
      data-mode={shell.mode ?? 'starting'}
    >
      <I18nContext.Provider value={i18n}>
        <a href="#main" className={frame.skip}>
          {t('app.skip_to_content')}
        </a>
        <AppHeader
          mode={shell.mode}
          me={me}
          onSignOut={shell.mode === 'standalone' && me ? shell.signOut : undefined}
          onLocaleChange={chooseLocale}
        />
        <main id="main" tabIndex={-1} className={styles.main} aria-busy={phase.name === 'loading'}>
          {(phase.name === 'starting' || phase.name === 'loading') && <LoadingView />}
          {phase.name === 'signed-out' && (
            <SignInPage
              providers={phase.providers}
              checking={phase.checking}
              error={phase.error}
              onSignIn={shell.signIn}
            />
          )}
          {phase.name === 'failed' && <ErrorView error={phase.error} onRetry={shell.retry} />}
          {phase.name === 'charter' && shell.api && <CharterPage api={shell.api} onAccepted={shell.retry} />}
          {phase.name === 'ready' && capability && shell.api && (
            <>
              <CapabilityNav me={phase.me} hash={hash} go={go} />
              <Suspense fallback={<LoadingView />}>
                <capability.Pages hash={hash} api={shell.api} me={phase.me} go={go} />
              </Suspense>
            </>
          )}
          {phase.name === 'ready' && !capability && <HomePage me={phase.me} api={shell.api} />}
          {phase.name === 'configuring' && (
            <ConfigurePage api={shell.api} space={phase.space} saved={phase.saved} saveAs={phase.saveAs} />
          )}
        </main>
        {phase.name !== 'configuring' && <LegalFooter inTeams={shell.mode === 'teams' || urlSaysInTeams()} />}
      </I18nContext.Provider>
    </FluentProvider>
  );
}
