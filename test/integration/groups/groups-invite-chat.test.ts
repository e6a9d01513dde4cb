/**
 * Inviting into a group from the chat manager card, over HTTP (SQLite, PostgreSQL + Redis).
 * Teams: the invite dialog (task/fetch, task/submit) takes pasted lines with `Name <address>,
 * company`; a wave in the past stays on its field; "1 now, the rest at <local time>" plans two
 * waves; each bad line (invalid, blocked domain, an organisation member, someone already in the
 * group) is named while the rest goes to Slack Connect. Slack: the card counts invitations by
 * status; cancel and resend pick an invitation in a modal (signed view_submission); inviting from
 * a modal. A member who does not manage gets a notice, never the dialog.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { blockActions } from '../../harness/slack-signing.js';
import { invokeActivity } from '../../harness/teams-activities.js';
import { describeNewsBackends, SLACK_TEAM, type WorldPerson } from '../news/news-world.js';
import { assertParses, type CardJson } from '../teams/teams-helpers.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

function submitActionsOf(node: unknown): CardJson[] {
  if (Array.isArray(node)) return node.flatMap(submitActionsOf);
  if (!node || typeof node !== 'object') return [];
  const self = (node as CardJson).type === 'Action.Submit' ? [node as CardJson] : [];
  return [...self, ...Object.values(node).flatMap(submitActionsOf)];
}

/** `at` as the wall clock of Paris reads it: "2027-01-11 09:00" */
const parisTime = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .slice(0, 16);

describeNewsBackends('Inviting into a group from chat (Teams and Slack)', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson; // Teams, manager, French
  let carl: WorldPerson; // Slack, manager, English
  let max: WorldPerson; // Teams, member of the organisation and of the group
  let olga: WorldPerson; // Teams, member of the organisation, not of the group
  let groupId: string;
  let clicks = 0;
  const partner = `p${Date.now().toString(36)}.example`;

  before(async () => {
    world = await startGroupsWorld(backendEnv(), { GROUP_INVITE_SLACK_RATE_PER_MINUTE: '6000' });
    mia = await world.teamsPerson('Mia Manager', { locale: 'fr' });
    carl = await world.slackPerson('Carl Slack', { locale: 'en' });
    max = await world.teamsPerson('Max Member', { locale: 'en' });
    olga = await world.teamsPerson('Olga Org', { locale: 'en' });
    const { store } = world.relais.core.groups;
    const group = await store.createGroup({
      nameFr: 'Partenaires Sud',
      nameEn: 'Partners South',
      kind: 'partners',
      blockedDomains: ['blocked.example'],
      space: { slackTeamId: SLACK_TEAM, slackChannelId: 'C0PARTNERS' },
    });
    groupId = group.id;
    for (const [who, right] of [
      [mia, 'manager'],
      [carl, 'manager'],
      [max, 'member'],
    ] as const)
      await store.addMember({ groupId, personId: who.person.id, right });
  });
  after(async () => {
    await world?.close();
  });

  const teamsDialog = async (who: WorldPerson, action: string) =>
    world.teamsPost(
      invokeActivity(world.teamsScene(who), 'task/fetch', {
        data: { msteams: { type: 'task/fetch' }, action, payload: { groupId } },
      }),
    );

  const rows = () => world.relais.core.groups.invitations.list(groupId);

  it('Teams: invites pasted lines in two waves, names each refused line, the rest goes to Slack Connect', async () => {
    const fetched = await teamsDialog(mia, 'group.invite');
    assert.equal(fetched.body?.task?.type, 'continue', JSON.stringify(fetched.body));
    const dialog = fetched.body.task.value.card.content;
    assertParses(dialog);
    const shown = JSON.stringify(dialog);
    assert.match(shown, /Adresses, une par ligne/);
    assert.match(shown, /Europe\/Paris/, 'the zone of the time is said');
    const [submit] = submitActionsOf(dialog);
    const text = [
      `Ana Lopez <ana@${partner}>, Acme`,
      `bob@${partner}`,
      'not-an-address',
      'eve@blocked.example',
      olga.person.email,
      max.person.email,
    ].join('\n');
    const send = (restAt: string) =>
      world.teamsPost(
        invokeActivity(world.teamsScene(mia), 'task/submit', {
          data: {
            ...submit.data,
            'in.group_invite_addresses': text,
            'in.group_invite_when': 'waves',
            'in.group_invite_first': '1',
            'in.group_invite_rest_at': restAt,
          },
        }),
      );

    const past = await send(parisTime(new Date(Date.now() - 86_400_000)));
    assert.match(JSON.stringify(past.body), /Une vague ne peut pas commencer dans le passé/);
    assert.equal((await rows()).length, 0, 'nothing planned from a refused plan');
    const tooLong = await world.teamsPost(
      invokeActivity(world.teamsScene(mia), 'task/submit', {
        data: {
          ...submit.data,
          'in.group_invite_addresses': `${'x'.repeat(2990)}@${partner}\n`,
          'in.group_invite_when': 'now',
        },
      }),
    );
    assert.match(JSON.stringify(tooLong.body), /Au plus 3000 caractères ici/);
    const garbled = await send('lundi 9h');
    assert.match(JSON.stringify(garbled.body), /2027-01-11 09:00/);

    const later = new Date(Math.ceil((Date.now() + 2 * 86_400_000) / 60_000) * 60_000);
    const done = await send(parisTime(later));
    assert.equal(done.status, 200);
    const notice = JSON.stringify(done.body);
    assert.match(notice, /2 invitation\(s\) prévue\(s\) pour Partenaires Sud/);
    assert.match(notice, /ligne 3 not-an-address : adresse e-mail invalide/);
    assert.match(notice, /ligne 4 eve@blocked.example : ce domaine est bloqué/);
    assert.match(notice, /ligne 5 [^:]+ : un membre de l’organisation/);
    assert.match(notice, /ligne 6 [^:]+ : déjà dans le groupe/);

    // the first wave goes now, through the one invitations service and Slack Connect
    const invite = await world.slack.waitForCall(
      'conversations.inviteShared',
      (c) => String(c.body.emails) === `ana@${partner}`,
    );
    assert.equal(invite.body.channel, 'C0PARTNERS');
    const planned = await pollUntil(
      rows,
      (r) => r.find((x) => x.address === `ana@${partner}`)?.status === 'invited',
    );
    const ana = planned.find((r) => r.address === `ana@${partner}`)!;
    assert.equal(ana.display_name, 'Ana Lopez');
    assert.equal(ana.company, 'Acme');
    const bob = planned.find((r) => r.address === `bob@${partner}`)!;
    assert.equal(bob.status, 'planned');
    assert.equal(new Date(bob.due_at).getTime(), later.getTime(), 'the rest at the Paris time asked');
    assert.equal(planned.length, 2);
  });

  it('Teams: a member who does not manage gets a notice, not the dialog', async () => {
    const forged = await teamsDialog(max, 'group.invite');
    assert.equal(forged.body?.task?.type, 'message', JSON.stringify(forged.body));
    assert.doesNotMatch(JSON.stringify(forged.body), /group_invite_addresses/);
  });

  // ---- Slack ----------------------------------------------------------------------------------

  const viewOf = (call: { body: Record<string, unknown> }): Json =>
    typeof call.body.view === 'string' ? JSON.parse(call.body.view) : call.body.view;

  /** a click on Carl's card; what answers it names its response_url, trigger_id or message */
  const click = async (actionId: string, value: string) => {
    clicks += 1;
    const sent = {
      messageTs: `1700000000.${String(clicks).padStart(6, '0')}`,
      responseUrl: world.slack.responseUrl(),
      triggerId: `${clicks}.${randomUUID()}.trigger`,
    };
    const res = await world.slackInteract(
      blockActions({
        teamId: SLACK_TEAM,
        userId: carl.userId,
        action: { action_id: actionId, value, type: 'button' },
        actionTs: `1700000001.${String(clicks).padStart(6, '0')}`,
        ...sent,
      }),
    );
    assert.equal(res.status, 200);
    return sent;
  };

  const cardButton = (card: Json, action: string) =>
    (card.blocks as Json[])
      .flatMap((b) => b.elements ?? [])
      .find((e: Json) => String(e.action_id).startsWith(`${action}:`) || e.action_id === action);

  /** clicks `action` on the manager card and answers the modal Slack was asked to open */
  const openModal = async (card: Json, action: string) => {
    const button = cardButton(card, action);
    assert.ok(button, `${action} on the card`);
    const { triggerId } = await click(button.action_id, button.value);
    const open = await world.slack.waitForCall('views.open', (c) => c.body.trigger_id === triggerId);
    assert.equal(open.response.ok, true, JSON.stringify(open.response));
    return viewOf(open);
  };

  const submitView = async (view: Json, values: Record<string, unknown>) => {
    const res = await world.slackInteract({
      type: 'view_submission',
      team: { id: SLACK_TEAM, domain: 'relais' },
      user: { id: carl.userId, username: 'carl', name: 'carl', team_id: SLACK_TEAM },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: '1700000000.submit.trigger',
      view: { ...view, id: 'V0INVITE', team_id: SLACK_TEAM, state: { values }, hash: 'h', app_id: 'A0FAKE' },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    assert.equal(res.status, 200);
    const body = await res.text();
    return body ? JSON.parse(body) : {};
  };

  const noticeTo = (pattern: RegExp) =>
    pollUntil(
      () =>
        [...world.slack.callsTo('chat.postEphemeral'), ...world.slack.callsTo('chat.postMessage')].find((c) =>
          pattern.test(JSON.stringify(c.body)),
        ),
      (c) => c !== undefined,
      { what: `a notice ${pattern}` },
    );

  const select = (id: string, value: string) => ({
    [`in.${id}`]: { value: { type: 'radio_buttons', selected_option: { value } } },
  });
  const typed = (id: string, value: string) => ({
    [`in.${id}`]: { value: { type: 'plain_text_input', value } },
  });

  it('Slack: the card counts invitations by status; cancel, then resend one, through modals', async () => {
    const manage = await world.slackCommand(carl.userId, 'groups');
    const [list] = await pollUntil(
      () => world.slack.callsTo('response_url').filter((c) => c.body.url === new URL(manage).pathname),
      (calls) => calls.length > 0,
    );
    const open = cardButton(list.body, 'group.open');
    const clicked = await click(open.action_id, open.value);
    // the card answering this click: through its response_url, or as an update of the clicked message
    const answersTheClick = (c: FakeSlackCall) =>
      c.method === 'response_url'
        ? c.body.url === new URL(clicked.responseUrl).pathname
        : c.body.ts === clicked.messageTs;
    const card = (await pollUntil(
      () =>
        [...world.slack.callsTo('response_url'), ...world.slack.callsTo('chat.update')].find(
          (c) => answersTheClick(c) && JSON.stringify(c.body).includes('group.invite'),
        ),
      (c) => c !== undefined,
      { what: 'the manager card' },
    ))!.body;
    assert.match(JSON.stringify(card), /1 planned, 1 invited|1 invited, 1 planned/);

    const bob = (await rows()).find((r) => r.address === `bob@${partner}`)!;
    const cancelView = await openModal(card, 'group.cancel');
    assert.match(JSON.stringify(cancelView), new RegExp(`bob@${partner.replace('.', '\\.')}`));
    assert.doesNotMatch(JSON.stringify(cancelView), /ana@/, 'an invitation sent cannot be cancelled');
    assert.deepEqual(await submitView(cancelView, select('group_invitation', bob.id)), {});
    await noticeTo(/invitation to bob@.* is cancelled/);
    assert.equal((await rows()).find((r) => r.id === bob.id)?.status, 'cancelled');

    const resendView = await openModal(card, 'group.resend');
    assert.deepEqual(await submitView(resendView, select('group_invitation', bob.id)), {});
    await noticeTo(/invitation to bob@.* is on its way again/);
    await world.slack.waitForCall(
      'conversations.inviteShared',
      (c) => String(c.body.emails) === `bob@${partner}`,
    );

    const inviteView = await openModal(card, 'group.invite');
    const ack = await submitView(inviteView, {
      ...typed('group_invite_addresses', `zed@${partner}\nnot an address`),
      ...select('group_invite_when', 'now'),
      ...typed('group_invite_first', ''),
      ...typed('group_invite_rest_at', ''),
    });
    assert.deepEqual(ack, {});
    await noticeTo(
      /1 invitation\(s\) planned for Partners South.*line 2 not an address: not a valid email address/,
    );
    await world.slack.waitForCall(
      'conversations.inviteShared',
      (c) => String(c.body.emails) === `zed@${partner}`,
    );
  });
});
