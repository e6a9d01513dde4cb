/**
 * One tour: its settings (name, status, triggers, audience), its steps, and below them the
 * funnel and completion from the stats route. Saving replaces the tour; running journeys keep
 * their snapshot until "apply to running journeys".
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  Select,
  Spinner,
  Subtitle1,
  Textarea,
  Title2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { FieldErrorsContext, useFieldErrors } from '../components/field-errors.js';
import { useI18n } from '../i18n/i18n.js';
import { scheduleIn } from './schedule-words.js';
import { StepEditor } from './step-editor.js';
import { TourAudienceFields } from './tour-audience-fields.js';
import { TourFunnel } from './tour-funnel.js';
import {
  emptyStep,
  emptyTour,
  type TourInput,
  type TourStatus,
  type ToursApi,
  toInput,
  tourStatuses,
  triggerKinds,
  writtenStep,
} from './tours-api.js';
import { errorText, useToursStyles } from './tours-styles.js';
import { useToursText } from './tours-text.js';

/** The tour with its schedules in the author's words (the server reads both languages). */
const inWords = (tour: TourInput, locale: 'fr' | 'en'): TourInput => ({
  ...tour,
  steps: tour.steps.map((step) => ({ ...step, schedule: scheduleIn(locale, step.schedule) })),
});

export function TourEditorPage({
  api,
  tourId,
  go,
  initialNotice,
  carryNotice,
}: {
  api: ToursApi;
  tourId?: string;
  go(hash: string): void;
  /** a notice carried over from the page this one replaced (a new tour's "saved") */
  initialNotice?: string;
  /** keeps a notice for the page that replaces this one */
  carryNotice?(text: string): void;
}) {
  const { t, locale } = useI18n();
  const { tt } = useToursText();
  const styles = useToursStyles();
  const [tour, setTour] = useState<TourInput | undefined>(tourId ? undefined : emptyTour(locale));
  const tutorials = useLoad((signal) => api.tutorials(signal).catch(() => []), []).data ?? [];
  const loaded = useLoad(
    (signal) => (tourId ? api.get(tourId, signal) : Promise.resolve(undefined)),
    [tourId],
  );
  const statsLoad = useLoad(
    (signal) => (tourId ? api.stats(tourId, signal) : Promise.resolve(undefined)),
    [tourId],
  );
  const stats = statsLoad.data;
  const [failure, setError] = useState<string>();
  const problem = loaded.error ?? statsLoad.error;
  const error = failure ?? (problem && errorText(t, problem));
  const [notice, setNotice] = useState<string | undefined>(initialNotice);
  const fields = useFieldErrors();
  const [busy, setBusy] = useState(false);

  // the loaded tour seeds the form once; from then on the form is the author's
  const { data: stored } = loaded;
  useEffect(() => {
    if (!stored) return;
    setTour(inWords(toInput(stored), locale));
  }, [stored, locale]);

  if (!tour) {
    return (
      <div className={styles.page}>
        {error ? <MessageBar intent="error">{error}</MessageBar> : <Spinner label={t('app.loading_part')} />}
      </div>
    );
  }
  const change = (patch: Partial<TourInput>) => setTour({ ...tour, ...patch });

  async function save() {
    if (!tour) return;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    fields.clear();
    try {
      const input = {
        ...tour,
        // a language left empty is left out: one is enough
        steps: tour.steps.map(writtenStep),
      };
      const saved = tourId ? await api.update(tourId, input) : await api.create(input);
      setTour(inWords(toInput(saved), locale));
      const savedNotice = tt('tours.saved', { version: saved.version });
      setNotice(savedNotice);
      if (!tourId) {
        carryNotice?.(savedNotice);
        go(`#/tours/${encodeURIComponent(saved.id)}`);
      } else statsLoad.reload();
    } catch (e) {
      setError(errorText(t, e));
      fields.take(e);
    } finally {
      setBusy(false);
    }
  }

  async function applyToRunning() {
    if (!tourId) return;
    setBusy(true);
    try {
      const { journeys } = await api.applyToRunning(tourId);
      setNotice(tt('tours.applied', { count: journeys }));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const moveStep = (index: number, delta: -1 | 1) => {
    const steps = [...tour.steps];
    const [step] = steps.splice(index, 1);
    if (step) steps.splice(index + delta, 0, step);
    change({ steps });
  };

  return (
    <div className={styles.page}>
      <Link
        className={styles.back}
        href="#/tours"
        onClick={(e) => {
          e.preventDefault();
          go('#/tours');
        }}
      >
        {tt('tours.back')}
      </Link>
      <Title2 as="h1">{tourId ? tt('tours.edit.title') : tt('tours.edit.new_title')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {notice && (
        <MessageBar intent="success" data-testid="tour-notice">
          {notice}
        </MessageBar>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className={styles.grid}>
          <Field label={tt('tours.field.name')} required {...fields.on('name')}>
            <Input value={tour.name} onChange={(_, d) => change({ name: d.value })} data-testid="tour-name" />
          </Field>
          <Field label={tt('tours.field.status')}>
            <Select
              value={tour.status}
              onChange={(_, d) => change({ status: d.value as TourStatus })}
              data-testid="tour-status"
            >
              {tourStatuses.map((s) => (
                <option key={s} value={s}>
                  {tt(`tours.status.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={tt('tours.field.description')}>
          <Textarea value={tour.description} onChange={(_, d) => change({ description: d.value })} />
        </Field>
        <fieldset className={styles.section}>
          <legend>{tt('tours.field.triggers')}</legend>
          {triggerKinds.map((kind) => (
            <Checkbox
              key={kind}
              label={tt(`tours.trigger.${kind}`)}
              checked={tour.triggers.includes(kind)}
              onChange={(_, d) =>
                change({
                  triggers: d.checked ? [...tour.triggers, kind] : tour.triggers.filter((k) => k !== kind),
                })
              }
            />
          ))}
        </fieldset>
        <TourAudienceFields api={api} value={tour.audience} onChange={(audience) => change({ audience })} />
        <section className={styles.section}>
          <Subtitle1 as="h2">{tt('tours.steps')}</Subtitle1>
          <FieldErrorsContext.Provider value={fields}>
            {tour.steps.map((step, index) => (
              <StepEditor
                // steps are reordered: the index keys the editor, the content is controlled
                // biome-ignore lint/suspicious/noArrayIndexKey: keys are edited in place
                key={index}
                api={api}
                step={step}
                index={index}
                steps={tour.steps}
                tutorials={tutorials}
                onChange={(next) => change({ steps: tour.steps.map((s, i) => (i === index ? next : s)) })}
                onMove={(delta) => moveStep(index, delta)}
                onRemove={() =>
                  change({
                    // a step waiting for the removed one waits for nothing
                    steps: tour.steps
                      .filter((_, i) => i !== index)
                      .map((s) => (s.onlyAfter === step.key ? { ...s, onlyAfter: undefined } : s)),
                  })
                }
              />
            ))}
          </FieldErrorsContext.Provider>
          <Button
            onClick={() =>
              change({
                steps: [
                  ...tour.steps,
                  emptyStep(
                    tour.steps.length + 1,
                    locale,
                    tour.steps.map((s) => s.key),
                  ),
                ],
              })
            }
          >
            {tt('tours.step.add')}
          </Button>
        </section>
        <div className={`${styles.actions} ${styles.section}`}>
          <Button appearance="primary" type="submit" disabled={busy} data-testid="tour-save">
            {tt('tours.save')}
          </Button>
          {tourId && (
            <Button disabled={busy} onClick={() => void applyToRunning()}>
              {tt('tours.apply')}
            </Button>
          )}
        </div>
      </form>
      {tourId && (
        <section className={styles.section}>
          <Subtitle1 as="h2">{tt('tours.funnel')}</Subtitle1>
          {stats ? <TourFunnel stats={stats} /> : <Spinner size="tiny" label={t('app.loading_part')} />}
        </section>
      )}
    </div>
  );
}
