/** The poll form: question, options, choices per person, anonymity, visibility, deadline, target. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  Select,
  Textarea,
  Title2,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { describeError } from '../components/describe-error.js';
import { useFieldErrors } from '../components/field-errors.js';
import { useI18n } from '../i18n/i18n.js';
import type { PollsApi } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';
import { emptyTarget, TargetFields, targetOf, useTargetConfirmation } from './target-fields.js';

export function PollCreatePage({ polls, go }: { polls: PollsApi; go(hash: string): void }) {
  const { pt, locale } = usePollsText();
  const styles = usePageStyles();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [maxChoices, setMaxChoices] = useState('1');
  const [anonymous, setAnonymous] = useState(false);
  const [visibility, setVisibility] = useState<'live' | 'after_vote' | 'after_close'>('live');
  const [allowAdd, setAllowAdd] = useState(false);
  const [closesAt, setClosesAt] = useState('');
  const [target, setTarget] = useState(emptyTarget);
  const { confirmTarget, dialog } = useTargetConfirmation(polls.audiences);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { t } = useI18n();
  const fields = useFieldErrors();

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    fields.clear();
    try {
      if (!(await confirmTarget(target))) {
        setBusy(false);
        return;
      }
      const created = await polls.createPoll(
        {
          question,
          options: options
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean),
          maxChoices: Number(maxChoices) || 1,
          anonymous,
          resultVisibility: visibility,
          allowAddOptions: allowAdd,
          locale,
          ...(closesAt ? { closesAt: new Date(closesAt).toISOString() } : {}),
        },
        targetOf(target),
      );
      go(`#/polls/poll/${encodeURIComponent(created.poll.id)}`);
    } catch (e) {
      setError(describeError(e as Error, t));
      fields.take(e);
      setBusy(false);
    }
  }

  return (
    <form className={styles.stack} onSubmit={create} aria-label={pt('polls.new_poll')}>
      <Title2 as="h1">{pt('polls.new_poll')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <Field label={pt('polls.field.question')} required {...fields.on('poll.question')}>
        <Input name="question" value={question} onChange={(_, d) => setQuestion(d.value)} maxLength={300} />
      </Field>
      <Field label={pt('polls.field.options')} required {...fields.within('poll.options')}>
        <Textarea name="options" value={options} onChange={(_, d) => setOptions(d.value)} rows={5} />
      </Field>
      <Field label={pt('polls.field.max_choices')} {...fields.on('poll.maxChoices')}>
        <Input
          type="number"
          min={1}
          max={10}
          value={maxChoices}
          onChange={(_, d) => setMaxChoices(d.value)}
        />
      </Field>
      <Checkbox
        label={pt('polls.field.anonymous')}
        checked={anonymous}
        onChange={(_, d) => setAnonymous(Boolean(d.checked))}
      />
      <Checkbox
        label={pt('polls.field.add_options')}
        checked={allowAdd}
        disabled={anonymous}
        onChange={(_, d) => setAllowAdd(Boolean(d.checked))}
      />
      <Field label={pt('polls.field.visibility')}>
        <Select value={visibility} onChange={(_, d) => setVisibility(d.value as typeof visibility)}>
          <option value="live">{pt('polls.visibility.live')}</option>
          <option value="after_vote">{pt('polls.visibility.after_vote')}</option>
          <option value="after_close">{pt('polls.visibility.after_close')}</option>
        </Select>
      </Field>
      <Field label={pt('polls.field.closes_at')} {...fields.on('poll.closesAt')}>
        <Input type="datetime-local" value={closesAt} onChange={(_, d) => setClosesAt(d.value)} />
      </Field>
      <TargetFields
        api={polls.audiences}
        conversations={polls.conversations}
        value={target}
        onChange={setTarget}
      />
      {dialog}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? pt('polls.creating') : pt('polls.create')}
        </Button>
      </div>
    </form>
  );
}
