/**
 * Extranet guest groups: partners, providers and clients invited into a group with its space on
 * each platform, its managers, members and guests, their rights, a versioned charter; the
 * audience `groups` reaches a group's members and guests, and a guest sees only what is addressed
 * to their groups. Invitations, the charter gate and access reviews live in sub-folders.
 */
import { defineCapability } from '../capability/capability.js';
import type { NewsService } from '../news/news-service.js';
import type { PollService } from '../polls/poll-service.js';
import { groupActionHandlers } from './group-action-handlers.js';
import { groupAudiences } from './group-audiences.js';
import { groupCommand } from './group-command.js';
import { groupRoutes } from './group-routes.js';
import { createGroupService, type GroupService } from './group-service.js';
import { GroupStore } from './group-store.js';
import { teamIdsLookup } from './group-team-ids.js';
import { invitationsPart } from './invitations/invitations-part.js';
import { inviteChatHandlers } from './invitations/invite-chat.js';
import { groupsMigration } from './migrations/022-groups.js';
import { groupInvitationsMigration } from './migrations/023-group-invitations.js';
import { teamsSpaceRoute } from './teams-space-route.js';

export const groups = defineCapability({
  name: 'groups',
  migrations: [
    { id: '022-groups', migration: groupsMigration },
    { id: '023-group-invitations', migration: groupInvitationsMigration },
  ],
  ports: ['store', 'people', 'events', 'consoleUrl', 'config', 'logger', 'jobs', 'messengers'],
  uses: ['news', 'polls'],
  create(ports, { news, polls }: { news: NewsService; polls: PollService }) {
    const store = new GroupStore(ports.store);
    // a team's other id: the Teams adapter's to tell (none on a server without Teams)
    const teamIds = teamIdsLookup(ports.messengers);
    const invitations = invitationsPart(ports, store, teamIds);
    const service: GroupService = createGroupService({
      store,
      people: ports.people,
      events: ports.events,
      logger: ports.logger,
      invitations: invitations.invitations,
    });
    return {
      service,
      routes: [
        ...groupRoutes(service, ports.config.defaultLocale),
        ...invitations.routes,
        teamsSpaceRoute(store),
      ],
      jobs: invitations.jobs,
      actions: [
        ...groupActionHandlers({ groups: service, news, polls, consoleUrl: ports.consoleUrl }),
        ...inviteChatHandlers(service),
      ],
      commands: [groupCommand(service, ports.consoleUrl)],
      audienceGroups: groupAudiences(store, teamIds),
    };
  },
});
