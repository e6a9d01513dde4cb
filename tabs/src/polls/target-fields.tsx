/** "Send to": nobody yet, one conversation (Teams or Slack), everyone 1:1, or departments 1:1. */
import { Field, Input, Select } from '@fluentui/react-components';
import type { Target } from './polls-api.js';
import { usePollsText } from './polls-text.js';

export interface TargetState {
  kind: 'none' | 'conversation' | 'everyone' | 'departments';
  platform: 'teams' | 'slack';
  tenantId: string;
  conversationId: string;
  departments: string;
}

export const emptyTarget: TargetState = {
  kind: 'none',
  platform: 'teams',
  tenantId: '',
  conversationId: '',
  departments: '',
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
    case 'everyone':
      return { audience: { everyone: true } };
    case 'departments':
      return {
        audience: {
          departments: state.departments
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean),
        },
      };
  }
}

export function TargetFields({ value, onChange }: { value: TargetState; onChange(next: TargetState): void }) {
  const { pt } = usePollsText();
  const set = (patch: Partial<TargetState>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label={pt('polls.field.target')}>
        <Select value={value.kind} onChange={(_, d) => set({ kind: d.value as TargetState['kind'] })}>
          <option value="none">{pt('polls.target.none')}</option>
          <option value="conversation">{pt('polls.target.conversation')}</option>
          <option value="everyone">{pt('polls.target.everyone')}</option>
          <option value="departments">{pt('polls.target.departments')}</option>
        </Select>
      </Field>
      {value.kind === 'conversation' && (
        <>
          <Field label={pt('polls.field.platform')}>
            <Select
              value={value.platform}
              onChange={(_, d) => set({ platform: d.value as 'teams' | 'slack' })}
            >
              <option value="teams">Microsoft Teams</option>
              <option value="slack">Slack</option>
            </Select>
          </Field>
          <Field label={pt('polls.field.tenant')} required>
            <Input value={value.tenantId} onChange={(_, d) => set({ tenantId: d.value })} />
          </Field>
          <Field label={pt('polls.field.conversation')} required>
            <Input value={value.conversationId} onChange={(_, d) => set({ conversationId: d.value })} />
          </Field>
        </>
      )}
      {value.kind === 'departments' && (
        <Field label={pt('polls.field.departments')} required>
          <Input value={value.departments} onChange={(_, d) => set({ departments: d.value })} />
        </Field>
      )}
    </>
  );
}
