/**
 * Choosing one's platform from chat, over HTTP on the Teams wire: the help card's "Where I get my
 * messages" topic shows the reader's choice; someone on Teams only is told their messages come
 * there; someone on both Teams and Slack gets a button per platform and "where I used Relais
 * last", and a click stores the choice (the one `PUT /people/{id}/preferred-platform` stores) and
 * answers with the topic refreshed, in the reader's language. A forged choice is refused.
 * SQLite, and PostgreSQL + Redis.
 */
import assert from 'node:assert/strict';
import { preferredPlatformOf } from '../../../shared/audiences/platform-choice.js';
import { type MessageKey, translate } from '../../../shared/i18n/i18n.js';
import { describeServerBackends } from '../../harness/databases.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  executeActionActivity,
  messageActivity,
  postActivity,
  type TeamsScene,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type CardJson, cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';

describeServerBackends('Directory: choosing one’s platform from the help card', (backendEnv) => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ ...backendEnv(), TEAMS_SERVICE_URL: connector.url });
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });

  const scene = (locale: string, user = teamsUser('Zoé Zola')): TeamsScene => ({
    serviceUrl: connector.url,
    tenantId: 'tenant-choice',
    user,
    locale,
  });
  /** clicks a button of the card (Action.Execute) and returns the card answered in its place */
  const click = async (s: TeamsScene, button: CardJson | undefined): Promise<CardJson> => {
    assert.ok(button, 'the button is on the card');
    const response = await postActivity(relais.url, executeActionActivity(s, button));
    assert.equal(response.status, 200);
    assert.equal(response.body.statusCode, 200, JSON.stringify(response.body));
    return response.body.value;
  };
  const button = (card: CardJson, title: string) => executeActionsOf(card).find((a) => a.title === title);
  const personOf = async (s: TeamsScene) =>
    (await relais.core.people.findByIdentity({
      platform: 'teams',
      tenantId: s.tenantId,
      userId: s.user.id,
    }))!;

  it('someone on both platforms chooses Slack, then where they used Relais last (French)', async () => {
    const s = scene('fr-FR');
    const t = (key: MessageKey, values?: Record<string, string>) => translate('fr', key, values);
    const asked = messageActivity(s, 'aide');
    await postActivity(relais.url, asked);
    const help = cardOf(connector.repliesTo(asked.id).at(-1));
    const only = await click(s, button(help, t('help.topic.platform')));
    assert.ok(textsOf(only).includes(t('help.platform.only_one')), textsOf(only).join(' | '));
    assert.equal(button(only, t('help.platform.slack')), undefined, 'no choice to make on one platform');

    // the same person on Slack too (a synced or met Slack account)
    const person = await personOf(s);
    await relais.core.store.db
      .insertInto('identities')
      .values({
        person_id: person.id,
        platform: 'slack',
        tenant_id: 'T-CHOICE',
        user_id: 'U-ZOE',
        aad_object_id: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const both = await click(s, button(help, t('help.topic.platform')));
    assert.ok(textsOf(both).includes(t('help.platform.now_auto')), textsOf(both).join(' | '));
    assert.deepEqual(
      executeActionsOf(both).map((a) => a.title),
      [t('help.platform.teams'), t('help.platform.slack'), t('help.platform.auto'), t('help.back')],
    );

    const chose = await click(s, button(both, t('help.platform.slack')));
    assert.equal(await preferredPlatformOf(relais.core.store.db, person.id), 'slack');
    assert.ok(
      textsOf(chose).includes(t('help.platform.now_chosen', { platform: 'Slack' })),
      textsOf(chose).join(' | '),
    );

    const auto = await click(s, button(chose, t('help.platform.auto')));
    assert.equal(await preferredPlatformOf(relais.core.store.db, person.id), null);
    assert.ok(textsOf(auto).includes(t('help.platform.now_auto')));
  });

  it('answers in English, and refuses a forged platform without storing anything', async () => {
    const s = scene('en-US', teamsUser('Yann Young'));
    const asked = messageActivity(s, 'help');
    await postActivity(relais.url, asked);
    const help = cardOf(connector.repliesTo(asked.id).at(-1));
    const topic = await click(s, button(help, translate('en', 'help.topic.platform')));
    assert.ok(textsOf(topic).includes(translate('en', 'help.topic.platform.body')));
    const forged = await postActivity(
      relais.url,
      executeActionActivity(s, {
        verb: 'help.platform',
        data: { action: 'help.platform', payload: { platform: 'fax' } },
      }),
    );
    assert.equal(forged.status, 200);
    assert.equal(forged.body.statusCode, 400);
    assert.equal(await preferredPlatformOf(relais.core.store.db, (await personOf(s)).id), null);
  });
});
