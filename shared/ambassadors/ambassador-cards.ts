/**
 * The ambassadors' cards in the neutral model: the directory of my ambassadors, the nomination
 * an admin approves, the relay request, the weekly digest and the nudge. Every string a person
 * wrote (names, scopes, suggested messages, news titles) goes through escapeMarkdown; every card
 * says why its reader receives it and how to stop.
 */
import { escapeMarkdown, isSafeUrl } from '../cards/markdown.js';
import { type Card, type CardBlock, card, link } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import { contactLinkFor } from '../tours/tour-model.js';
import { ambassadorActions, proposeInput, relayInputs } from './ambassador-actions.js';
import type { Ambassador, AmbassadorScope, NeedReason } from './ambassador-model.js';

/** Departments, sites and guest groups (by name where known, in the reader's language). */
export const scopeText = (
  t: Translator,
  scope: AmbassadorScope,
  groupNames: ReadonlyMap<string, string> = new Map(),
): string => {
  const all = [...scope.departments, ...scope.sites, ...scope.groups.map((g) => groupNames.get(g) ?? g)];
  return all.length ? all.map(escapeMarkdown).join(', ') : t('ambassador.scope.none');
};

export interface ListedAmbassador extends Ambassador {
  identities: Parameters<typeof contactLinkFor>[2]['identities'];
}

/** `ambassadors`: who covers my department and site, a contact link each, and how to join. */
export function ambassadorListCard(
  t: Translator,
  list: ListedAmbassador[],
  viewer: {
    platform: PlatformName;
    tenantId?: string;
    isAmbassador: boolean;
    groupNames?: ReadonlyMap<string, string>;
  },
): Card {
  const entries: CardBlock[] = list.flatMap((a) => {
    // a chat link where the platform has a web one (Teams); else their email (Slack's is slack://)
    const chat = contactLinkFor(viewer.platform, viewer.tenantId, a);
    const url = chat && isSafeUrl(chat) ? chat : a.email ? `mailto:${a.email}` : undefined;
    return [
      {
        type: 'text',
        text: t('ambassador.list.entry', {
          name: escapeMarkdown(a.displayName),
          scope: scopeText(t, a.scope, viewer.groupNames),
        }),
      },
      ...(url
        ? [
            {
              type: 'buttons',
              buttons: [link(t('ambassador.contact', { name: a.displayName }), url)],
            } as CardBlock,
          ]
        : []),
    ];
  });
  return card(
    t('ambassador.list.title'),
    { type: 'heading', text: t('ambassador.list.title') },
    { type: 'text', text: list.length ? t('ambassador.list.intro') : t('ambassador.list.none') },
    ...entries,
    {
      type: 'buttons',
      buttons: viewer.isAmbassador
        ? [
            ambassadorActions.pause.button(t('ambassador.pause'), {}),
            ambassadorActions.stepDown.button(t('ambassador.step_down'), {}, 'danger'),
          ]
        : [
            ambassadorActions.become.button(t('ambassador.become'), {}),
            { ...ambassadorActions.propose.button(t('ambassador.propose'), {}), opensDialog: true },
          ],
    },
  );
}

export function proposeDialogCard(t: Translator): Card {
  return card(t('ambassador.propose'), {
    type: 'inputs',
    inputs: [
      {
        kind: 'text',
        id: proposeInput,
        label: t('ambassador.propose.field'),
        required: true,
        maxLength: 320,
      },
    ],
    submit: ambassadorActions.proposeSubmit.button(t('ambassador.propose.submit'), {}, 'primary'),
  });
}

/** The nomination, to each admin: approve or refuse with one click. */
export function approvalCard(t: Translator, candidate: Ambassador, by: string): Card {
  return card(
    t('ambassador.approval.title'),
    { type: 'heading', text: t('ambassador.approval.title') },
    {
      type: 'text',
      text: t('ambassador.approval.body', {
        name: escapeMarkdown(candidate.displayName),
        scope: scopeText(t, candidate.scope),
        by: escapeMarkdown(by),
      }),
    },
    {
      type: 'buttons',
      buttons: [
        ambassadorActions.approve.button(
          t('ambassador.approve'),
          { personId: candidate.personId },
          'primary',
        ),
        ambassadorActions.refuse.button(t('ambassador.refuse'), { personId: candidate.personId }),
      ],
    },
    { type: 'context', text: t('ambassador.why.admin') },
  );
}

/** A short answer shown in place of a card once it was acted on. */
export const outcomeCard = (text: string, why?: string): Card =>
  card(text, { type: 'text', text }, why ? { type: 'context', text: why } : undefined);

export interface RelayCardData {
  requestId: string;
  title: string;
  summary: string;
  message: string;
  relayDate: string;
  channels: { id: string; name: string }[];
}

/** The relay request: the item's preview, the suggested message, and the four answers. */
export function relayRequestCard(t: Translator, d: RelayCardData): Card {
  const payload = { requestId: d.requestId };
  return card(
    t('ambassador.relay.title'),
    { type: 'heading', text: t('ambassador.relay.title') },
    { type: 'text', text: `**${escapeMarkdown(d.title)}**` },
    d.summary ? { type: 'text', text: escapeMarkdown(d.summary), subtle: true } : undefined,
    { type: 'text', text: t('ambassador.relay.suggested', { message: escapeMarkdown(d.message) }) },
    { type: 'context', text: t('ambassador.relay.date', { date: d.relayDate }) },
    d.channels.length > 0 && {
      type: 'inputs',
      inputs: [
        {
          kind: 'choice',
          id: relayInputs.channel,
          label: t('ambassador.relay.channel'),
          required: true,
          options: d.channels.map((c) => ({ id: c.id, label: c.name })),
        },
      ],
      submit: ambassadorActions.share.button(t('ambassador.relay.share'), payload, 'primary'),
    },
    {
      type: 'buttons',
      buttons: [
        ambassadorActions.elsewhere.button(t('ambassador.relay.elsewhere'), payload),
        ambassadorActions.snooze.button(t('ambassador.relay.snooze'), payload),
      ],
    },
    {
      type: 'inputs',
      inputs: [{ kind: 'text', id: relayInputs.reason, label: t('ambassador.relay.reason'), maxLength: 500 }],
      submit: ambassadorActions.decline.button(t('ambassador.relay.decline'), payload),
    },
    { type: 'context', text: t('ambassador.why.ambassador') },
  );
}

export interface DigestEntry {
  personId: string;
  displayName: string;
  reason: NeedReason;
}

/** The weekly digest: at most N colleagues, each with help / nudge / done. */
export function digestCard(t: Translator, week: string, entries: DigestEntry[], inactiveDays: number): Card {
  const rows: CardBlock[] = entries.flatMap((e): CardBlock[] => {
    const payload = { personId: e.personId, week };
    const why =
      e.reason === 'tour'
        ? t('ambassador.digest.reason.tour')
        : e.reason === 'unacknowledged'
          ? t('ambassador.digest.reason.unacknowledged')
          : t('ambassador.digest.reason.inactive', { days: inactiveDays });
    return [
      { type: 'text', text: `**${escapeMarkdown(e.displayName)}**: ${why}` },
      {
        type: 'buttons',
        buttons: [
          ambassadorActions.help.button(t('ambassador.digest.help'), payload, 'primary'),
          ambassadorActions.nudge.button(t('ambassador.digest.nudge'), payload),
          ambassadorActions.done.button(t('ambassador.digest.done'), payload),
        ],
      },
    ];
  });
  return card(
    t('ambassador.digest.title'),
    { type: 'heading', text: t('ambassador.digest.title') },
    { type: 'text', text: entries.length ? t('ambassador.digest.intro') : t('ambassador.digest.none') },
    ...rows,
    { type: 'context', text: t('ambassador.why.ambassador') },
  );
}

/** The friendly nudge, in the colleague's language, naming the ambassador; with "stop these". */
export function nudgeCard(t: Translator, ambassadorName: string): Card {
  const name = escapeMarkdown(ambassadorName);
  return card(
    t('ambassador.nudge.title'),
    { type: 'heading', text: t('ambassador.nudge.title') },
    { type: 'text', text: t('ambassador.nudge.body', { name }) },
    { type: 'context', text: t('ambassador.nudge.why', { name }) },
    { type: 'buttons', buttons: [ambassadorActions.stop.button(t('ambassador.nudge.stop'), {})] },
  );
}
