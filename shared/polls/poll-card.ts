/**
 * The neutral poll card: a pure function of what one viewer may see. Single choice shows one
 * vote button per option; multiple choice a choice input and a Vote button. Counts appear in a
 * `choices` block only when the viewer may see them (live, after their vote, or once closed).
 * The shared card (a channel message everyone sees) carries no personal choice and no counts
 * the poll keeps hidden.
 */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, type CardBlock, type CardButton, card } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import { pollActions } from './poll-actions.js';
import { isMultiple, isOpen, type PollView } from './poll-model.js';

/** input ids of the vote form and the add-option form */
export const choiceInputId = 'poll_choice';
export const newOptionInputId = 'poll_new_option';

export interface PollCardOptions {
  /** the card everyone in a conversation sees: no personal choice, no manage buttons */
  shared?: boolean;
}

const utcDate = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));

export function pollCard(view: PollView, t: Translator, locale: string, options: PollCardOptions = {}): Card {
  const { poll, results } = view;
  const open = isOpen(poll);
  const mine = new Set(options.shared ? [] : view.myChoices);
  const pollRef = { poll: poll.id };

  const context = [
    t(poll.anonymous ? 'poll.card.anonymous' : 'poll.card.named'),
    isMultiple(poll) ? t('poll.card.multiple', { max: poll.maxChoices }) : t('poll.card.single'),
    poll.closedAt
      ? t('poll.card.closed', { date: utcDate(poll.closedAt, locale) })
      : poll.closesAt
        ? t('poll.card.closes_at', { date: utcDate(poll.closesAt, locale) })
        : '',
    !results && open
      ? t(poll.resultVisibility === 'after_close' ? 'poll.card.after_close' : 'poll.card.after_vote')
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const choices: CardBlock | undefined =
    results || mine.size
      ? {
          type: 'choices',
          options: poll.options.map((o) => ({
            id: o.id,
            label: o.label,
            count: results ? (results.counts[o.id] ?? 0) : undefined,
            selected: mine.has(o.id) || undefined,
          })),
          total: results?.voters,
        }
      : undefined;

  const voteBlocks: CardBlock[] = [];
  if (open && isMultiple(poll)) {
    voteBlocks.push({
      type: 'inputs',
      inputs: [
        {
          kind: 'choice',
          id: choiceInputId,
          label: t('poll.card.choose'),
          options: poll.options.map((o) => ({ id: o.id, label: o.label })),
          multiple: true,
          required: true,
          value: [...mine],
          errorMessage: t('poll.error.no_choice'),
        },
      ],
      submit: pollActions.vote.button(t('poll.card.vote'), pollRef, 'primary'),
    });
  } else if (open) {
    voteBlocks.push({
      type: 'buttons',
      buttons: poll.options.map((o) =>
        pollActions.vote.button(
          o.label,
          { poll: poll.id, option: o.id },
          mine.has(o.id) ? 'primary' : undefined,
        ),
      ),
    });
  }
  if (open && poll.allowAddOptions && poll.options.length < 30) {
    voteBlocks.push({
      type: 'inputs',
      inputs: [{ kind: 'text', id: newOptionInputId, label: t('poll.card.new_option'), maxLength: 150 }],
      submit: pollActions.addOption.button(t('poll.card.add_option'), pollRef),
    });
  }

  const buttons: CardButton[] = [];
  if (options.shared) buttons.push(pollActions.view.button(t('poll.card.my_view'), pollRef));
  else if (view.canManage) {
    buttons.push(
      open
        ? pollActions.close.button(t('poll.card.close'), pollRef, 'danger')
        : pollActions.reopen.button(t('poll.card.reopen'), pollRef),
    );
  }

  return {
    // Teams asks for each viewer's own card (their vote, results once they may see them)
    refresh: { action: pollActions.view.id, payload: pollRef },
    ...card(
      poll.question,
      { type: 'heading', text: poll.question },
      choices,
      results && { type: 'context', text: t('poll.card.voters', { count: results.voters }) },
      !options.shared && mine.size > 0 && open && { type: 'text', text: t('poll.card.your_vote') },
      ...voteBlocks,
      buttons.length > 0 && { type: 'buttons', buttons },
      { type: 'context', text: escapeMarkdown(context) },
    ),
  };
}
