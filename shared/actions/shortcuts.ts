/**
 * Shortcuts: the entries a chat platform lists outside any card, which open a dialog. A Slack
 * global or message shortcut (`callback_id`) and a Teams action message extension (`commandId`)
 * both carry a shortcut id (`poll.create`, `news.share`); features register which dispatcher
 * action answers it. That action returns `{ dialog }`; for a message shortcut its payload holds
 * the message the person started from (`sourceText`, `sourceAuthor`).
 */
import { isActionId } from '../cards/payload.js';
import { AppError } from '../errors/errors.js';
import type { ActionDispatcher, ActionRequest, ActionResult } from './dispatcher.js';

/** `global`: from the composer / shortcuts menu; `message`: from a message's "more actions" menu. */
export type ShortcutContext = 'global' | 'message';

export interface Shortcut {
  /** Slack callback_id and Teams message extension commandId, e.g. `poll.create`, `news.share` */
  id: 'news.share' | 'poll.create' | (string & {});
  /** dispatcher action that answers with `{ dialog }` */
  action: string;
  context: ShortcutContext;
}

/** What a message shortcut knows of the message it was started from (plain text, untrusted). */
export interface ShortcutSource {
  sourceText?: string;
  sourceAuthor?: string;
}

/** Everything of an ActionRequest but the action and payload, which the shortcut supplies. */
export type ShortcutRequest = Omit<ActionRequest, 'action' | 'payload' | 'inputs'>;

/** Longest source text handed to a handler: a chat message, not a document. */
export const maxSourceTextLength = 10_000;

export class ShortcutRegistry {
  private readonly shortcuts = new Map<string, Shortcut>();

  constructor(private readonly dispatcher: ActionDispatcher) {}

  /** One registration per id, like actions: two features claiming one shortcut is a wiring bug. */
  register(shortcut: Shortcut): void {
    if (!isActionId(shortcut.id)) throw new Error(`invalid shortcut id ${shortcut.id}`);
    if (!isActionId(shortcut.action)) throw new Error(`invalid shortcut action ${shortcut.action}`);
    if (this.shortcuts.has(shortcut.id)) throw new Error(`shortcut ${shortcut.id} registered twice`);
    this.shortcuts.set(shortcut.id, { ...shortcut });
  }

  get(id: string): Shortcut | undefined {
    return this.shortcuts.get(id);
  }

  list(): Shortcut[] {
    return [...this.shortcuts.values()];
  }

  /**
   * Runs a shortcut's action for the person who invoked it. Unknown ids are `unknown_action`
   * (an old manifest, or a feature that is not deployed). The source is passed to message
   * shortcuts only, cut to a sane length.
   */
  async open(id: string, request: ShortcutRequest, source: ShortcutSource = {}): Promise<ActionResult> {
    const shortcut = this.shortcuts.get(id);
    if (!shortcut) throw new AppError('unknown_action', `unknown shortcut ${id.slice(0, 100)}`);
    const payload: Record<string, unknown> = {};
    if (shortcut.context === 'message') {
      if (source.sourceText !== undefined)
        payload.sourceText = source.sourceText.slice(0, maxSourceTextLength);
      if (source.sourceAuthor !== undefined) payload.sourceAuthor = source.sourceAuthor.slice(0, 300);
    }
    return this.dispatcher.dispatch({ ...request, action: shortcut.action, payload });
  }
}
