/**
 * The groups' buttons bound to their handlers. Every one goes through the groups service, which
 * checks that the clicker manages the group (a forged or stale button gets a notice, nothing
 * more). Posting to the group opens the existing flows with the group as audience: a news draft
 * (news.createDraft, then its audience) finished in the console, a poll sent 1:1 (polls.create).
 */
import type { AnyAction } from '../actions/define-action.js';
import { type ActionRequest, fieldError } from '../actions/dispatcher.js';
import { audienceSchema } from '../audiences/audience.js';
import type { Principal } from '../auth/principal.js';
import { escapeMarkdown } from '../cards/markdown.js';
import { translator } from '../i18n/i18n.js';
import type { NewsService } from '../news/news-service.js';
import type { PollService } from '../polls/poll-service.js';
import { groupActions, groupInputs } from './group-actions.js';
import { managerCard, newsDialog, pollDialog, removeDialog, rightDialog } from './group-cards.js';
import { guarded } from './group-chat-guard.js';
import { type GroupRight, groupName, groupRights } from './group-model.js';
import type { GroupService } from './group-service.js';

export interface GroupChatDeps {
  groups: GroupService;
  news: NewsService;
  polls: PollService;
  consoleUrl: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const first = (value: unknown): string => (Array.isArray(value) ? text(value[0]) : text(value));

export function groupActionHandlers(deps: GroupChatDeps): AnyAction[] {
  const { groups, consoleUrl } = deps;
  const principalOf = (request: ActionRequest): Principal => ({ kind: 'person', person: request.actor });

  /**
   * The group one posts to from chat: its contributors (members or guests) may, as its managers
   * and admins do (through its page, which refuses anyone else); news and polls then check the
   * audience themselves.
   */
  const postingTo = async (groupId: string, request: ActionRequest) => {
    if ((await groups.store.rightOf(groupId, request.actor.id)) === 'contributor') {
      const group = await groups.store.getGroup(groupId);
      if (group && !group.archivedAt) return group;
    }
    return (await groups.page(principalOf(request), groupId)).group;
  };

  const cardOf = async (groupId: string, request: ActionRequest) => {
    // the page first: it checks the clicker manages the group
    const page = await groups.page(principalOf(request), groupId);
    const invitations = await groups.invitations.list(groupId);
    return managerCard(translator(request.locale), request.locale, page, consoleUrl, invitations);
  };

  return [
    groupActions.open.handledBy(
      guarded(async ({ groupId }, request) => ({ card: await cardOf(groupId, request) })),
    ),

    groupActions.right.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const page = await groups.page(principalOf(request), groupId);
        return { dialog: { title: t('groups.action.right'), card: rightDialog(t, page), size: 'small' } };
      }),
    ),
    groupActions.rightSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const personId = first(request.inputs?.[groupInputs.person]);
        const right = first(request.inputs?.[groupInputs.right]) as GroupRight;
        if (!personId) throw fieldError(groupInputs.person, t('groups.field.person'));
        if (!groupRights.includes(right)) throw fieldError(groupInputs.right, t('groups.field.right'));
        const line = await groups.setRight(principalOf(request), groupId, personId, right);
        return {
          notice: t('groups.done.right', {
            name: escapeMarkdown(line.displayName),
            right: t(`groups.right.${right}`),
          }),
        };
      }),
    ),

    groupActions.remove.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const page = await groups.page(principalOf(request), groupId);
        return { dialog: { title: t('groups.action.remove'), card: removeDialog(t, page), size: 'small' } };
      }),
    ),
    groupActions.removeSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const personId = first(request.inputs?.[groupInputs.person]);
        if (!personId) throw fieldError(groupInputs.person, t('groups.field.person'));
        const page = await groups.page(principalOf(request), groupId);
        const name = page.members.find((m) => m.personId === personId)?.displayName ?? personId;
        await groups.removeMember(principalOf(request), groupId, personId);
        return { notice: t('groups.done.removed', { name: escapeMarkdown(name) }) };
      }),
    ),

    groupActions.news.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        await postingTo(groupId, request);
        return { dialog: { title: t('groups.action.news'), card: newsDialog(t, groupId), size: 'large' } };
      }),
    ),
    groupActions.newsSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const title = text(request.inputs?.[groupInputs.title]);
        const body =
          typeof request.inputs?.[groupInputs.body] === 'string'
            ? (request.inputs[groupInputs.body] as string)
            : '';
        if (!title) throw fieldError(groupInputs.title, t('groups.field.title'));
        const principal = principalOf(request);
        const group = await postingTo(groupId, request);
        const draft = await deps.news.createDraft(principal, {
          title: title.slice(0, 200),
          body: body.slice(0, 4000),
          locale: request.locale,
        });
        await deps.news.update(principal, draft.id, { audience: { groups: [groupId] } });
        return {
          notice: t('groups.done.news', {
            title: escapeMarkdown(title),
            name: escapeMarkdown(groupName(group, request.locale)),
            url: `${consoleUrl}#/news/${draft.id}/edit`,
          }),
        };
      }),
    ),

    groupActions.poll.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        await postingTo(groupId, request);
        return { dialog: { title: t('groups.action.poll'), card: pollDialog(t, groupId), size: 'medium' } };
      }),
    ),
    groupActions.pollSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const question = text(request.inputs?.[groupInputs.question]);
        const options = text(request.inputs?.[groupInputs.options])
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean);
        if (!question) throw fieldError(groupInputs.question, t('groups.field.question'));
        if (options.length < 2 || options.length > 10)
          throw fieldError(groupInputs.options, t('groups.field.options.hint'));
        const principal = principalOf(request);
        const group = await postingTo(groupId, request);
        await deps.polls.create(
          principal,
          { question: question.slice(0, 300), options: options.map((o) => o.slice(0, 100)) },
          { audience: audienceSchema.parse({ groups: [groupId] }) },
        );
        return {
          notice: t('groups.done.poll', {
            question: escapeMarkdown(question),
            name: escapeMarkdown(groupName(group, request.locale)),
          }),
        };
      }),
    ),
  ];
}
