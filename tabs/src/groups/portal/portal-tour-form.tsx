/**
 * The group's tour in the portal's editor: its steps (when, title, text), written in the editor's
 * language, the other language of a step kept as it was; saving creates or replaces the tour, and
 * "End the tour" stops new guests from starting it (running journeys finish).
 */
import { Body1, Button, Field, Input, Text, Textarea, Title3 } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { useToursStyles } from '../../tours/tours-styles.js';
import type { PortalApi, PortalView, TourSteps } from './portal-api.js';
import { usePortalText } from './portal-text.js';

type Step = TourSteps[number];

export function PortalTourForm({
  api,
  groupId,
  view,
  run,
  boxClass,
}: {
  api: PortalApi;
  groupId: string;
  view: PortalView;
  /** the editor's way to call the server: clears and shows the outcome, reloads on success */
  run(call: () => Promise<unknown>): Promise<void>;
  boxClass: string;
}) {
  const { pt, locale } = usePortalText();
  const layout = useToursStyles();
  const [steps, setSteps] = useState<Step[]>((view.content?.tourSteps ?? []) as Step[]);
  const saveTour = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api.setTour(groupId, locale, steps));
  };
  const setStep = (index: number, change: (s: Step) => Step) =>
    setSteps((all) => all.map((s, i) => (i === index ? change(s) : s)));
  const stepContent = (step: Step) => step.content[locale] ?? { title: '', text: '' };

  return (
    <form onSubmit={saveTour} className={layout.column} aria-label={pt('portal.tour')}>
      <Title3 as="h2">{pt('portal.tour')}</Title3>
      <Body1>{pt('portal.tour.about')}</Body1>
      <Body1>
        {view.tour ? pt('portal.tour.running', { steps: view.tour.steps }) : pt('portal.tour.none')}
      </Body1>
      {steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps are edited in place; their key is written below
        <fieldset key={index} className={boxClass}>
          <legend>
            <Text weight="semibold">{pt('portal.step', { n: index + 1 })}</Text>
          </legend>
          <Field label={pt('portal.step.schedule')}>
            <Input
              value={step.schedule}
              maxLength={60}
              onChange={(_, d) => setStep(index, (s) => ({ ...s, schedule: d.value }))}
            />
          </Field>
          <Field label={pt('portal.step.title')}>
            <Input
              value={stepContent(step).title}
              maxLength={200}
              onChange={(_, d) =>
                setStep(index, (s) => ({
                  ...s,
                  content: { ...s.content, [locale]: { ...stepContent(s), title: d.value } },
                }))
              }
            />
          </Field>
          <Field label={pt('portal.step.text')}>
            <Textarea
              value={stepContent(step).text ?? ''}
              maxLength={4000}
              onChange={(_, d) =>
                setStep(index, (s) => ({
                  ...s,
                  content: { ...s.content, [locale]: { ...stepContent(s), text: d.value } },
                }))
              }
            />
          </Field>
          <div className={layout.actions}>
            <Button size="small" onClick={() => setSteps((all) => all.filter((_, i) => i !== index))}>
              {pt('portal.step.remove', { n: index + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className={layout.actions}>
        <Button
          onClick={() =>
            setSteps((all) => [
              ...all,
              {
                key: `step-${Date.now().toString(36)}`,
                schedule:
                  all.length === 0
                    ? locale === 'fr'
                      ? 'premier contact'
                      : 'first contact'
                    : `day ${all.length + 1}`,
                content: { [locale]: { title: '', text: '' } },
              },
            ])
          }
        >
          {pt('portal.step.add')}
        </Button>
        <Button type="submit" appearance="primary" disabled={steps.length === 0}>
          {pt('portal.tour.save')}
        </Button>
        {view.tour && (
          <Button onClick={() => void run(() => api.endTour(groupId, locale))}>
            {pt('portal.tour.end')}
          </Button>
        )}
      </div>
    </form>
  );
}
