/**
 * The group portal service: what a member of a group reads on its portal (the welcome text,
 * pinned items, resources, the group's news and open polls, its managers' contacts), what its
 * managers edit (the content and the group's tour), and the group tour started for a guest once
 * they may see the group (charter accepted, or joined a group without a charter). Rules hold here
 * whatever the path (REST, App Home, tab): a reader who is not in the group learns nothing of it
 * (404, as for a group that does not exist); only the group's managers and admins edit (403).
 */
import { can, type Principal, principalPersonId } from '../../auth/principal.js';
import { AppError, isAppError } from '../../errors/errors.js';
import { type Locale, translator } from '../../i18n/i18n.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { Logger } from '../../logging/logger.js';
import type { NewsService } from '../../news/news-service.js';
import type { PeopleService } from '../../people/people-service.js';
import type { Person } from '../../people/person.js';
import type { PollService } from '../../polls/poll-service.js';
import type { TourStepInput } from '../../tours/tour-model.js';
import type { TourService } from '../../tours/tour-service.js';
import { type Group, groupName } from '../group-model.js';
import type { GroupService } from '../group-service.js';
import { groupNotFound } from '../group-store.js';
import type { GroupGuestsService } from '../reviews/guests-capability.js';
import { type GroupPortal, type PortalContent, textIn } from './portal-model.js';
import {
  groupNews,
  groupPolls,
  isGroupNews,
  PORTAL_PRINCIPAL,
  type PortalNewsLine,
  type PortalPollLine,
} from './portal-reads.js';
import type { PortalStore } from './portal-store.js';
import { queueTourCatchUp, runTourCatchUp, type TourCatchUp } from './portal-tour-catchup.js';

export interface PortalContact {
  personId: string;
  displayName: string;
  email: string | null;
  /** opens a chat with them: Teams by email, Slack by their user id */
  chat: { teams: string | null; slack: string | null };
}

/** A portal as its reader sees it, in their language. */
export interface PortalView {
  group: { id: string; kind: Group['kind']; name: string; description: string };
  welcome: string;
  /** sections with their links; an editor also sees the sections still without links */
  sections: { title: string; resources: { title: string; url: string }[] }[];
  pinned: PortalNewsLine[];
  news: PortalNewsLine[];
  polls: PortalPollLine[];
  contacts: PortalContact[];
  tour: { id: string; steps: number } | null;
  canEdit: boolean;
  /** what the editor starts from, both languages (editors only) */
  content: (GroupPortal & { tourSteps: TourStepInput[] }) | null;
}

export interface GroupPortalService {
  view(principal: Principal, groupId: string, locale: Locale): Promise<PortalView>;
  edit(principal: Principal, groupId: string, content: PortalContent, locale: Locale): Promise<PortalView>;
  /** creates, replaces (steps) or archives (null) the group's tour */
  setTour(
    principal: Principal,
    groupId: string,
    steps: TourStepInput[] | null,
    locale: Locale,
  ): Promise<PortalView>;
  /** the portals a person may open: their current groups */
  portalsOf(person: Person, locale: Locale): Promise<{ id: string; name: string; kind: Group['kind'] }[]>;
  /** a person's portals as the App Home shows them (their groups, in their language) */
  homeViews(person: Person, locale: Locale): Promise<PortalView[]>;
  /** starts each group's tour for a guest who may now see these groups */
  startGroupTours(personId: string, groupIds?: readonly string[]): Promise<void>;
  /** one batch of the walk starting a group's new or changed tour for the guests already in it */
  catchUpTour(walk: TourCatchUp): Promise<void>;
}

export interface PortalDeps {
  store: PortalStore;
  groups: GroupService;
  guests: GroupGuestsService;
  news: NewsService;
  polls: PollService;
  tours: TourService;
  people: PeopleService;
  jobs: JobQueue;
  logger: Logger;
}

const MAX_TOUR_STEPS = 20;

const chatLinks = (person: Person | undefined, email: string | null): PortalContact['chat'] => {
  const slack = person?.identities.find((i) => i.platform === 'slack');
  return {
    teams: email ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}` : null,
    slack: slack
      ? `slack://user?team=${encodeURIComponent(slack.tenantId)}&id=${encodeURIComponent(slack.userId)}`
      : null,
  };
};

export function createGroupPortalService(deps: PortalDeps): GroupPortalService {
  const { store, groups, news, polls, tours } = deps;

  /** the group and whether the reader edits it; not_found for anyone outside it */
  const reading = async (
    principal: Principal,
    groupId: string,
  ): Promise<{ group: Group; canEdit: boolean }> => {
    const group = await groups.store.getGroup(groupId);
    if (!group) throw groupNotFound();
    if (can(principal, 'admin')) return { group, canEdit: true };
    if (principal.kind !== 'person' || !principal.person.active || group.archivedAt) throw groupNotFound();
    const right = await groups.store.rightOf(groupId, principal.person.id);
    if (!right) throw groupNotFound();
    return { group, canEdit: right === 'manager' };
  };

  const editing = async (principal: Principal, groupId: string): Promise<Group> => {
    const { group, canEdit } = await reading(principal, groupId);
    if (!canEdit)
      throw new AppError('forbidden', 'only managers edit the portal', undefined, {
        key: 'groups.error.not_manager',
      });
    if (group.archivedAt)
      throw new AppError('conflict', 'the group is archived', undefined, { key: 'groups.error.archived' });
    return group;
  };

  const contactsOf = async (groupId: string): Promise<PortalContact[]> => {
    const managers = (await groups.store.membersOf(groupId)).filter((m) => m.right === 'manager');
    return Promise.all(
      managers.map(async (m) => ({
        personId: m.personId,
        displayName: m.displayName,
        email: m.email,
        chat: chatLinks(await deps.people.get(m.personId), m.email),
      })),
    );
  };

  /** the group's tour while it runs; one archived or gone (from the tours console) is no tour */
  const tourOf = async (tourId: string | null) => {
    if (!tourId) return null;
    try {
      const tour = await tours.get(PORTAL_PRINCIPAL, tourId);
      return tour.status === 'archived' ? null : tour;
    } catch (error) {
      if (isAppError(error) && error.code === 'not_found') return null;
      throw error;
    }
  };

  const viewOf = async (group: Group, canEdit: boolean, locale: Locale): Promise<PortalView> => {
    const portal = await store.portalOf(group);
    const [{ pinned, recent }, open, contacts, tour] = await Promise.all([
      groupNews(news, group.id, portal.pinnedNews, locale),
      groupPolls(polls, group.id),
      contactsOf(group.id),
      tourOf(portal.tourId),
    ]);
    return {
      group: {
        id: group.id,
        kind: group.kind,
        name: groupName(group, locale),
        description: textIn(
          { fr: group.descriptionFr ?? undefined, en: group.descriptionEn ?? undefined },
          locale,
        ),
      },
      welcome: textIn(portal.welcome, locale),
      sections: portal.sections
        .filter((s) => canEdit || s.resources.length > 0)
        .map((s) => ({
          title: textIn(s.title, locale),
          resources: s.resources.map((r) => ({ title: textIn(r.title, locale), url: r.url })),
        })),
      pinned,
      news: recent,
      polls: open,
      contacts,
      tour: tour ? { id: tour.id, steps: tour.steps.length } : null,
      canEdit,
      content: canEdit ? { ...portal, tourSteps: tour?.steps ?? [] } : null,
    };
  };

  /**
   * the running tours of these groups a person may start now: a guest (members of the
   * organisation have its own tours), active, in the group, its charter not waiting for them (the
   * tour starts once they accept it)
   */
  const startableTours = async (personId: string, groupIds?: readonly string[]) => {
    const person = await deps.people.get(personId);
    if (person?.kind !== 'guest' || !person.active) return [];
    const current = await groups.store.groupIdsOf(personId);
    const wanted = groupIds ? current.filter((id) => groupIds.includes(id)) : current;
    const waiting = new Set((await deps.guests.pendingCharters(personId)).map((p) => p.groupId));
    const toursByGroup = await store.toursOf(wanted.filter((id) => !waiting.has(id)));
    const running: [groupId: string, tourId: string][] = [];
    for (const [groupId, tourId] of toursByGroup) if (await tourOf(tourId)) running.push([groupId, tourId]);
    return running;
  };

  const startGroupTours: GroupPortalService['startGroupTours'] = async (personId, groupIds) => {
    for (const [groupId, tourId] of await startableTours(personId, groupIds)) {
      try {
        await tours.startTour(tourId, personId, { kind: 'manual', groupKey: `group:${groupId}` });
      } catch (error) {
        // one group's tour failing to start must not keep the guest from the others
        deps.logger.error({ err: error, groupId, personId }, 'group tour not started');
      }
    }
  };

  const catchUpTour: GroupPortalService['catchUpTour'] = (walk) =>
    runTourCatchUp(
      {
        jobs: deps.jobs,
        guestsOf: async (groupId) =>
          (await groups.store.membersOf(groupId))
            .filter((m) => m.personKind === 'guest')
            .map((m) => m.personId),
        startFor: async (personId, groupId, tourId) => {
          const startable = await startableTours(personId, [groupId]);
          // the group's tour since replaced or ended: that walk is over for them
          if (!startable.some(([, id]) => id === tourId)) return;
          // a failure throws: the job is retried, and a tour already started is not started again
          await tours.startTour(tourId, personId, { kind: 'manual', groupKey: `group:${groupId}` });
        },
      },
      walk,
    );

  return {
    async view(principal, groupId, locale) {
      const { group, canEdit } = await reading(principal, groupId);
      return viewOf(group, canEdit, locale);
    },

    async edit(principal, groupId, content, locale) {
      const group = await editing(principal, groupId);
      for (const [index, id] of content.pinnedNews.entries()) {
        if (!(await isGroupNews(news, groupId, id))) {
          throw new AppError(
            'bad_request',
            `news ${id} is not addressed to the group`,
            [{ field: `pinnedNews.${index}`, message: 'not the group’s news' }],
            { key: 'groups.portal.error.news_not_in_group', params: { id } },
          );
        }
      }
      await store.write(groupId, content, principalPersonId(principal));
      return viewOf(group, true, locale);
    },

    async setTour(principal, groupId, steps, locale) {
      const group = await editing(principal, groupId);
      const existing = await tourOf((await store.portalOf(group)).tourId);
      if (steps === null) {
        if (existing) await tours.archive(PORTAL_PRINCIPAL, existing.id);
        await store.setTour(group, null, principalPersonId(principal));
        return viewOf(group, true, locale);
      }
      if (steps.length === 0 || steps.length > MAX_TOUR_STEPS) {
        throw new AppError(
          'bad_request',
          'a group tour has 1 to 20 steps',
          [{ field: 'steps', message: 'count' }],
          {
            key: 'groups.portal.error.tour_steps',
            params: { max: MAX_TOUR_STEPS },
          },
        );
      }
      const input = {
        name: translator(locale)('groups.portal.tour_name', { group: groupName(group, locale) }),
        description: '',
        status: 'active' as const,
        // started by the portal (charter accepted, joined), never by a platform's trigger
        audience: { who: 'guests' as const, groupKey: `group:${groupId}` },
        triggers: ['manual' as const],
        steps,
      };
      const tour = existing
        ? await tours.update(PORTAL_PRINCIPAL, existing.id, input)
        : await tours.create(PORTAL_PRINCIPAL, input);
      if (!existing) await store.setTour(group, tour.id, principalPersonId(principal));
      // the guests already in the group get it too (newcomers get it on joining)
      await queueTourCatchUp(deps.jobs, { groupId, tourId: tour.id, version: tour.version });
      return viewOf(group, true, locale);
    },

    async portalsOf(person, locale) {
      return (await groups.store.groupsOf(person.id)).map(({ group }) => ({
        id: group.id,
        name: groupName(group, locale),
        kind: group.kind,
      }));
    },

    async homeViews(person, locale) {
      const mine = await groups.store.groupsOf(person.id);
      return Promise.all(mine.map(({ group, member }) => viewOf(group, member.right === 'manager', locale)));
    },

    startGroupTours,
    catchUpTour,
  };
}
