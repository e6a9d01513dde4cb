/**
 * One step of a tour in the editor: schedule in the author's words (with a live "this step
 * arrives on …" hint computed by the server's calendar), the step it waits for (chosen by its
 * title; keys stay internal), French and/or English content (one language is enough), task,
 * tutorials, and the card preview with "send me a test".
 */
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { pause, useLoad } from '../api/use-load.js';
import { useFormFieldErrors } from '../components/field-errors.js';
import { StepPreview } from './step-preview.js';
import type { TourLocale, TourStep, ToursApi, Tutorial } from './tours-api.js';
import { useToursText } from './tours-text.js';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const HINT_DELAY_MS = 400;

/** The server's answer for a schedule, shown under the field; nothing when the server has no preview. */
function useScheduleHint(api: ToursApi, schedule: string): { date?: string; problem?: string } {
  const { tt, locale } = useToursText();
  const preview = useLoad(
    async (signal) => {
      await pause(HINT_DELAY_MS, signal);
      return api.previewSchedule(schedule, undefined, signal);
    },
    [schedule],
  );
  const answer = preview.data;
  const error = preview.error as { status?: number; message?: string } | undefined;
  // 400: the schedule is not understood; anything else: no preview on this server
  if (error) {
    return error.status === 400
      ? { problem: tt('tours.step.arrives_unknown', { message: error.message ?? '' }) }
      : {};
  }
  if (!answer) return {};
  const zone = answer.timeZone;
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  }).format(new Date(answer.dueAt));
  const start = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${answer.startDate}T00:00:00Z`));
  return { date: tt('tours.step.arrives', { date, start, zone }) };
}

/** A step's name for the author: its title in their language, else the other, else "Step n". */
export function stepName(
  step: TourStep,
  n: number,
  locale: TourLocale,
  tt: ReturnType<typeof useToursText>['tt'],
) {
  const other: TourLocale = locale === 'fr' ? 'en' : 'fr';
  const title = step.content[locale]?.title.trim() || step.content[other]?.title.trim();
  return title ? tt('tours.step.named', { n, title }) : tt('tours.step', { n });
}

const blank = { title: '', text: '', links: [] };

export function StepEditor(props: {
  api: ToursApi;
  step: TourStep;
  index: number;
  /** every step of the tour: the earlier ones are what this one may wait for */
  steps: TourStep[];
  tutorials: Tutorial[];
  onChange(step: TourStep): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { api, step, index, steps, tutorials, onChange } = props;
  const count = steps.length;
  const { tt, locale } = useToursText();
  const styles = useStyles();
  const hint = useScheduleHint(api, step.schedule);
  const fields = useFormFieldErrors();
  const at = (...path: (string | number)[]) => fields.on(['steps', index, ...path]);
  const n = index + 1;
  const earlier = steps.slice(0, index);
  const [previewing, setPreviewing] = useState(false);

  const setContent = (lang: TourLocale, field: 'title' | 'text', value: string) =>
    onChange({
      ...step,
      content: { ...step.content, [lang]: { ...blank, ...step.content[lang], [field]: value } },
    });
  const setTask = (lang: TourLocale, value: string) => {
    const label = { ...step.task?.label, [lang]: value };
    onChange({
      ...step,
      task:
        label.fr || label.en
          ? { remindEveryWorkingDays: 2, maxReminders: 3, ...step.task, label }
          : undefined,
    });
  };

  return (
    <Card className={styles.card} data-testid={`step-${n}`}>
      <CardHeader
        header={<Subtitle2 as="h3">{stepName(step, n, locale, tt)}</Subtitle2>}
        action={
          <div className={styles.actions}>
            <Button size="small" disabled={index === 0} onClick={() => props.onMove(-1)}>
              {tt('tours.step.up')}
            </Button>
            <Button size="small" disabled={index === count - 1} onClick={() => props.onMove(1)}>
              {tt('tours.step.down')}
            </Button>
            <Button size="small" disabled={count === 1} onClick={props.onRemove}>
              {tt('tours.step.remove')}
            </Button>
          </div>
        }
      />
      <div className={styles.grid}>
        <Field
          label={tt('tours.step.schedule')}
          hint={hint.date ?? tt('tours.step.schedule_help')}
          validationMessage={hint.problem}
          {...at('schedule')}
        >
          <Input
            value={step.schedule}
            onChange={(_, d) => onChange({ ...step, schedule: d.value })}
            data-testid="step-schedule"
          />
        </Field>
        <Field label={tt('tours.step.only_after')} {...at('onlyAfter')}>
          <Select
            value={step.onlyAfter ?? ''}
            onChange={(_, d) => onChange({ ...step, onlyAfter: d.value || undefined })}
            data-testid="step-only-after"
          >
            <option value="">{tt('tours.step.only_after_none')}</option>
            {earlier.map((s, i) => (
              <option key={s.key} value={s.key}>
                {stepName(s, i + 1, locale, tt)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1>{tt('tours.step.one_language')}</Caption1>
      <div className={styles.grid}>
        {(['fr', 'en'] as const).map((lang) => (
          <div key={lang} className={styles.column} lang={lang}>
            <Field
              label={tt(lang === 'fr' ? 'tours.step.title_fr' : 'tours.step.title_en')}
              {...at('content', lang, 'title')}
            >
              <Input
                value={step.content[lang]?.title ?? ''}
                onChange={(_, d) => setContent(lang, 'title', d.value)}
                data-testid={`step-title-${lang}`}
              />
            </Field>
            <Field
              label={tt(lang === 'fr' ? 'tours.step.text_fr' : 'tours.step.text_en')}
              {...at('content', lang, 'text')}
            >
              <Textarea
                value={step.content[lang]?.text ?? ''}
                resize="vertical"
                onChange={(_, d) => setContent(lang, 'text', d.value)}
                data-testid={`step-text-${lang}`}
              />
            </Field>
            <Field
              label={tt(lang === 'fr' ? 'tours.step.task_fr' : 'tours.step.task_en')}
              {...at('task', 'label', lang)}
            >
              <Input value={step.task?.label[lang] ?? ''} onChange={(_, d) => setTask(lang, d.value)} />
            </Field>
          </div>
        ))}
      </div>
      {tutorials.length > 0 && (
        <fieldset>
          <legend>
            <Caption1>{tt('tours.step.tutorials')}</Caption1>
          </legend>
          {tutorials.map((tutorial) => (
            <Checkbox
              key={tutorial.id}
              label={tutorial.title[locale] ?? tutorial.title.fr ?? tutorial.title.en}
              checked={step.tutorialIds.includes(tutorial.id)}
              onChange={(_, d) =>
                onChange({
                  ...step,
                  tutorialIds: d.checked
                    ? [...step.tutorialIds, tutorial.id]
                    : step.tutorialIds.filter((id) => id !== tutorial.id),
                })
              }
            />
          ))}
        </fieldset>
      )}
      <div>
        <Button
          size="small"
          aria-expanded={previewing}
          onClick={() => setPreviewing(!previewing)}
          data-testid="step-preview-toggle"
        >
          {previewing ? tt('tours.step.hide_preview') : tt('tours.step.show_preview')}
        </Button>
      </div>
      {previewing && <StepPreview api={api} step={step} index={index} total={count} />}
    </Card>
  );
}
