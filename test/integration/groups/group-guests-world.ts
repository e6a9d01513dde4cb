/**
 * The guests' test world: the news world (Teams and Slack fakes, tab SSO, an automation key, on
 * SQLite or PostgreSQL + Redis) plus groups made through the groups store, and the helpers that
 * find what reached a person and click it back as each platform does. Time moves by asking the
 * sweep to run as of a given instant (POST /groups/guests/sweep { at }): no waiting, no timing.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  blockActions,
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import { executeActionActivity, messageActivity, postActivity } from '../../harness/teams-activities.js';
import { type NewsWorld, SLACK_SECRET, SLACK_TEAM, TENANT, type WorldPerson } from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
export type Json = any;

export const DAY = 86_400_000;
const sign = { secret: SLACK_SECRET };
let clicks = 0;

export function guestHelpers(getWorld: () => NewsWorld) {
  const core = () => getWorld().relais.core;

  const helpers = {
    async group(name: string, charter?: { fr: string; en: string }, settings: Json = {}) {
      const group = await core().groups.store.createGroup({
        nameFr: `${name} (fr)`,
        nameEn: `${name} (en)`,
        kind: 'partners',
        ...settings,
      });
      if (charter)
        await core().groups.store.addCharterVersion(group.id, { textFr: charter.fr, textEn: charter.en });
      return group;
    },
    async add(
      groupId: string,
      who: WorldPerson,
      right: 'member' | 'manager' = 'member',
      addedBy?: WorldPerson,
    ) {
      await core().groups.store.addMember({
        groupId,
        personId: who.person.id,
        right,
        addedBy: addedBy?.person.id ?? null,
      });
    },
    /** `guest` added to the group by `by`, having accepted the first version of its charter */
    async acceptedGuest(groupId: string, guest: WorldPerson, by: WorldPerson) {
      await helpers.add(groupId, guest, 'member', by);
      await core().groups.store.acceptCharter(groupId, guest.person.id, 1);
    },
    /**
     * The world of the charter and review tests: a group with a charter, `manager` its manager,
     * and `guests` they added, each of whom accepted the charter's first version.
     */
    async charterGroup(
      name: string,
      options: { charter: { fr: string; en: string }; manager: WorldPerson; guests?: WorldPerson[] },
    ) {
      const group = await helpers.group(name, options.charter);
      await helpers.add(group.id, options.manager, 'manager');
      for (const guest of options.guests ?? []) await helpers.acceptedGuest(group.id, guest, options.manager);
      return group;
    },
    /** the delivery record of a news item to a person, if any */
    async newsDelivery(newsId: string, who: WorldPerson) {
      return core()
        .store.db.selectFrom('deliveries')
        .selectAll()
        .where('subject_type', '=', 'news')
        .where('subject_id', '=', newsId)
        .where('person_id', '=', who.person.id)
        .executeTakeFirst();
    },
    async sweep(at: number): Promise<Json> {
      const res = await getWorld().api('POST', '/groups/guests/sweep', {
        body: { at: new Date(at).toISOString() },
      });
      assert.equal(res.status, 200, await res.clone().text());
      return res.json();
    },
    /** a Slack slash command; resolves with what its response_url received */
    async slackCommand(who: WorldPerson, text: string): Promise<string> {
      const world = getWorld();
      const responseUrl = world.slack.responseUrl();
      const fields = slashCommand({ teamId: SLACK_TEAM, userId: who.userId, text, responseUrl });
      const res = await postToSlackEndpoint(world.relais.url, slashCommandRequest(fields, sign));
      assert.equal(res.status, 200);
      const calls = await pollUntil(
        () => world.slack.callsTo('response_url').filter((c) => c.body.url === new URL(responseUrl).pathname),
        (found) => found.length > 0,
      );
      return JSON.stringify(calls[0]?.body);
    },
    async slackHome(who: WorldPerson): Promise<string> {
      const world = getWorld();
      const before = world.slack.callsTo('views.publish').length;
      const event = { type: 'app_home_opened', user: who.userId, channel: `D${who.userId}`, tab: 'home' };
      const res = await postToSlackEndpoint(
        world.relais.url,
        eventRequest(eventCallback({ teamId: SLACK_TEAM, event }), sign),
      );
      assert.equal(res.status, 200);
      const calls = await pollUntil(
        () =>
          world.slack
            .callsTo('views.publish')
            .slice(before)
            .filter((c) => c.body.user_id === who.userId),
        (found) => found.length > 0,
      );
      return JSON.stringify(calls[0]?.body);
    },
    /**
     * the activities sent into a Teams person's own chat with Relais whose JSON mentions `text`,
     * from the `since`-th activity sent
     */
    async teamsMessagesTo(who: WorldPerson, text: string, since = 0): Promise<Json[]> {
      const world = getWorld();
      const chat = await world.relais.core.conversations.findPersonal('teams', who.person.id);
      if (!chat) return [];
      return world.teams
        .sentActivities()
        .slice(since)
        .filter((r) => r.path.startsWith(`/v3/conversations/${chat.conversationId}/activities`))
        .map((r) => r.body)
        .filter((b) => JSON.stringify(b).includes(text));
    },
    /** the DMs (chat.postMessage) a Slack person received whose JSON mentions `text` */
    slackMessagesTo(who: WorldPerson, text: string): Json[] {
      return getWorld()
        .slack.callsTo('chat.postMessage')
        .filter((c) => [who.userId, `D${who.userId.replace(/^U/, '')}`].includes(String(c.body.channel)))
        .map((c) => c.body)
        .filter((b) => JSON.stringify(b).includes(text));
    },
    /** clicks the first button of `action` in a Block Kit message as Slack sends the click */
    async slackClick(who: WorldPerson, message: Json, action: string, nth = 0): Promise<Response> {
      const button = slackButtons(message, action)[nth];
      assert.ok(button, `no ${action} button in ${JSON.stringify(message).slice(0, 300)}`);
      const responseUrl = getWorld().slack.responseUrl();
      const payload = blockActions({
        teamId: SLACK_TEAM,
        userId: who.userId,
        action: { action_id: button.action_id, value: button.value, type: 'button' },
        responseUrl,
        blocks: message.blocks,
        // each click its own action_ts: two clicks in one second are not one retried click
        actionTs: `${Math.floor(Date.now() / 1000)}.${String(++clicks).padStart(6, '0')}`,
      });
      return postToSlackEndpoint(getWorld().relais.url, interactionRequest(payload, sign));
    },
    teamsScene(who: WorldPerson) {
      return {
        serviceUrl: getWorld().teams.url,
        tenantId: TENANT,
        user: { id: who.userId, aadObjectId: who.aadObjectId!, name: who.person.displayName },
        locale: 'fr-FR',
      };
    },
    /** a Teams message to the bot; resolves with the cards the bot answered */
    async teamsMessage(who: WorldPerson, text: string): Promise<string> {
      const world = getWorld();
      const said = messageActivity(helpers.teamsScene(who), text);
      const res = await postActivity(world.relais.url, said);
      assert.ok(res.status < 300, `status ${res.status}`);
      // the answers to this message only: an invitation or a charter prompt may be going out too
      const answers = await pollUntil(
        () => world.teams.repliesTo(said.id),
        (found) => found.length > 0,
      );
      return JSON.stringify(answers.map((r) => r.body));
    },
    /** an Action.Execute of the first `verb` button found in `cardJson`; resolves with the invoke's answer */
    async teamsExecute(who: WorldPerson, cardJson: string, verb: string): Promise<Json> {
      const action = teamsActions(JSON.parse(cardJson), verb)[0];
      assert.ok(action, `no ${verb} action in ${cardJson.slice(0, 300)}`);
      const res = await postActivity(
        getWorld().relais.url,
        executeActionActivity(helpers.teamsScene(who), action),
      );
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    },
    async events(type: string, personId: string): Promise<Json[]> {
      return core()
        .store.db.selectFrom('events')
        .selectAll()
        .where('type', '=', type)
        .where('person_id', '=', personId)
        .execute();
    },
    async member(groupId: string, who: WorldPerson) {
      return core().groups.store.member(groupId, who.person.id);
    },
  };
  return helpers;
}

export function slackButtons(node: unknown, action: string): { action_id: string; value?: string }[] {
  const found: { action_id: string; value?: string }[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'button' && typeof o.action_id === 'string' && o.action_id.startsWith(`${action}:`))
        found.push(o as { action_id: string; value?: string });
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  return found;
}

export function teamsActions(node: unknown, verb: string): { verb: string; data: unknown }[] {
  const found: { verb: string; data: unknown }[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute' && o.verb === verb) found.push(o as { verb: string; data: unknown });
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  return found;
}
