/**
 * Which conversation: chosen among the channels and group chats the bot is in (GET
 * /conversations), by their names. Typing a conversation's platform, tenant and id stays
 * possible for administrators (a conversation the bot has not seen activity in yet), and for
 * whoever cannot read the list (a member posting into their own conversation).
 */
import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import type { ConversationSource, KnownConversation } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';

export interface ConversationValue {
  platform: 'teams' | 'slack';
  tenantId: string;
  conversationId: string;
}

const byId = '__by_id__';
const keyOf = (c: ConversationValue) => `${c.platform}|${c.tenantId}|${c.conversationId}`;
const platformName = { teams: 'Teams', slack: 'Slack' } as const;

export function ConversationFields({
  source,
  value,
  onChange,
}: {
  source: ConversationSource;
  value: ConversationValue;
  onChange(patch: Partial<ConversationValue>): void;
}) {
  const { pt } = usePollsText();
  // a long channel name must not widen the page on a phone
  const styles = usePageStyles();
  const loaded = useLoad((signal) => source.list(signal), [source]);
  const [typing, setTyping] = useState(false);
  const known = loaded.data ?? [];
  const listed = loaded.data !== undefined;
  const rawOffered = source.raw || Boolean(loaded.error);
  const showRaw = rawOffered && (typing || Boolean(loaded.error));
  const labelOf = (c: KnownConversation) => {
    const name =
      c.name ??
      `${pt(c.kind === 'channel' ? 'polls.conversations.channel' : 'polls.conversations.group')} ${c.conversationId.slice(0, 24)}`;
    return `${platformName[c.platform]} · ${c.teamName ? `${c.teamName} › ` : ''}${name}`;
  };
  const chosen = known.some((c) => keyOf(c) === keyOf(value)) ? keyOf(value) : '';

  return (
    <>
      {!loaded.error && (
        <Field
          label={pt('polls.field.known_conversation')}
          hint={listed && known.length === 0 ? pt('polls.conversations.none') : undefined}
        >
          <Select
            className={styles.select}
            value={typing ? byId : chosen}
            disabled={!listed}
            onChange={(_, d) => {
              setTyping(d.value === byId);
              if (d.value === byId) return;
              const picked = known.find((c) => keyOf(c) === d.value);
              onChange(
                picked
                  ? {
                      platform: picked.platform,
                      tenantId: picked.tenantId,
                      conversationId: picked.conversationId,
                    }
                  : { conversationId: '' },
              );
            }}
          >
            <option value="">
              {listed ? pt('polls.conversations.choose') : pt('polls.conversations.loading')}
            </option>
            {known.map((c) => (
              <option key={keyOf(c)} value={keyOf(c)}>
                {labelOf(c)}
              </option>
            ))}
            {rawOffered && <option value={byId}>{pt('polls.conversations.by_id')}</option>}
          </Select>
        </Field>
      )}
      {showRaw && (
        <>
          <Field label={pt('polls.field.platform')}>
            <Select
              className={styles.select}
              value={value.platform}
              onChange={(_, d) => onChange({ platform: d.value as 'teams' | 'slack' })}
            >
              <option value="teams">Microsoft Teams</option>
              <option value="slack">Slack</option>
            </Select>
          </Field>
          <Field label={pt('polls.field.tenant')} required>
            <Input value={value.tenantId} onChange={(_, d) => onChange({ tenantId: d.value })} />
          </Field>
          <Field label={pt('polls.field.conversation')} required>
            <Input value={value.conversationId} onChange={(_, d) => onChange({ conversationId: d.value })} />
          </Field>
        </>
      )}
    </>
  );
}
