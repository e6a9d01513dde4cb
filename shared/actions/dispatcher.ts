/**
 * The one action dispatcher: every card button on every platform routes here by action id
 * (`poll.vote`, `tour.next`, `help.topic`...), and the handler returns the refreshed card for the
 * person who clicked. Adapters only translate the platform's click into an ActionRequest.
 */
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import type { EventLog } from '../events/event-log.js';
import type { Locale } from '../i18n/i18n.js';
import type { ConversationTarget, PlatformName, SentMessage } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';

export interface ActionRequest {
  action: string;
  payload: Record<string, unknown>;
  /** values of the card's inputs, when the button submitted a form */
  inputs?: Record<string, unknown>;
  actor: Person;
  locale: Locale;
  platform: PlatformName;
  /** the message that carries the button, when the platform tells it */
  message?: SentMessage;
  /**
   * where the click, shortcut or message extension happened (a channel, group chat or 1:1), so a
   * feature can post there itself (a poll created from a dialog is posted into this conversation)
   */
  conversation?: ConversationTarget;
}

/**
 * A form shown in a dialog: a Teams task module (message extension or `task/fetch` button) or a
 * Slack modal (`views.open`). The card's `inputs` block carries the submit action: its handler
 * receives the values in `inputs` and returns an ActionResult (a `notice`, a `card` to post or
 * show, or another `dialog` for a next page).
 */
export interface DialogSpec {
  title: string;
  card: Card;
}

export interface ActionResult {
  /** the refreshed card shown in place of the clicked one; omitted = leave it unchanged */
  card?: Card;
  /** a short confirmation or error for the clicker only */
  notice?: string;
  /** open (or, after a dialog submit, replace) a dialog for the clicker */
  dialog?: DialogSpec;
}

export type ActionHandler = (request: ActionRequest) => Promise<ActionResult>;

export class ActionDispatcher {
  private readonly handlers = new Map<string, ActionHandler>();

  constructor(private readonly events?: EventLog) {}

  register(action: string, handler: ActionHandler): void {
    if (this.handlers.has(action)) throw new Error(`action ${action} registered twice`);
    this.handlers.set(action, handler);
  }

  has(action: string): boolean {
    return this.handlers.has(action);
  }

  async dispatch(request: ActionRequest): Promise<ActionResult> {
    const handler = this.handlers.get(request.action);
    if (!handler) throw new AppError('unknown_action', `unknown action ${request.action}`);
    const result = await handler(request);
    await this.events?.track({
      type: 'card.action',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'action',
      subjectId: request.action,
    });
    return result;
  }
}
