/**
 * One step of a tour in the editor: key, schedule (with a live "this step arrives on …" hint
 * computed by the server's calendar), condition, French and English content, task, tutorials.
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
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { pause, useLoad } from '../api/use-load.js';
import { useFormFieldErrors } from '../components/field-errors.js';
import type { TourLocale, TourStep, ToursApi, Tutorial } from './tours-api.js';
import { useToursText } from './tours-text.js';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
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

export function StepEditor(props: {
  api: ToursApi;
  step: TourStep;
  index: number;
  count: number;
  tutorials: Tutorial[];
  onChange(step: TourStep): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { api, step, index, count, tutorials, onChange } = props;
  const { tt, locale } = useToursText();
  const styles = useStyles();
  const hint = useScheduleHint(api, step.schedule);
  const fields = useFormFieldErrors();
  const at = (...path: (string | number)[]) => fields.on(['steps', index, ...path]);
  const n = index + 1;

  const setContent = (lang: TourLocale, field: 'title' | 'text', value: string) =>
    onChange({ ...step, content: { ...step.content, [lang]: { ...step.content[lang], [field]: value } } });
  const setTask = (lang: TourLocale, value: string) => {
    const label = { fr: step.task?.label.fr ?? '', en: step.task?.label.en ?? '', [lang]: value };
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
        header={<Subtitle2 as="h3">{tt('tours.step', { n })}</Subtitle2>}
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
        <Field label={tt('tours.step.key')} {...at('key')}>
          <Input
            value={step.key}
            onChange={(_, d) => onChange({ ...step, key: d.value })}
            data-testid="step-key"
          />
        </Field>
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
          <Input
            value={step.onlyAfter ?? ''}
            onChange={(_, d) => onChange({ ...step, onlyAfter: d.value.trim() || undefined })}
          />
        </Field>
      </div>
      <div className={styles.grid}>
        {(['fr', 'en'] as const).map((lang) => (
          <div key={lang} className={styles.column} lang={lang}>
            <Field
              label={tt(lang === 'fr' ? 'tours.step.title_fr' : 'tours.step.title_en')}
              required
              {...at('content', lang, 'title')}
            >
              <Input
                value={step.content[lang].title}
                onChange={(_, d) => setContent(lang, 'title', d.value)}
                data-testid={`step-title-${lang}`}
              />
            </Field>
            <Field
              label={tt(lang === 'fr' ? 'tours.step.text_fr' : 'tours.step.text_en')}
              {...at('content', lang, 'text')}
            >
              <Textarea
                value={step.content[lang].text}
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
              label={tutorial.title[locale]}
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
    </Card>
  );
}
