/** The quiz form: questions with options one per line, the right ones marked with a leading `*`. */
import { Button, Field, Input, MessageBar, Textarea, Title2 } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { describeError } from '../components/describe-error.js';
import { useFieldErrors } from '../components/field-errors.js';
import { useI18n } from '../i18n/i18n.js';
import type { PollsApi } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';
import { emptyTarget, TargetFields, targetOf, useTargetConfirmation } from './target-fields.js';

interface Draft {
  /** stable React key */
  key: number;
  label: string;
  options: string;
  explanation: string;
}

let nextKey = 0;
const newQuestion = (): Draft => ({ key: nextKey++, label: '', options: '', explanation: '' });

export function QuizCreatePage({ polls, go }: { polls: PollsApi; go(hash: string): void }) {
  const { pt, locale } = usePollsText();
  const styles = usePageStyles();
  const [title, setTitle] = useState('');
  const [questions, setQuestions] = useState<Draft[]>([newQuestion()]);
  const [target, setTarget] = useState(emptyTarget);
  const { confirmTarget, dialog } = useTargetConfirmation(polls.audiences);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { t } = useI18n();
  const fields = useFieldErrors();
  const change = (index: number, patch: Partial<Draft>) =>
    setQuestions((list) => list.map((q, i) => (i === index ? { ...q, ...patch } : q)));

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
      const created = await polls.createQuiz({
        title,
        locale,
        questions: questions.map((q) => {
          const options = q.options
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean)
            .map((o) => ({ label: o.replace(/^\*\s*/, ''), correct: o.startsWith('*') }));
          return {
            label: q.label,
            kind: options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single',
            options,
            ...(q.explanation ? { explanation: q.explanation } : {}),
          };
        }),
      });
      const to = targetOf(target);
      if (to) await polls.sendQuiz(created.id, to);
      go(`#/polls/quiz/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setError(describeError(e as Error, t));
      fields.take(e);
      setBusy(false);
    }
  }

  return (
    <form className={styles.stack} onSubmit={create} aria-label={pt('polls.new_quiz')}>
      <Title2 as="h1">{pt('polls.new_quiz')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <Field label={pt('survey.field.title')} required {...fields.on('title')}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} maxLength={200} />
      </Field>
      {questions.map((q, i) => (
        <fieldset key={q.key} className={styles.stack}>
          <legend>{`${i + 1}.`}</legend>
          <Field label={pt('polls.field.question')} required {...fields.on(['questions', i, 'label'])}>
            <Input value={q.label} onChange={(_, d) => change(i, { label: d.value })} maxLength={300} />
          </Field>
          <Field label={pt('quiz.field.options')} required {...fields.within(['questions', i, 'options'])}>
            <Textarea value={q.options} onChange={(_, d) => change(i, { options: d.value })} rows={4} />
          </Field>
          <Field label={pt('quiz.field.explanation')}>
            <Input value={q.explanation} onChange={(_, d) => change(i, { explanation: d.value })} />
          </Field>
          {questions.length > 1 && (
            <Button onClick={() => setQuestions((list) => list.filter((_, j) => j !== i))}>
              {pt('survey.remove_question')}
            </Button>
          )}
        </fieldset>
      ))}
      <div className={styles.row}>
        <Button onClick={() => setQuestions((list) => [...list, newQuestion()])}>
          {pt('survey.add_question')}
        </Button>
      </div>
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
