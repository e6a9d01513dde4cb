import assert from 'node:assert/strict';
import fs from 'node:fs';
import { slackManifest } from '../../../manifests/slack/manifest.js';
import { CommandRouter, commandNames, parseCommand } from '../../../shared/commands/commands.js';
import type { EventLog, TrackedEvent } from '../../../shared/events/event-log.js';
import { type MessageKey, translate } from '../../../shared/i18n/i18n.js';
import type { Person } from '../../../shared/people/person.js';

const actor: Person = {
  id: 'p1',
  email: null,
  displayName: 'Camille',
  department: null,
  site: null,
  managerId: null,
  startDate: null,
  locale: null,
  timeZone: null,
  kind: 'member',
  active: true,
  roles: [],
  identities: [],
};

describe('chat commands', () => {
  it('understands French and English words, with or without the slash command name', () => {
    assert.equal(parseCommand('aide').name, 'help');
    assert.equal(parseCommand('  HELP ').name, 'help');
    assert.equal(parseCommand('').name, 'help');
    assert.equal(parseCommand('/relais sondage Quelle date ?').name, 'poll');
    assert.equal(parseCommand('/relais sondage Quelle date ?').args, 'Quelle date ?');
    assert.equal(parseCommand('enquête').name, 'survey');
    assert.equal(parseCommand('tableau').name, 'dashboard');
    assert.equal(parseCommand('dance').name, undefined);
  });

  it('answers help in the asked language and records the command', async () => {
    const tracked: TrackedEvent[] = [];
    const events: EventLog = { track: async (e) => void tracked.push(e) };
    const router = new CommandRouter({ consoleUrl: 'https://relais.example.com/tabs/', events });
    const fr = await router.run({ text: 'aide', actor, locale: 'fr', platform: 'teams' });
    const en = await router.run({ text: 'help', actor, locale: 'en', platform: 'slack' });
    assert.equal(fr.summary, 'Bienvenue dans Relais');
    assert.equal(en.summary, 'Welcome to Relais');
    assert.ok(JSON.stringify(fr.blocks).includes('Bonjour Camille'));
    assert.deepEqual(
      tracked.map((e) => [e.type, e.subjectId, e.platform]),
      [
        ['command.used', 'help', 'teams'],
        ['command.used', 'help', 'slack'],
      ],
    );
  });

  it('says clearly when a command is unknown or not available yet', async () => {
    const router = new CommandRouter({ consoleUrl: 'x', events: { track: async () => {} } });
    const unknown = await router.run({ text: 'dance now', actor, locale: 'en', platform: 'teams' });
    assert.match(unknown.summary, /did not understand “dance now”/);
    const later = await router.run({ text: 'sondage', actor, locale: 'fr', platform: 'teams' });
    assert.match(later.summary, /sondage.*pas encore disponible/);
  });

  it('refuses a second handler for a command, help included', () => {
    const router = new CommandRouter({ consoleUrl: 'x', events: { track: async () => {} } });
    const handler = async () => ({ summary: 's', blocks: [] });
    router.register('poll', handler);
    assert.throws(() => router.register('poll', handler), /command poll registered twice/);
    assert.throws(() => router.register('help', handler), /command help registered twice/);
  });
});

describe('command words in the catalogue', () => {
  const bold = (text: string) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
  const manifest = JSON.parse(fs.readFileSync('manifests/teams/manifest.template.json', 'utf8'));
  const frManifest: Record<string, string> = JSON.parse(fs.readFileSync('manifests/teams/fr.json', 'utf8'));
  const personalCommands = (titleOf: (i: number) => string) =>
    manifest.bots[0].commandLists[0].commands.map((_: unknown, i: number) => titleOf(i));

  const words = (locale: 'fr' | 'en') =>
    commandNames.map((name) => translate(locale, `help.command.${name}` as MessageKey));

  for (const locale of ['fr', 'en'] as const) {
    it(`names every command in the words the parser knows (${locale})`, () => {
      assert.deepEqual(
        words(locale).map((word) => parseCommand(word).name),
        [...commandNames],
      );
      assert.equal(parseCommand(bold(translate(locale, 'help.footer'))[0]).name, 'help');
      assert.equal(parseCommand(bold(translate(locale, 'command.unknown'))[0]).name, 'help');
    });
  }

  it('the help card lists only the commands that answer, in the reader’s words', async () => {
    const router = new CommandRouter({ consoleUrl: 'x', events: { track: async () => {} } });
    router.register('poll', async () => ({ summary: 's', blocks: [] }));
    router.register('news', async () => ({ summary: 's', blocks: [] }));
    const shown = async (locale: 'fr' | 'en') => {
      const help = await router.run({ text: 'help', actor, locale, platform: 'teams' });
      return help.blocks.flatMap((block) => ('text' in block ? bold(String(block.text)) : []));
    };
    assert.deepEqual(await shown('fr'), ['aide', 'actus', 'sondage', 'aide']);
    assert.deepEqual(await shown('en'), ['help', 'news', 'poll', 'help']);
    // a command nobody registered answers "not available yet", and help never advertised it
    const groups = await router.run({ text: 'groups', actor, locale: 'en', platform: 'teams' });
    assert.match(groups.summary, /not available yet/);
  });

  it('uses the same words as the Teams manifest’s command list (accents included)', () => {
    const en = personalCommands((i) => manifest.bots[0].commandLists[0].commands[i].title);
    const fr = personalCommands((i) => frManifest[`bots[0].commandLists[0].commands[${i}].title`]);
    assert.deepEqual(words('en'), en);
    assert.deepEqual(words('fr'), fr);
    assert.deepEqual(
      slackManifest({
        publicUrl: 'https://relais.example.com',
        locale: 'fr',
      }).features?.slash_commands?.[0]?.usage_hint?.split(' | '),
      fr,
      'the Slack usage hint says the same words',
    );
  });
});
