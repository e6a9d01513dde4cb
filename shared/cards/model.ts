/**
 * The neutral card model: what a feature wants to show, with no platform in it. Each chat
 * adapter owns one pure renderer from this model (Adaptive Cards 1.5 for Teams, Block Kit for
 * Slack). Every string here may hold user text: renderers escape it for their format and enforce
 * their platform's limits.
 */

/** A button that routes back to the core action dispatcher. */
export interface SubmitButton {
  kind: 'submit';
  /** dispatcher action id, e.g. `poll.vote`, `tour.next`, `help.topic` */
  action: string;
  label: string;
  /** small JSON payload handed back to the action handler (keep it under 1 kB) */
  payload?: Record<string, string | number | boolean>;
  style?: 'primary' | 'danger';
  /**
   * the handler answers with a dialog (ActionResult.dialog): Teams must then render the button as
   * a task-module opener (`task/fetch`) rather than Action.Execute; Slack opens a modal either way
   */
  opensDialog?: boolean;
}

/** A button that opens a URL. */
export interface LinkButton {
  kind: 'link';
  label: string;
  url: string;
}

export type CardButton = SubmitButton | LinkButton;

export interface ChoiceOption {
  id: string;
  label: string;
  /** votes so far, when results are visible */
  count?: number;
  /** the viewer's own choice */
  selected?: boolean;
}

export type CardInput =
  | {
      kind: 'text';
      id: string;
      label: string;
      placeholder?: string;
      multiline?: boolean;
      required?: boolean;
      value?: string;
      maxLength?: number;
      /** shown when a required field is left empty (defaults to the label) */
      errorMessage?: string;
    }
  | {
      kind: 'choice';
      id: string;
      label: string;
      options: { id: string; label: string }[];
      multiple?: boolean;
      required?: boolean;
      value?: string[];
      /** shown when a required field is left empty (defaults to the label) */
      errorMessage?: string;
    };

export type CardBlock =
  | { type: 'heading'; text: string }
  /** body text in the markdown subset: **bold**, _italic_, [label](https://url), `- ` lists, line breaks */
  | { type: 'text'; text: string; subtle?: boolean }
  | { type: 'image'; url: string; alt: string }
  | { type: 'facts'; facts: { label: string; value: string }[] }
  /** a choice list with counts (poll results); `total` lets renderers draw proportions */
  | { type: 'choices'; options: ChoiceOption[]; total?: number }
  /** "step 3 of 7" */
  | { type: 'progress'; label: string; value: number; max: number }
  | { type: 'buttons'; buttons: CardButton[] }
  | { type: 'inputs'; inputs: CardInput[]; submit: SubmitButton }
  /** small print under the content: author, date, "anonymous poll" */
  | { type: 'context'; text: string }
  | { type: 'divider' };

export interface Card {
  /** plain-text summary for notifications, screen readers and clients that cannot render cards */
  summary: string;
  blocks: CardBlock[];
  /**
   * a shared card whose content depends on who looks at it (a poll: one's own vote, results after
   * voting): clients that can ask per viewer (Teams Universal Actions `refresh`) call this action
   * for each viewer and show them the handler's card; others ignore it. `userIds`: platform user
   * ids to refresh for (Teams takes at most 60); omitted: everyone, in conversations of up to 60.
   */
  refresh?: { action: string; payload?: SubmitButton['payload']; userIds?: string[] };
}

/** Helpers that keep feature views short and readable. */
export const card = (summary: string, ...blocks: (CardBlock | false | undefined | null)[]): Card => ({
  summary,
  blocks: blocks.filter((b): b is CardBlock => Boolean(b)),
});

export const submit = (
  action: string,
  label: string,
  payload?: SubmitButton['payload'],
  style?: SubmitButton['style'],
): SubmitButton => ({ kind: 'submit', action, label, payload, style });

export const link = (label: string, url: string): LinkButton => ({ kind: 'link', label, url });
