/**
 * "Post to another channel": the same poll posted into one more Teams or Slack conversation
 * (POST /polls/{id}/post); every copy tallies into the same results.
 */
import { Button, MessageBar, Subtitle2 } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { ConversationFields } from './conversation-choice.js';
import type { Conversation, PollsApi } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';

export function PostElsewhere({ polls, id }: { polls: PollsApi; id: string }) {
  const { pt } = usePollsText();
  const styles = usePageStyles();
  const [conversation, setConversation] = useState<Conversation>({
    platform: 'teams',
    tenantId: '',
    conversationId: '',
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const set = (patch: Partial<Conversation>) => setConversation({ ...conversation, ...patch });

  async function post(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    try {
      await polls.postElsewhere(id, {
        ...conversation,
        tenantId: conversation.tenantId.trim(),
        conversationId: conversation.conversationId.trim(),
      });
      setNotice({ ok: true, text: pt('polls.posted') });
    } catch (e) {
      setNotice({ ok: false, text: (e as Error).message });
    }
  }

  return (
    <form
      className={styles.stack}
      onSubmit={post}
      aria-labelledby="post-elsewhere"
      data-testid="post-elsewhere"
    >
      <Subtitle2 as="h2" id="post-elsewhere">
        {pt('polls.post_elsewhere')}
      </Subtitle2>
      <p>{pt('polls.post_elsewhere_help')}</p>
      <ConversationFields source={polls.conversations} value={conversation} onChange={set} />
      <div className={styles.row}>
        <Button type="submit">{pt('polls.post')}</Button>
      </div>
      {notice && <MessageBar intent={notice.ok ? 'success' : 'error'}>{notice.text}</MessageBar>}
    </form>
  );
}
