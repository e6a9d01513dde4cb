/**
 * Who a news item reaches: the console's audience picker (everyone, or departments, sites, roles
 * and people from the directory, with the live reach count), plus the channels a news item may
 * also be posted into. Choosing everyone leaves the channels out too: everyone is everyone.
 */
import { Field, Textarea } from '@fluentui/react-components';
import { type AudienceApi, AudiencePicker } from '../components/audience-picker/index.js';
import { useI18n } from '../i18n/i18n.js';
import { type ComposerState, channelsOf } from './composer-state.js';

export interface NewsAudienceProps {
  api: AudienceApi;
  state: ComposerState;
  onChange(patch: Partial<ComposerState>): void;
}

export function NewsAudience({ api, state, onChange }: NewsAudienceProps) {
  const { t } = useI18n();
  const channels = channelsOf(state.channels);
  return (
    <>
      <AudiencePicker api={api} value={state.audience} onChange={(audience) => onChange({ audience })} />
      {!state.audience.everyone && (
        <Field
          label={t('news.audience.channels')}
          hint={t('news.audience.channels_hint')}
          validationMessage={
            channels.invalid.length
              ? t('news.audience.channels_invalid', { line: channels.invalid[0] ?? '' })
              : undefined
          }
        >
          <Textarea
            resize="vertical"
            value={state.channels}
            onChange={(_e, d) => onChange({ channels: d.value })}
            placeholder="slack T0123 C0456 #general"
          />
        </Field>
      )}
    </>
  );
}
