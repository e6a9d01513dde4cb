/**
 * The poll creation dialog (Teams dialog, Slack modal) and the reading of its answers into a
 * poll draft; a mistake keeps the dialog open with the message on the field.
 */
import { type DialogSpec, fieldError } from '../actions/dispatcher.js';
import { card } from '../cards/model.js';
import type { Locale, Translator } from '../i18n/i18n.js';
import { pollActions } from './poll-actions.js';
import {
  labelKey,
  maxAuthorOptions,
  maxOptionLength,
  maxQuestionLength,
  minOptions,
  type PollDraftInput,
  type ResultVisibility,
  resultVisibilities,
} from './poll-model.js';

export const composeInputs = {
  question: 'poll_question',
  options: 'poll_options',
  settings: 'poll_settings',
  visibility: 'poll_visibility',
  hours: 'poll_hours',
} as const;

export function composeDialog(t: Translator): DialogSpec {
  return {
    title: t('poll.dialog.title'),
    size: 'medium',
    card: card(t('poll.dialog.title'), {
      type: 'inputs',
      inputs: [
        {
          kind: 'text',
          id: composeInputs.question,
          label: t('poll.dialog.question'),
          required: true,
          maxLength: maxQuestionLength,
        },
        {
          kind: 'text',
          id: composeInputs.options,
          label: t('poll.dialog.options'),
          multiline: true,
          required: true,
          maxLength: (maxOptionLength + 1) * maxAuthorOptions,
        },
        {
          kind: 'choice',
          id: composeInputs.settings,
          label: t('poll.dialog.settings'),
          multiple: true,
          options: [
            { id: 'multiple', label: t('poll.dialog.multiple') },
            { id: 'anonymous', label: t('poll.dialog.anonymous') },
            { id: 'add_options', label: t('poll.dialog.add_options') },
          ],
        },
        {
          kind: 'choice',
          id: composeInputs.visibility,
          label: t('poll.dialog.visibility'),
          required: true,
          value: ['live'],
          options: resultVisibilities.map((v) => ({ id: v, label: t(`poll.dialog.visibility.${v}`) })),
        },
        { kind: 'text', id: composeInputs.hours, label: t('poll.dialog.hours'), maxLength: 5 },
      ],
      submit: pollActions.create.button(t('poll.dialog.submit'), {}, 'primary'),
    }),
  };
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? value.split(',') : [];

export function draftFromDialog(
  inputs: Record<string, unknown>,
  locale: Locale,
  t: Translator,
): PollDraftInput {
  const question = text(inputs[composeInputs.question]).trim();
  if (!question || question.length > maxQuestionLength) {
    throw fieldError(composeInputs.question, t('poll.dialog.question'));
  }
  const options = text(inputs[composeInputs.options])
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);
  const distinct = new Set(options.map(labelKey));
  if (
    options.length < minOptions ||
    options.length > maxAuthorOptions ||
    distinct.size !== options.length ||
    options.some((o) => o.length > maxOptionLength)
  ) {
    throw fieldError(composeInputs.options, t('poll.dialog.bad_options'));
  }
  const settings = new Set(list(inputs[composeInputs.settings]));
  if (settings.has('anonymous') && settings.has('add_options')) {
    throw fieldError(composeInputs.settings, t('poll.dialog.bad_combo'));
  }
  const visibility = list(inputs[composeInputs.visibility])[0] ?? 'live';
  const hoursText = text(inputs[composeInputs.hours]).trim().replace(',', '.');
  let closesAt: string | undefined;
  if (hoursText) {
    const hours = Number(hoursText);
    if (!Number.isFinite(hours) || hours < 1 || hours > 2160) {
      throw fieldError(composeInputs.hours, t('poll.dialog.bad_hours'));
    }
    closesAt = new Date(Date.now() + hours * 3_600_000).toISOString();
  }
  return {
    question,
    options,
    maxChoices: settings.has('multiple') ? options.length : 1,
    anonymous: settings.has('anonymous'),
    allowAddOptions: settings.has('add_options'),
    resultVisibility: (resultVisibilities as readonly string[]).includes(visibility)
      ? (visibility as ResultVisibility)
      : 'live',
    closesAt,
    locale,
  };
}
