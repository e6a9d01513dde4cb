/**
 * The one action dispatcher: every card button on every platform routes here by action id
 * (`poll.vote`, `tour.next`, `help.topic`...), and the handler returns the refreshed card for the
 * person who clicked. Adapters only translate the platform's click into an ActionRequest.
 */
import type { AccessGates } from '../access/access-gates.js';
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import type { EventLog } from '../events/event-log.js';
import { say } from '../http/error-handler.js';
import type { Locale } from '../i18n/i18n.js';
import type { ConversationTarget, PlatformName, SentMessage } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type { ActionDefinition } from './define-action.js';

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
  /** how much room the form needs (Teams dialog size; Slack modals have one size); default medium */
  size?: 'small' | 'medium' | 'large';
}

/**
 * Details of a `validation_failed` AppError thrown by a dialog's submit handler: the message per
 * input id, shown next to the field (Slack `response_action: 'errors'`), or above the form (Teams).
 */
export interface FieldErrors {
  fields: Record<string, string>;
}

/** Throw this from a submit handler to keep the dialog open with the message on the field. */
export const fieldError = (inputId: string, message: string) =>
  new AppError('validation_failed', message, { fields: { [inputId]: message } } satisfies FieldErrors);

/** The per-field messages of a validation error, when it has any. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  if (!(error instanceof AppError) || error.code !== 'validation_failed') return undefined;
  const fields = (error.details as Partial<FieldErrors> | undefined)?.fields;
  if (typeof fields !== 'object' || fields === null) return undefined;
  const out: Record<string, string> = {};
  for (const [id, message] of Object.entries(fields)) if (typeof message === 'string') out[id] = message;
  return Object.keys(out).length ? out : undefined;
}

export interface ActionResult {
  /** the refreshed card shown in place of the clicked one; omitted = leave it unchanged */
  card?: Card;
  /** a short confirmation or error for the clicker only */
  notice?: string;
  /** open (or, after a dialog submit, replace) a dialog for the clicker */
  dialog?: DialogSpec;
  /**
   * `card` is the clicker's own view (their vote, results only they may see yet): on a message
   * others see too, show it to the clicker alone (Slack: an ephemeral message) rather than
   * replacing the message for everyone. Teams answers Action.Execute per clicker anyway.
   */
  personal?: boolean;
  /** do not record who acted (a vote in an anonymous poll): the click is logged without its person */
  anonymous?: boolean;
}

export type ActionHandler = (request: ActionRequest) => Promise<ActionResult>;

/** Told of every click once its handler succeeded (after the click's own answer is ready). */
export type ActionObserver = (request: ActionRequest, result: ActionResult) => Promise<void>;

export class ActionDispatcher {
  private readonly handlers = new Map<string, ActionHandler>();
  private readonly repeats = new Map<string, string>();
  private readonly observers: ActionObserver[] = [];

  constructor(
    private readonly events?: EventLog,
    private readonly access?: AccessGates,
  ) {}

  register(action: string, handler: ActionHandler): void {
    if (this.handlers.has(action)) throw new Error(`action ${action} registered twice`);
    this.handlers.set(action, handler);
  }

  /**
   * Registers a declared action: its payload is checked against its schema before the handler
   * runs, and a payload that does not fit (a forged or stale button) is refused as a button that is
   * no longer available, in the clicker's language.
   */
  define<Payload>(definition: ActionDefinition<Payload>): void {
    this.register(definition.id, async (request) => {
      const parsed = definition.payload.safeParse(request.payload ?? {});
      if (!parsed.success) {
        throw new AppError('bad_request', `${definition.id}: payload does not fit`, {
          issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.code}`),
        });
      }
      return definition.handle(parsed.data, request);
    });
    if (definition.repeatsAs) this.repeats.set(definition.id, definition.repeatsAs);
  }

  /** an observer of every successful click (a capability's `onAction`) */
  observe(observer: ActionObserver): void {
    this.observers.push(observer);
  }

  has(action: string): boolean {
    return this.handlers.has(action);
  }

  /**
   * Names the action that shows the clicker the current state without changing it (`poll.view`
   * for `poll.vote`): what a platform's redelivery of an already handled click of one of
   * `actions` answers with, so the redelivery is answered like a first delivery, yet acts once.
   */
  answerRepeatsWith(actions: readonly string[], view: string): void {
    for (const action of actions) this.repeats.set(action, view);
  }

  /** the action that answers a redelivered `action`, if it has one (see answerRepeatsWith) */
  repeatOf(action: string): string | undefined {
    return this.repeats.get(action);
  }

  async dispatch(request: ActionRequest): Promise<ActionResult> {
    const handler = this.handlers.get(request.action);
    if (!handler) throw new AppError('unknown_action', `unknown action ${request.action}`);
    // a held person (charter pending) gets what the gate shows instead, whatever the button was
    const hold = await this.access?.hold(request.actor, { kind: 'action', action: request.action });
    if (hold) {
      return {
        notice: say(request.locale, hold.text),
        ...(hold.card ? { card: await hold.card(request.locale) } : {}),
        personal: true,
      };
    }
    const result = await handler(request);
    // the click's event and the observers do not depend on each other: side by side, so the
    // answer waits for one turn of the loop (the event log writes on the next), not one each
    await Promise.all([
      this.events?.track({
        type: 'card.action',
        personId: result.anonymous ? null : request.actor.id,
        platform: request.platform,
        subjectType: 'action',
        subjectId: request.action,
      }),
      // an observer records insight: its failure must not fail the click it watched
      ...this.observers.map((observer) => observer(request, result).catch(() => undefined)),
    ]);
    return result;
  }
}
