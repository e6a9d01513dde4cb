/**
 * The App Home listener as a plain function over a real core (SQLite): two visits handled at the
 * same moment (two instances, or one instance under load) count one first visit.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebClient } from '@slack/web-api';
import { appHomeOpened } from '../../../bots/slack/listeners/events/app-home-opened.js';
import type { SlackActor, SlackPeople } from '../../../bots/slack/slack-people.js';
import { loadConfig } from '../../../shared/config/config.js';
import { type Core, createCore } from '../../../shared/core.js';
import { createLogger } from '../../../shared/logging/logger.js';

describe('Slack App Home first visit', () => {
  let core: Core;
  let dataDir: string;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-home-'));
    core = await createCore(loadConfig({ DATA_DIR: dataDir }), createLogger('silent'));
  });
  after(async () => {
    await core?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A Bolt-like argument set; views.publish waits until every visit got there, like a slow Slack. */
  function visits(count: number, actor: SlackActor) {
    let arrived = 0;
    let release!: () => void;
    const everyoneHere = new Promise<void>((resolve) => {
      release = resolve;
    });
    const client = {
      views: {
        publish: async () => {
          arrived += 1;
          if (arrived === count) release();
          await everyoneHere;
          return { ok: true };
        },
      },
    } as unknown as WebClient;
    const people = { resolve: async () => actor } as unknown as SlackPeople;
    const handler = appHomeOpened({ core, people });
    return Array.from({ length: count }, () =>
      handler({
        event: { type: 'app_home_opened', user: actor.identity.userId, channel: 'D0RACE', tab: 'home' },
        client,
        context: { teamId: actor.identity.tenantId },
      } as unknown as Parameters<typeof handler>[0]),
    );
  }

  it('tracks home.first_visit once when visits race, home.opened every time', async () => {
    const identity = { platform: 'slack', tenantId: 'T0RACE', userId: 'U0RACE' } as const;
    const profile = { displayName: 'Rémi Race' };
    const person = await core.people.learn(identity, profile);
    const actor: SlackActor = { person, identity, locale: 'fr', profile };
    await Promise.all(visits(4, actor));
    await Promise.all(visits(2, actor));
    const events = await core.store.db
      .selectFrom('events')
      .select(['type'])
      .where('person_id', '=', person.id)
      .execute();
    assert.equal(events.filter((e) => e.type === 'home.opened').length, 6);
    assert.equal(events.filter((e) => e.type === 'home.first_visit').length, 1);
  });
});
