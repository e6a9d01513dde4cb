/** The `groups` command (`groupes`): the groups I am in, with a "Manage" button on those I manage. */
import type { CommandEntry } from '../capability/capability.js';
import { translator } from '../i18n/i18n.js';
import { myGroupsCard } from './group-cards.js';
import type { GroupService } from './group-service.js';

export const groupCommand = (groups: GroupService, consoleUrl: string): CommandEntry => ({
  name: 'groups',
  handle: async (request) => {
    const memberships = await groups.store.groupsOf(request.actor.id);
    const entries = await Promise.all(
      memberships.map(async ({ group, member }) => {
        const all = await groups.store.membersOf(group.id);
        const guests = all.filter((m) => m.personKind === 'guest').length;
        return {
          entry: { group, myRight: member.right, members: all.length - guests, guests },
          manages: member.right === 'manager' && request.actor.active,
        };
      }),
    );
    return myGroupsCard(translator(request.locale), request.locale, entries, consoleUrl);
  },
});
