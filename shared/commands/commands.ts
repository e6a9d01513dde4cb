/**
 * Chat commands: the same words in Teams (a message to the bot) and Slack (`/relais <word>`), in
 * French and English. Adapters hand over the text; the core answers with a card, or with a
 * dialog (a form) that surfaces able to open one show at once (Slack slash command → modal) and
 * others reach through an "Open" button (Teams message → task module).
 */
import type { AccessGates } from '../access/access-gates.js';
import type { DialogSpec } from '../actions/dispatcher.js';
import { escapeMarkdown, markdownToPlain } from '../cards/markdown.js';
import { type Card, card } from '../cards/model.js';
import type { EventLog } from '../events/event-log.js';
import { helpCard } from '../help/help-card.js';
import { say } from '../http/error-handler.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { ConversationTarget, PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';

export const commandNames = [
  'help',
  'news',
  'poll',
  'tour',
  'survey',
  'quiz',
  'groups',
  'dashboard',
  'ambassadors',
] as const;
export type CommandName = (typeof commandNames)[number];

/** French words (with and without accents) and English words for each command. */
const aliases: Record<string, CommandName> = {
  help: 'help',
  aide: 'help',
  '?': 'help',
  bonjour: 'help',
  hello: 'help',
  hi: 'help',
  salut: 'help',
  news: 'news',
  actus: 'news',
  actu: 'news',
  actualites: 'news',
  actualités: 'news',
  poll: 'poll',
  sondage: 'poll',
  tour: 'tour',
  parcours: 'tour',
  accueil: 'tour',
  survey: 'survey',
  enquete: 'survey',
  enquête: 'survey',
  quiz: 'quiz',
  groups: 'groups',
  groupes: 'groups',
  group: 'groups',
  groupe: 'groups',
  dashboard: 'dashboard',
  tableau: 'dashboard',
  'tableau-de-bord': 'dashboard',
  ambassadors: 'ambassadors',
  ambassadeurs: 'ambassadors',
  ambassador: 'ambassadors',
  ambassadeur: 'ambassadors',
};

export interface ParsedCommand {
  name: CommandName | undefined;
  word: string;
  args: string;
}

export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.trim().replace(/^\/?relais\s*/i, '');
  const [word = '', ...rest] = trimmed.split(/\s+/);
  const key = word.toLowerCase().replace(/[.!]+$/, '');
  return { name: key === '' ? 'help' : aliases[key], word, args: rest.join(' ') };
}

export interface CommandRequest {
  text: string;
  actor: Person;
  locale: Locale;
  platform: PlatformName;
  /** where the command was typed (channel, group chat or 1:1), when the adapter knows it */
  conversation?: ConversationTarget;
}

/**
 * What a command answers besides a bare card: a dialog to open (a form), and optionally the card
 * to show where no dialog can open. With a dialog and no card, `run` builds a card with one
 * button that opens the dialog (action `command.dialog`).
 */
export interface CommandResult {
  card?: Card;
  dialog?: DialogSpec;
}

export type CommandHandler = (
  request: CommandRequest,
  parsed: ParsedCommand,
) => Promise<Card | CommandResult>;

/** Dispatcher action of the "Open" button: re-runs the command (payload `text`) and returns its dialog. */
export const commandDialogAction = 'command.dialog';

const isCard = (value: Card | CommandResult): value is Card => Array.isArray((value as Card).blocks);

export interface CommandRouterOptions {
  consoleUrl: string;
  events: EventLog;
  /** a held person (charter pending) is answered with what the gate shows, whatever the command */
  access?: AccessGates;
}

/** Features register their command; unregistered commands answer "not available yet". */
export class CommandRouter {
  private readonly handlers = new Map<CommandName, CommandHandler>();

  constructor(private readonly options: CommandRouterOptions) {
    this.register('help', async (request) => this.helpCard(request.locale, request.actor.displayName));
  }

  /** The commands that answer, in the catalogue's order: help never offers one that does not. */
  registered(): CommandName[] {
    return commandNames.filter((name) => this.handlers.has(name));
  }

  /** Each answering command's word in `locale` ("aide", "sondage"…). */
  words(locale: Locale): string[] {
    const t = translator(locale);
    return this.registered().map((name) => t(`help.command.${name}`));
  }

  /** The help card, listing the commands registered when it is shown. */
  helpCard(locale: Locale, name: string): Card {
    return helpCard({
      t: translator(locale),
      name,
      consoleUrl: this.options.consoleUrl,
      commands: this.words(locale),
    });
  }

  /**
   * One handler per command, like the action dispatcher: a second registration is a wiring bug
   * (two features claiming one word), so it throws at start instead of silently winning. Help
   * included: it is the core's, and features extend it with topics, not by replacing it.
   */
  register(name: CommandName, handler: CommandHandler): void {
    if (this.handlers.has(name)) throw new Error(`command ${name} registered twice`);
    this.handlers.set(name, handler);
  }

  has(name: CommandName): boolean {
    return this.handlers.has(name);
  }

  /**
   * For surfaces that can only answer with a message (a Teams message, a Slack DM or mention):
   * the command's card, or for a dialog-only answer a card whose button opens the dialog.
   */
  async run(request: CommandRequest): Promise<Card> {
    const result = await this.execute(request);
    if (result.card) return result.card;
    const dialog = result.dialog!;
    const t = translator(request.locale);
    return card(
      dialog.title,
      { type: 'heading', text: dialog.title },
      {
        type: 'buttons',
        buttons: [
          {
            kind: 'submit',
            action: commandDialogAction,
            label: t('dialog.open'),
            payload: { text: request.text.slice(0, 500) },
            style: 'primary',
            opensDialog: true,
          },
        ],
      },
    );
  }

  /**
   * For surfaces that can open a dialog right away (Slack slash command with its trigger_id):
   * the handler's answer, with at least a card or a dialog.
   */
  async execute(request: CommandRequest): Promise<CommandResult> {
    const parsed = parseCommand(request.text);
    const t = translator(request.locale);
    await this.options.events.track({
      type: 'command.used',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'command',
      subjectId: parsed.name ?? 'unknown',
    });
    const hold = await this.options.access?.hold(request.actor, {
      kind: 'command',
      command: parsed.name ?? 'unknown',
    });
    if (hold?.card) return { card: await hold.card(request.locale) };
    if (hold) {
      const text = say(request.locale, hold.text);
      return { card: card(text, { type: 'text', text: escapeMarkdown(text) }) };
    }
    if (!parsed.name) {
      // the person's own words, echoed: escaped so they stay text (no link, no emphasis)
      const text = t('command.unknown', { text: escapeMarkdown(request.text.trim().slice(0, 100)) });
      return { card: card(markdownToPlain(text), { type: 'text', text }) };
    }
    const handler = this.handlers.get(parsed.name);
    if (!handler) {
      const text = t('command.coming_soon', { command: escapeMarkdown(parsed.word || parsed.name) });
      return { card: card(markdownToPlain(text), { type: 'text', text }) };
    }
    const answer = await handler(request, parsed);
    if (isCard(answer)) return { card: answer };
    if (!answer.card && !answer.dialog)
      throw new Error(`command ${parsed.name} answered neither card nor dialog`);
    return answer;
  }
}
