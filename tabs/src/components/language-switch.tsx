/**
 * The console's language, chosen in the header and remembered in this browser (localStorage):
 * the choice wins over the person's profile, the Teams locale and the browser's language, which
 * only give the default.
 */
import { makeStyles, Select, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { type Locale, toLocale, useI18n } from '../i18n/i18n.js';

const storageKey = 'relais.locale';

const stored = (): Locale | undefined => {
  try {
    return toLocale(window.localStorage.getItem(storageKey));
  } catch {
    // storage refused (private mode, a sandboxed frame): the default applies
    return undefined;
  }
};

/** The locale chosen in this browser, if any, and how to choose one. */
export function useChosenLocale(): [Locale | undefined, (locale: Locale) => void] {
  const [chosen, setChosen] = useState(stored);
  const choose = useCallback((locale: Locale) => {
    setChosen(locale);
    try {
      window.localStorage.setItem(storageKey, locale);
    } catch {
      // remembered for this page only
    }
  }, []);
  return [chosen, choose];
}

const useStyles = makeStyles({
  switch: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
const names: Record<Locale, string> = { fr: 'Français', en: 'English' };

export function LanguageSwitch({ onChange }: { onChange(locale: Locale): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.switch}>
      <label htmlFor={id}>{t('header.language')}</label>
      <Select id={id} value={locale} data-testid="language" onChange={(_e, d) => onChange(d.value as Locale)}>
        {(['fr', 'en'] as const).map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
