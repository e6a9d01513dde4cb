/**
 * The groups' chat cards in the neutral model: "my groups", a group's manager card (members and
 * guests with their status, the charter's acceptance, the invitations by status, the manager's
 * buttons) and its dialogs; the invitation dialogs are in invitations/invite-dialogs.ts.
 * Names are user text: escaped wherever they sit in markdown.
 */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, type CardBlock, card, link } from '../cards/model.js';
import type { Locale, Translator } from '../i18n/i18n.js';
import { groupActions, groupInputs } from './group-actions.js';
import { groupName, groupRights } from './group-model.js';
import type { GroupListEntry, GroupMemberLine, GroupPage } from './group-service.js';
import { type InvitationStatus, invitationStatuses } from './invitations/invitation-tables.js';

/** members listed on the card; the console has the rest */
const SHOWN = 25;

export function myGroupsCard(
  t: Translator,
  locale: Locale,
  entries: { entry: GroupListEntry; manages: boolean }[],
  consoleUrl: string,
): Card {
  if (entries.length === 0) {
    return card(
      t('groups.mine.title'),
      { type: 'heading', text: t('groups.mine.title') },
      { type: 'text', text: t('groups.mine.none') },
    );
  }
  return card(
    t('groups.mine.title'),
    { type: 'heading', text: t('groups.mine.title') },
    ...entries.flatMap(({ entry, manages }): CardBlock[] => [
      {
        type: 'text',
        text: t('groups.mine.entry', {
          name: escapeMarkdown(groupName(entry.group, locale)),
          right: t(`groups.right.${entry.myRight ?? 'member'}`),
        }),
      },
      ...(manages
        ? [
            {
              type: 'buttons' as const,
              buttons: [
                groupActions.open.button(t('groups.manage', { name: groupName(entry.group, locale) }), {
                  groupId: entry.group.id,
                }),
              ],
            },
          ]
        : entry.myRight === 'contributor'
          ? [
              // a contributor posts to the group (news and polls), without the manager's card
              {
                type: 'buttons' as const,
                buttons: [
                  {
                    ...groupActions.news.button(t('groups.action.news'), { groupId: entry.group.id }),
                    opensDialog: true,
                  },
                  {
                    ...groupActions.poll.button(t('groups.action.poll'), { groupId: entry.group.id }),
                    opensDialog: true,
                  },
                ],
              },
            ]
          : []),
    ]),
    { type: 'buttons', buttons: [link(t('groups.console'), `${consoleUrl}#/groups`)] },
  );
}

const statusLine = (t: Translator, m: GroupMemberLine): string =>
  t('groups.member.line', {
    name: escapeMarkdown(m.displayName),
    kind: t(`groups.kind.${m.personKind}`),
    right: t(`groups.right.${m.right}`),
    status: t(`groups.status.${m.status}`),
  });

/** "3 invited, 1 failed": the invitations by status, in the statuses' order */
const invitationCounts = (t: Translator, rows: readonly { status: InvitationStatus }[]): string =>
  invitationStatuses
    .map((status) => ({ status, count: rows.filter((r) => r.status === status).length }))
    .filter((c) => c.count > 0)
    .map((c) =>
      t('groups.invitations.count', { count: c.count, status: t(`groups.invitations.status.${c.status}`) }),
    )
    .join(', ') || t('groups.invitations.none');

export function managerCard(
  t: Translator,
  locale: Locale,
  page: GroupPage,
  consoleUrl: string,
  invitations: readonly { status: InvitationStatus }[] = [],
): Card {
  const { group, charter } = page;
  const current = page.members.filter((m) => m.removedAt === null);
  const guests = current.filter((m) => m.personKind === 'guest');
  const id = { groupId: group.id };
  return card(
    groupName(group, locale),
    { type: 'heading', text: groupName(group, locale) },
    {
      type: 'facts',
      facts: [
        { label: t('groups.fact.kind'), value: t(`groups.type.${group.kind}`) },
        { label: t('groups.fact.members'), value: String(current.length - guests.length) },
        { label: t('groups.fact.guests'), value: String(guests.length) },
        {
          label: t('groups.fact.charter'),
          value:
            charter.current === null
              ? t('groups.charter.none')
              : t('groups.charter.rate', {
                  version: charter.current,
                  accepted: charter.accepted,
                  guests: charter.guests,
                }),
        },
        { label: t('groups.invitations.fact'), value: invitationCounts(t, invitations) },
      ],
    },
    {
      type: 'text',
      text:
        current
          .slice(0, SHOWN)
          .map((m) => statusLine(t, m))
          .join('\n') || t('groups.members.none'),
    },
    current.length > SHOWN && {
      type: 'context',
      text: t('groups.members.more', { count: current.length - SHOWN }),
    },
    {
      type: 'buttons',
      buttons: [
        { ...groupActions.invite.button(t('groups.invite.action'), id, 'primary'), opensDialog: true },
        { ...groupActions.resend.button(t('groups.invitations.resend'), id), opensDialog: true },
        { ...groupActions.cancel.button(t('groups.invitations.cancel'), id), opensDialog: true },
      ],
    },
    {
      type: 'buttons',
      buttons: [
        { ...groupActions.news.button(t('groups.action.news'), id, 'primary'), opensDialog: true },
        { ...groupActions.poll.button(t('groups.action.poll'), id), opensDialog: true },
        { ...groupActions.right.button(t('groups.action.right'), id), opensDialog: true },
        { ...groupActions.remove.button(t('groups.action.remove'), id, 'danger'), opensDialog: true },
        link(t('groups.console'), `${consoleUrl}#/groups/${encodeURIComponent(group.id)}`),
      ],
    },
  );
}

const personChoice = (t: Translator, members: GroupMemberLine[]) => ({
  kind: 'choice' as const,
  id: groupInputs.person,
  label: t('groups.field.person'),
  required: true,
  options: members
    .slice(0, 100)
    .map((m) => ({ id: m.personId, label: `${m.displayName} (${t(`groups.right.${m.right}`)})` })),
});

export function rightDialog(t: Translator, page: GroupPage): Card {
  const current = page.members.filter((m) => m.removedAt === null);
  return card(t('groups.action.right'), {
    type: 'inputs',
    inputs: [
      personChoice(t, current),
      {
        kind: 'choice',
        id: groupInputs.right,
        label: t('groups.field.right'),
        required: true,
        options: groupRights.map((r) => ({ id: r, label: t(`groups.right.${r}`) })),
      },
    ],
    submit: groupActions.rightSubmit.button(t('groups.submit.right'), { groupId: page.group.id }, 'primary'),
  });
}

export function removeDialog(t: Translator, page: GroupPage): Card {
  const current = page.members.filter((m) => m.removedAt === null);
  return card(t('groups.action.remove'), {
    type: 'inputs',
    inputs: [personChoice(t, current)],
    submit: groupActions.removeSubmit.button(t('groups.submit.remove'), { groupId: page.group.id }, 'danger'),
  });
}

export function newsDialog(t: Translator, groupId: string): Card {
  return card(t('groups.action.news'), {
    type: 'inputs',
    inputs: [
      { kind: 'text', id: groupInputs.title, label: t('groups.field.title'), required: true, maxLength: 200 },
      { kind: 'text', id: groupInputs.body, label: t('groups.field.body'), multiline: true, maxLength: 4000 },
    ],
    submit: groupActions.newsSubmit.button(t('groups.submit.news'), { groupId }, 'primary'),
  });
}

export function pollDialog(t: Translator, groupId: string): Card {
  return card(t('groups.action.poll'), {
    type: 'inputs',
    inputs: [
      {
        kind: 'text',
        id: groupInputs.question,
        label: t('groups.field.question'),
        required: true,
        maxLength: 300,
      },
      {
        kind: 'text',
        id: groupInputs.options,
        label: t('groups.field.options'),
        multiline: true,
        required: true,
        maxLength: 2000,
        placeholder: t('groups.field.options.hint'),
      },
    ],
    submit: groupActions.pollSubmit.button(t('groups.submit.poll'), { groupId }, 'primary'),
  });
}
