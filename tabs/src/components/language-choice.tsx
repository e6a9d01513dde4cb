/**
 * A choice between French and English (the language being written, the language previewed), as
 * two radio buttons in a row. Fluent's TabList served here before, but its focus helpers (tabster's
 * focusable, aria-hidden dummies at both ends) are what axe reports as aria-hidden-focus; native
 * radios keep arrow-key selection with nothing hidden.
 */
import { Radio, RadioGroup } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';

type Language = 'fr' | 'en';

export function LanguageChoice({
  label,
  value,
  onChange,
  disabled = {},
}: {
  label: string;
  value: Language;
  onChange(language: Language): void;
  disabled?: Partial<Record<Language, boolean>>;
}) {
  const { t } = useI18n();
  return (
    <RadioGroup
      layout="horizontal"
      aria-label={label}
      value={value}
      onChange={(_e, data) => onChange(data.value as Language)}
    >
      <Radio value="fr" label={t('news.locale.fr')} disabled={disabled.fr} />
      <Radio value="en" label={t('news.locale.en')} disabled={disabled.en} />
    </RadioGroup>
  );
}
