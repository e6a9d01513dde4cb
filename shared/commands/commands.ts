/**
 * Chat commands: the same words in Teams (a message to the bot) and Slack (`/relais <word>`), in
 * French and English. Adapters hand over the text; the core answers with a card.
 */
import { escapeMarkdown, markdownToPlain } from '../cards/markdown.js';
import { type Card, card } from '../cards/model.js';
import type { EventLog } from '../events/event-log.js';
import { helpCard } from '../help/help-card.js';
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

export type CommandHandler = (request: CommandRequest, parsed: ParsedCommand) => Promise<Card>;

export interface CommandRouterOptions {
  consoleUrl: string;
  events: EventLog;
}

/** Features register their command; unregistered commands answer "not available yet". */
export class CommandRouter {
  private readonly handlers = new Map<CommandName, CommandHandler>();

  constructor(private readonly options: CommandRouterOptions) {
    this.register('help', async (request) =>
      helpCard({
        t: translator(request.locale),
        name: request.actor.displayName,
        consoleUrl: this.options.consoleUrl,
      }),
    );
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

  async run(request: CommandRequest): Promise<Card> {
    const parsed = parseCommand(request.text);
    const t = translator(request.locale);
    await this.options.events.track({
      type: 'command.used',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'command',
      subjectId: parsed.name ?? 'unknown',
    });
    if (!parsed.name) {
      // the person's own words, echoed: escaped so they stay text (no link, no emphasis)
      const text = t('command.unknown', { text: escapeMarkdown(request.text.trim().slice(0, 100)) });
      return card(markdownToPlain(text), { type: 'text', text });
    }
    const handler = this.handlers.get(parsed.name);
    if (!handler) {
      const text = t('command.coming_soon', { command: escapeMarkdown(parsed.word || parsed.name) });
      return card(markdownToPlain(text), { type: 'text', text });
    }
    return handler(request, parsed);
  }
}
