/**
 * Who is clicking or typing: the Slack user behind a request becomes a core Person (learned
 * with the profile users.info gives — name, email, locale, time zone, guest or member — cached
 * in the kv until a UTC midnight a day or two away, so a busy person costs about one Tier 4 call
 * a day and the row does not tell when they acted), and the locale to answer
 * in: the person's own, then their Slack locale, then DEFAULT_LOCALE.
 */
import type { UsersInfoResponse, WebClient } from '@slack/web-api';
import type Keyv from 'keyv';
import type { Core } from '../../shared/core.js';
import { type Locale, resolveLocale } from '../../shared/i18n/i18n.js';
import { ttlToBoundary } from '../../shared/kv/boundary-ttl.js';
import { keptProfilesOf } from '../../shared/kv/kept-profiles.js';
import type { PlatformIdentity } from '../../shared/messaging/messenger.js';
import type { Person, PlatformProfile } from '../../shared/people/person.js';

export const PROFILE_TTL_MS = 24 * 60 * 60 * 1000;

export interface SlackActor {
  person: Person;
  identity: PlatformIdentity;
  locale: Locale;
  profile: PlatformProfile;
}

export interface SlackPeople {
  /**
   * learns (or refreshes) the person behind a Slack user and picks their locale; `enterpriseId`
   * (Bolt's context.enterpriseId) lets a user of another workspace of the same Enterprise Grid
   * organisation count as a member
   */
  resolve(client: WebClient, teamId: string, userId: string, enterpriseId?: string): Promise<SlackActor>;
  /** the locale known for a Slack user without calling Slack (cached profile), else undefined */
  cachedLocale(teamId: string, userId: string): Promise<Locale | undefined>;
}

const profileKey = (teamId: string, userId: string) => `slack:profile:${teamId}:${userId}`;

type SlackUser = NonNullable<UsersInfoResponse['user']>;

/** The workspace a request came from: its team, and its Enterprise Grid organisation if any. */
export interface SlackHome {
  teamId: string;
  enterpriseId?: string;
}

/**
 * Whether a users.info user belongs to another organisation: a Slack Connect external user
 * (their `team_id` is another workspace, of no Grid organisation of ours) or one Slack marks
 * `is_stranger`. Slack Connect people are not restricted in their own workspace, so
 * is_restricted says nothing about them.
 */
export function isExternalSlackUser(user: SlackUser, home: SlackHome): boolean {
  if (user.is_stranger) return true;
  if (!user.team_id || !home.teamId || user.team_id === home.teamId) return false;
  const organisation = user.enterprise_user?.enterprise_id ?? user.enterprise_id;
  // an org-wide install names the organisation (E…) where a workspace would be
  if (organisation && (organisation === home.enterpriseId || organisation === home.teamId)) return false;
  const workspaces = [...(user.teams ?? []), ...(user.enterprise_user?.teams ?? [])];
  return !workspaces.includes(home.teamId);
}

/**
 * The profile a users.info user gives. Multi-channel (is_restricted) and single-channel
 * (is_ultra_restricted) guests are guests, and so are external (Slack Connect) users when the
 * workspace asking is known; a user Slack marks unrestricted is otherwise a member.
 */
export function slackProfileOf(user: SlackUser | undefined, home?: SlackHome): PlatformProfile {
  const guest = Boolean(
    user?.is_restricted || user?.is_ultra_restricted || (user && home && isExternalSlackUser(user, home)),
  );
  return {
    displayName: user?.real_name || user?.profile?.real_name || user?.profile?.display_name || user?.name,
    email: user?.profile?.email,
    locale: user?.locale,
    timeZone: user?.tz,
    kind: guest ? 'guest' : user?.is_restricted === false ? 'member' : undefined,
  };
}

export function createSlackPeople(core: Pick<Core, 'people' | 'config'>, kv: Keyv): SlackPeople {
  // every click asks: a copy kept in memory until the row expires spares the kv read
  const profiles = keptProfilesOf(kv);
  async function profileOf(client: WebClient, home: SlackHome, userId: string): Promise<PlatformProfile> {
    const { teamId } = home;
    const cached = await profiles.get<PlatformProfile>(profileKey(teamId, userId));
    if (cached) return cached;
    // include_locale: users.info leaves the locale out unless asked
    const { user } = await client.users.info({ user: userId, include_locale: true });
    const profile = slackProfileOf(user, home);
    // until a UTC midnight, not now + a day: the row names the person, and now may be a vote
    await profiles.set(profileKey(teamId, userId), profile, ttlToBoundary(Date.now(), PROFILE_TTL_MS));
    return profile;
  }

  return {
    async resolve(client, teamId, userId, enterpriseId) {
      const identity: PlatformIdentity = { platform: 'slack', tenantId: teamId, userId };
      const profile = await profileOf(client, { teamId, enterpriseId }, userId);
      const person = await core.people.learn(identity, profile);
      return {
        person,
        identity,
        profile,
        locale: resolveLocale(person.locale, profile.locale, core.config.defaultLocale),
      };
    },
    async cachedLocale(teamId, userId) {
      const cached = await profiles.get<PlatformProfile>(profileKey(teamId, userId));
      return cached?.locale ? resolveLocale(undefined, cached.locale, core.config.defaultLocale) : undefined;
    },
  };
}
