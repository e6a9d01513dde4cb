/**
 * What the chat adapters call when a platform says a tour may start: a first contact (app
 * installed in a 1:1, Slack team_join or first App Home visit) or a person joining a team or a
 * channel. Joining also remembers that channel as the one the newcomer may be introduced to, and
 * when it started a tour about that team or channel, offers the introduction (once).
 * A tour that cannot start is logged, never a failed install or a lost platform event: the
 * person can still type `tour` later.
 */
import type Keyv from 'keyv';
import type { AccessGates } from '../../access/access-gates.js';
import type { ConversationTarget, PlatformName } from '../../messaging/messenger.js';
import { type OfferDeps, offerIntroduction } from '../introduction/introduction-offer.js';
import { createIntroductionStore } from '../introduction/introduction-store.js';
import type { Journey, TourTrigger } from '../tour-model.js';

export interface TourStarter {
  start(personId: string, trigger: TourTrigger): Promise<Journey[]>;
}

export interface TriggerDeps extends OfferDeps {
  kv: Keyv;
  tours: TourStarter;
  /** told of every contact first: a guest is asked for their group's charter (shared/access) */
  access?: Pick<AccessGates, 'contact'>;
}

const tellGates = (deps: TriggerDeps, personId: string, contact: Parameters<AccessGates['contact']>[1]) =>
  deps.access?.contact(personId, contact, (error) =>
    deps.logger.error({ err: error, personId, contact: contact.kind }, 'access gate contact failed'),
  );

async function startLogged(deps: TriggerDeps, personId: string, trigger: TourTrigger): Promise<Journey[]> {
  try {
    return await deps.tours.start(personId, trigger);
  } catch (error) {
    deps.logger.error({ err: error, personId, trigger: trigger.kind }, 'tour not started');
    return [];
  }
}

export async function startOnFirstContact(
  deps: TriggerDeps,
  personId: string,
  platform: PlatformName,
  conversation?: ConversationTarget,
): Promise<void> {
  await tellGates(deps, personId, {
    kind: 'first_contact',
    platform,
    ...(conversation ? { conversation } : {}),
  });
  await startLogged(deps, personId, {
    kind: 'first_contact',
    platform,
    ...(conversation ? { conversation } : {}),
  });
}

/** `team_join` (a Teams team) or `channel_join` (a Slack channel); groupKey names the team or channel. */
export async function startOnJoin(
  deps: TriggerDeps,
  personId: string,
  join: { kind: 'team_join' | 'channel_join'; conversation: ConversationTarget; groupKey: string },
): Promise<void> {
  await tellGates(deps, personId, {
    kind: 'join',
    platform: join.conversation.platform,
    conversation: join.conversation,
    groupKey: join.groupKey,
  });
  await createIntroductionStore(deps.kv).rememberTeamChannel(personId, {
    groupKey: join.groupKey,
    target: join.conversation,
  });
  const journeys = await startLogged(deps, personId, {
    kind: join.kind,
    platform: join.conversation.platform,
    conversation: join.conversation,
    groupKey: join.groupKey,
  });
  // a tour is about this team or channel: the newcomer is asked (once) whether to introduce them
  if (journeys.some((j) => j.trigger.kind === join.kind && j.trigger.groupKey === join.groupKey)) {
    try {
      await offerIntroduction(deps, personId, {
        platform: join.conversation.platform,
        tenantId: join.conversation.tenantId,
        groupKey: join.groupKey,
      });
    } catch (error) {
      deps.logger.error({ err: error, personId, groupKey: join.groupKey }, 'introduction not offered');
    }
  }
}
