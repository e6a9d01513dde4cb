/**
 * The neutral card of one journey step: title, a progress line ("step 3 of 7"), the author's
 * content, the task and its state, tutorial links, the resource person with a contact button,
 * and Back / Next / Skip / Done buttons whose handlers refresh the card in place.
 */
import { escapeMarkdown, markdownToPlain } from '../cards/markdown.js';
import { type Card, type CardButton, card, link } from '../cards/model.js';
import type { Locale, Translator } from '../i18n/i18n.js';
import { tourActions, tourStepActions } from './tour-actions.js';
import { contentIn, type StepProgress, type TourStep, type Tutorial, taskLabelIn } from './tour-model.js';

export interface StepCardView {
  t: Translator;
  locale: Locale;
  journeyId: string;
  step: TourStep;
  index: number;
  total: number;
  progress: StepProgress;
  /** whether the next step was already sent (Next can show it) */
  nextReached: boolean;
  /** when the next step is due, if it is not sent yet; null = waits for this one to be done */
  nextDueAt?: Date | null;
  timeZone: string;
  completed: boolean;
  tutorials: Tutorial[];
  resource?: { name: string; contactUrl?: string };
  /** a task reminder: a line on top */
  reminder?: boolean;
}

const payload = (v: StepCardView) => ({ journeyId: v.journeyId, step: v.index });

export function formatWhen(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

export function stepCard(v: StepCardView): Card {
  const { t } = v;
  const content = contentIn(v.step, v.locale);
  // a step not sent yet (the `tour` command before the first one arrives) is shown without buttons
  const open = v.progress.state === 'sent';
  const isLast = v.index === v.total - 1;
  const task = v.step.task;
  const taskLabel = task ? escapeMarkdown(taskLabelIn(task, v.locale)) : '';

  const links: CardButton[] = [
    ...content.links.map((l) => link(l.label, l.url)),
    ...v.tutorials.map((tu) =>
      link(
        tu.kind === 'video' ? t('tour.tutorial.video', { title: tu.title[v.locale] }) : tu.title[v.locale],
        tu.url,
      ),
    ),
  ];

  const nav: CardButton[] = [];
  if (v.index > 0) nav.push(tourStepActions.back.button(t('tour.back'), payload(v)));
  if (!isLast && v.nextReached) nav.push(tourStepActions.next.button(t('tour.next'), payload(v), 'primary'));
  if (open && task) nav.push(tourStepActions.task_done.button(t('tour.task.button'), payload(v), 'primary'));
  if (open && !task) {
    nav.push(
      tourStepActions.done.button(
        isLast ? t('tour.finish') : t('tour.done'),
        payload(v),
        v.nextReached ? undefined : 'primary',
      ),
    );
  }
  if (open) nav.push(tourStepActions.skip.button(t('tour.skip'), payload(v)));

  const stateLine =
    v.progress.state === 'done'
      ? task
        ? t('tour.task.done', { label: taskLabel })
        : t('tour.state.done')
      : v.progress.state === 'skipped'
        ? t('tour.state.skipped')
        : undefined;
  const upcoming =
    !isLast &&
    !v.nextReached &&
    (v.progress.state === 'done' || v.progress.state === 'skipped') &&
    !v.completed
      ? v.nextDueAt
        ? t('tour.upcoming', { when: formatWhen(v.nextDueAt, v.locale, v.timeZone) })
        : t('tour.upcoming.later')
      : undefined;

  const resourceButtons: CardButton[] = v.resource?.contactUrl
    ? [link(t('tour.contact', { name: v.resource.name }), v.resource.contactUrl)]
    : v.resource
      ? [tourActions.contact.button(t('tour.contact', { name: v.resource.name }), payload(v))]
      : [];

  return card(
    markdownToPlain(content.title),
    v.reminder && { type: 'text', text: t('tour.reminder') },
    { type: 'heading', text: content.title },
    {
      type: 'progress',
      label: t('tour.progress', { n: v.index + 1, total: v.total }),
      value: v.index + 1,
      max: v.total,
    },
    content.imageUrl !== undefined && {
      type: 'image',
      url: content.imageUrl,
      alt: content.imageAlt ?? content.title,
    },
    content.text !== '' && { type: 'text', text: content.text },
    task && open && { type: 'text', text: t('tour.task', { label: taskLabel }) },
    stateLine ? { type: 'context', text: stateLine } : undefined,
    links.length > 0 && { type: 'buttons', buttons: links },
    v.resource && { type: 'divider' },
    v.resource && { type: 'context', text: t('tour.resource', { name: escapeMarkdown(v.resource.name) }) },
    resourceButtons.length > 0 && { type: 'buttons', buttons: resourceButtons },
    v.completed && { type: 'text', text: t('tour.completed') },
    upcoming ? { type: 'context', text: upcoming } : undefined,
    nav.length > 0 && { type: 'buttons', buttons: nav },
  );
}

/** "No tour" answer to the `tour` command. */
export const noTourCard = (t: Translator): Card =>
  card(
    t('tour.none.title'),
    { type: 'heading', text: t('tour.none.title') },
    { type: 'text', text: t('tour.none.body') },
  );
