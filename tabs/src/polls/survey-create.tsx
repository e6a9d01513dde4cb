/**
 * The survey form: the satisfaction template (in French or English) or an editor of questions
 * (six kinds, required or not, options one per line); sent on creation when a target is chosen.
 */
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
import type { PollsApi, SurveyLocale } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { type PollsKey, usePollsText } from './polls-text.js';
import { SurveyPreview } from './survey-preview.js';
import { emptyTarget, TargetFields, targetOf, useTargetConfirmation } from './target-fields.js';

const kinds = ['single', 'multiple', 'rating', 'score', 'yes_no', 'text'] as const;
type Kind = (typeof kinds)[number];

interface Draft {
  /** stable React key */
  key: number;
  kind: Kind;
  label: string;
  required: boolean;
  options: string;
}

let nextKey = 0;
const newQuestion = (): Draft => ({
  key: nextKey++,
  kind: 'single',
  label: '',
  required: false,
  options: '',
});

export function SurveyCreatePage({ polls, go }: { polls: PollsApi; go(hash: string): void }) {
  const { pt, locale } = usePollsText();
  const styles = usePageStyles();
  const [source, setSource] = useState<'questions' | 'satisfaction'>('questions');
  const [language, setLanguage] = useState<SurveyLocale>(locale);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);
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
      const body =
        source === 'satisfaction'
          ? { template: 'satisfaction' as const, locale: language, anonymous }
          : {
              title,
              locale: language,
              anonymous,
              ...(description ? { description } : {}),
              questions: questions.map((q) => ({
                kind: q.kind,
                label: q.label,
                required: q.required,
                ...(q.kind === 'single' || q.kind === 'multiple'
                  ? {
                      options: q.options
                        .split('\n')
                        .map((o) => o.trim())
                        .filter(Boolean),
                    }
                  : {}),
              })),
            };
      const created = await polls.createSurvey(body);
      const to = targetOf(target);
      if (to) await polls.sendSurvey(created.id, to);
      go(`#/polls/survey/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setError(describeError(e as Error, t));
      fields.take(e);
      setBusy(false);
    }
  }

  return (
    <form className={styles.stack} onSubmit={create} aria-label={pt('polls.new_survey')}>
      <Title2 as="h1">{pt('polls.new_survey')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <Field label={pt('survey.field.source')}>
        <Select value={source} onChange={(_, d) => setSource(d.value as typeof source)}>
          <option value="questions">{pt('survey.source.questions')}</option>
          <option value="satisfaction">{pt('survey.source.satisfaction')}</option>
        </Select>
      </Field>
      <Field label={pt('survey.field.locale')}>
        <Select value={language} onChange={(_, d) => setLanguage(d.value as SurveyLocale)}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Checkbox
        label={pt('polls.field.anonymous')}
        checked={anonymous}
        onChange={(_, d) => setAnonymous(Boolean(d.checked))}
      />
      {source === 'questions' && (
        <>
          <Field label={pt('survey.field.title')} required {...fields.on('title')}>
            <Input value={title} onChange={(_, d) => setTitle(d.value)} maxLength={200} />
          </Field>
          <Field label={pt('survey.field.description')}>
            <Textarea value={description} onChange={(_, d) => setDescription(d.value)} />
          </Field>
          {questions.map((q, i) => (
            <fieldset key={q.key} className={styles.stack}>
              <legend>{`${i + 1}.`}</legend>
              <Field label={pt('polls.field.question')} required {...fields.on(['questions', i, 'label'])}>
                <Input value={q.label} onChange={(_, d) => change(i, { label: d.value })} maxLength={300} />
              </Field>
              <Field label={pt('survey.field.kind')}>
                <Select value={q.kind} onChange={(_, d) => change(i, { kind: d.value as Kind })}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {pt(`survey.kind.${k}` as PollsKey)}
                    </option>
                  ))}
                </Select>
              </Field>
              {(q.kind === 'single' || q.kind === 'multiple') && (
                <Field
                  label={pt('polls.field.options')}
                  required
                  {...fields.within(['questions', i, 'options'])}
                >
                  <Textarea value={q.options} onChange={(_, d) => change(i, { options: d.value })} rows={4} />
                </Field>
              )}
              <div className={styles.row}>
                <Checkbox
                  label={pt('survey.field.required')}
                  checked={q.required}
                  onChange={(_, d) => change(i, { required: Boolean(d.checked) })}
                />
                {questions.length > 1 && (
                  <Button onClick={() => setQuestions((list) => list.filter((_, j) => j !== i))}>
                    {pt('survey.remove_question')}
                  </Button>
                )}
              </div>
            </fieldset>
          ))}
          <div className={styles.row}>
            <Button onClick={() => setQuestions((list) => [...list, newQuestion()])}>
              {pt('survey.add_question')}
            </Button>
          </div>
          <SurveyPreview
            title={title}
            description={description}
            questions={questions.map((q) => ({
              kind: q.kind,
              label: q.label,
              required: q.required,
              options: q.options
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean),
            }))}
          />
        </>
      )}
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
