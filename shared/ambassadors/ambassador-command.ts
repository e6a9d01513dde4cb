/**
 * The `ambassadors` command (`ambassadeurs`): the ambassadors of my department and site and of my
 * guest groups (a guest: of their groups only), with a contact link.
 */
import type { CommandEntry } from '../capability/capability.js';
import { translator } from '../i18n/i18n.js';
import { ambassadorListCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { groupNames } from './group-scope.js';
import { ambassadorsOf } from './roster.js';

export const ambassadorCommand = (ctx: AmbassadorContext): CommandEntry => ({
  name: 'ambassadors',
  handle: async (request) => {
    const list = await ambassadorsOf(ctx, request.actor);
    const withIdentities = await Promise.all(
      list.map(async (a) => ({ ...a, identities: (await ctx.people.get(a.personId))?.identities ?? [] })),
    );
    const mine = await ctx.db
      .selectFrom('ambassadors')
      .select('status')
      .where('person_id', '=', request.actor.id)
      .executeTakeFirst();
    return ambassadorListCard(translator(request.locale), withIdentities, {
      groupNames: await groupNames(
        ctx,
        list.map((a) => a.scope),
        request.locale,
      ),
      platform: request.platform,
      tenantId:
        request.conversation?.tenantId ??
        request.actor.identities.find((i) => i.platform === request.platform)?.tenantId,
      isAmbassador: mine?.status === 'active' || mine?.status === 'paused',
    });
  },
});
