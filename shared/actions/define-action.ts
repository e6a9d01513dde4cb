/**
 * A card action declared once: its id and the schema of its payload. The declaration builds the
 * buttons (the compiler checks their payload against the schema) and, bound to a handler, the
 * entry a capability hands to the dispatcher, which checks every click's payload against the same
 * schema before the handler runs: handlers receive typed values, and a forged or stale button
 * gets a clear refusal. Declarations stay free of handlers so card views can import them without
 * importing the service that handles the click.
 */
import { z } from 'zod';
import type { SubmitButton } from '../cards/model.js';
import type { ActionRequest, ActionResult } from './dispatcher.js';

type ButtonPayload = NonNullable<SubmitButton['payload']>;

/** What the dispatcher registers: an id, a payload schema and the handler of valid payloads. */
export interface ActionDefinition<Payload = unknown> {
  id: string;
  payload: z.ZodType<Payload>;
  handle(payload: Payload, request: ActionRequest): Promise<ActionResult>;
  /**
   * the action that answers a platform's redelivery of an already handled click (`poll.view` for
   * `poll.vote`), so the redelivery is answered like a first delivery yet acts once
   */
  repeatsAs?: string;
}

/** Any action's entry, whatever its payload: what a capability hands to the dispatcher. */
// biome-ignore lint/suspicious/noExplicitAny: a list of actions mixes payload types
export type AnyAction = ActionDefinition<any>;

export interface DeclaredAction<Payload extends ButtonPayload> {
  id: string;
  payload: z.ZodType<Payload>;
  /** a button that runs this action with `payload` */
  button(label: string, payload: Payload, style?: SubmitButton['style']): SubmitButton;
  /** the dispatcher entry: this action handled by `handle` */
  handledBy(
    handle: ActionDefinition<Payload>['handle'],
    options?: { repeatsAs?: string },
  ): ActionDefinition<Payload>;
}

/** Payloads with nothing in them: `{}` (older buttons sent nothing at all, read as `{}` too). */
export const noPayload = z.object({});

/** An id a button carries: a non-empty string of bounded length. */
export const idField = z.string().min(1).max(100);

export function defineAction<Payload extends ButtonPayload>(declaration: {
  id: string;
  payload: z.ZodType<Payload>;
}): DeclaredAction<Payload> {
  return {
    ...declaration,
    button: (label, payload, style) => ({
      kind: 'submit',
      action: declaration.id,
      label,
      payload,
      ...(style !== undefined && { style }),
    }),
    handledBy: (handle, options) => ({ ...declaration, handle, ...options }),
  };
}
