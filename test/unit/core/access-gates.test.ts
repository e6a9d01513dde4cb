/**
 * The access gates as the core asks them: a held person's click or command is answered with what
 * the gate shows (the handler never runs), what the gate lets through runs as usual, nobody is
 * held without a gate, and a gate failing on a contact never fails the platform's event.
 */
import assert from 'node:assert/strict';
import { type AccessGate, AccessGates } from '../../../shared/access/access-gates.js';
import { ActionDispatcher } from '../../../shared/actions/dispatcher.js';
import { card } from '../../../shared/cards/model.js';
import { CommandRouter } from '../../../shared/commands/commands.js';
import type { Person } from '../../../shared/people/person.js';

const person = (kind: 'member' | 'guest'): Person => ({
  id: `p-${kind}`,
  email: null,
  displayName: 'Gil',
  department: null,
  site: null,
  managerId: null,
  startDate: null,
  locale: 'en',
  timeZone: null,
  kind,
  active: true,
  roles: [],
  identities: [],
});

/** holds guests everywhere but on `open.*` actions, and shows a card saying so */
const guestsHeld: AccessGate = {
  name: 'test',
  async hold(who, point) {
    if (who.kind !== 'guest' || (point.kind === 'action' && point.action.startsWith('open.')))
      return undefined;
    return {
      code: 'charter_pending',
      text: { key: 'groups.charter.pending' },
      card: async (locale) => card(`held ${locale}`, { type: 'text', text: `held ${locale}` }),
    };
  },
};

const events = { track: async () => {} };

describe('access gates', () => {
  it('answers a held click with the gate’s card, and lets the rest through', async () => {
    const access = new AccessGates();
    access.register(guestsHeld);
    const dispatcher = new ActionDispatcher(events, access);
    let ran = 0;
    dispatcher.register('news.ack', async () => ({ notice: `ran ${++ran}` }));
    dispatcher.register('open.charter', async () => ({ notice: 'charter' }));
    const base = { payload: {}, locale: 'en' as const, platform: 'slack' as const };

    const held = await dispatcher.dispatch({ ...base, action: 'news.ack', actor: person('guest') });
    assert.equal(held.card?.summary, 'held en');
    assert.equal(held.personal, true);
    assert.match(held.notice ?? '', /accept your group/);
    assert.equal(ran, 0, 'the handler never ran');
    assert.equal(
      (await dispatcher.dispatch({ ...base, action: 'open.charter', actor: person('guest') })).notice,
      'charter',
    );
    assert.equal(
      (await dispatcher.dispatch({ ...base, action: 'news.ack', actor: person('member') })).notice,
      'ran 1',
    );
  });

  it('answers a held command with the gate’s card whatever the word', async () => {
    const access = new AccessGates();
    access.register(guestsHeld);
    const router = new CommandRouter({ consoleUrl: 'x', events, access });
    const request = { locale: 'fr' as const, platform: 'teams' as const };
    assert.equal((await router.run({ ...request, text: 'aide', actor: person('guest') })).summary, 'held fr');
    assert.equal(
      (await router.run({ ...request, text: 'nimportequoi', actor: person('guest') })).summary,
      'held fr',
    );
    assert.notEqual(
      (await router.run({ ...request, text: 'aide', actor: person('member') })).summary,
      'held fr',
    );
  });

  it('holds nobody without a gate, refuses a gate registered twice, survives a failing contact', async () => {
    const access = new AccessGates();
    assert.equal(await access.hold({ id: 'x' }, { kind: 'home' }), undefined);
    access.register(guestsHeld);
    assert.throws(() => access.register(guestsHeld), /registered twice/);
    const failures: unknown[] = [];
    const failing = new AccessGates();
    failing.register({
      name: 'boom',
      hold: async () => undefined,
      contact: async () => {
        throw new Error('boom');
      },
    });
    await failing.contact('p', { kind: 'first_contact', platform: 'slack' }, (e) => failures.push(e));
    assert.equal(failures.length, 1);
  });
});
