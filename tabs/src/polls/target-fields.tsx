/**
 * "Send to": nobody yet, one conversation (Teams or Slack), or people 1:1 chosen with the
 * console's audience picker (everyone, or departments, sites, roles, people from the directory).
 */
import { Field, Select } from '@fluentui/react-components';
import {
  type AudienceApi,
  AudiencePicker,
  audienceBodyOf,
  emptyPicked,
  type PickedAudience,
  useSendConfirmation,
} from '../components/audience-picker/index.js';
import { ConversationFields } from './conversation-choice.js';
import type { ConversationSource, Target } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';

export interface TargetState {
  kind: 'none' | 'conversation' | 'audience';
  platform: 'teams' | 'slack';
  tenantId: string;
  conversationId: string;
  audience: PickedAudience;
}

export const emptyTarget: TargetState = {
  kind: 'none',
  platform: 'teams',
  tenantId: '',
  conversationId: '',
  audience: emptyPicked(),
};

export function targetOf(state: TargetState): Target | undefined {
  switch (state.kind) {
    case 'none':
      return undefined;
    case 'conversation':
      return {
        conversation: {
          platform: state.platform,
          tenantId: state.tenantId.trim(),
          conversationId: state.conversationId.trim(),
        },
      };
    case 'audience':
      return { audience: audienceBodyOf(state.audience) };
  }
}

export interface TargetFieldsProps {
  api: AudienceApi;
  /** where a conversation is chosen from */
  conversations: ConversationSource;
  value: TargetState;
  onChange(next: TargetState): void;
}

export function TargetFields({ api, conversations, value, onChange }: TargetFieldsProps) {
  const { pt } = usePollsText();
  const styles = usePageStyles();
  const set = (patch: Partial<TargetState>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label={pt('polls.field.target')}>
        <Select
          className={styles.select}
          value={value.kind}
          onChange={(_, d) => set({ kind: d.value as TargetState['kind'] })}
        >
          <option value="none">{pt('polls.target.none')}</option>
          <option value="conversation">{pt('polls.target.conversation')}</option>
          <option value="audience">{pt('polls.target.audience')}</option>
        </Select>
      </Field>
      {value.kind === 'conversation' && (
        <ConversationFields source={conversations} value={value} onChange={set} />
      )}
      {value.kind === 'audience' && (
        <AudiencePicker api={api} value={value.audience} onChange={(audience) => set({ audience })} />
      )}
    </>
  );
}

/** Before sending 1:1: the count named, and confirmed, for everyone or above 100 people. */
export function useTargetConfirmation(api: AudienceApi) {
  const { confirm, dialog } = useSendConfirmation(api);
  return {
    confirmTarget: async (state: TargetState) =>
      state.kind !== 'audience' || Boolean(await confirm(state.audience)),
    dialog,
  };
}
