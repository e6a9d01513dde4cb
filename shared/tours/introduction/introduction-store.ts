/**
 * What the introduction remembers, in the kv (no migration of its own): the team channels a
 * person joined (recorded by the adapters' team_join / member_joined_channel triggers), the
 * channels configured per department or site, and the person's consent — who, when, which text,
 * where — once they posted or declined. The consent record is the proof that nothing was posted
 * without them; every decision is also in the event log.
 */
import type Keyv from 'keyv';
import type { ConversationTarget } from '../../messaging/messenger.js';
import type { Person } from '../../people/person.js';

/** A team channel the person was added to; `groupKey` names the team or channel. */
export interface TeamChannel {
  groupKey: string;
  target: ConversationTarget;
  /** ISO time the person was seen joining */
  at: string;
}

/** A configured channel: newcomers of this department and/or site are introduced there. */
export interface ChannelRule {
  department?: string | null;
  site?: string | null;
  target: ConversationTarget;
}

export interface IntroductionConsent {
  personId: string;
  status: 'posted' | 'declined';
  /** ISO time of the decision */
  at: string;
  /** the text as posted (empty when declined) */
  text: string;
  groupKey: string | null;
  conversation: ConversationTarget | null;
  messageId: string | null;
}

const channelsKey = (personId: string) => `tours:introduction:channels:${personId}`;
const consentKey = (personId: string, groupKey: string) =>
  `tours:introduction:consent:${personId}:${groupKey}`;
const rulesKey = 'tours:introduction:rules';
/** a person keeps at most this many remembered team channels (the most recent ones) */
const MAX_CHANNELS = 20;

export interface IntroductionStore {
  rememberTeamChannel(personId: string, channel: Omit<TeamChannel, 'at'>): Promise<void>;
  teamChannels(personId: string): Promise<TeamChannel[]>;
  rules(): Promise<ChannelRule[]>;
  setRules(rules: ChannelRule[]): Promise<void>;
  consent(personId: string, groupKey: string): Promise<IntroductionConsent | undefined>;
  saveConsent(consent: IntroductionConsent): Promise<void>;
}

export function createIntroductionStore(kv: Keyv): IntroductionStore {
  return {
    async rememberTeamChannel(personId, channel) {
      const known = ((await kv.get(channelsKey(personId))) as TeamChannel[] | undefined) ?? [];
      const others = known.filter((c) => c.groupKey !== channel.groupKey);
      const next = [{ ...channel, at: new Date().toISOString() }, ...others].slice(0, MAX_CHANNELS);
      await kv.set(channelsKey(personId), next);
    },
    async teamChannels(personId) {
      return ((await kv.get(channelsKey(personId))) as TeamChannel[] | undefined) ?? [];
    },
    async rules() {
      return ((await kv.get(rulesKey)) as ChannelRule[] | undefined) ?? [];
    },
    async setRules(rules) {
      await kv.set(rulesKey, rules);
    },
    async consent(personId, groupKey) {
      return (await kv.get(consentKey(personId, groupKey))) as IntroductionConsent | undefined;
    },
    async saveConsent(consent) {
      await kv.set(consentKey(consent.personId, consent.groupKey ?? 'configured'), consent);
    },
  };
}

/**
 * Where a person is introduced: the team channel named by `groupKey` if they joined it, else the
 * one they joined last, else the configured channel that fits best (department and site, then
 * department, then site). Never a channel the request names itself: a forged button cannot make
 * Relais post anywhere else.
 */
export function pickChannel(
  person: Pick<Person, 'department' | 'site'>,
  joined: TeamChannel[],
  rules: ChannelRule[],
  groupKey?: string,
): { groupKey: string; target: ConversationTarget } | undefined {
  const chosen = (groupKey && joined.find((c) => c.groupKey === groupKey)) || joined[0];
  if (chosen) return { groupKey: chosen.groupKey, target: chosen.target };
  const same = (a: string | null | undefined, b: string | null) =>
    Boolean(a) && Boolean(b) && a!.toLowerCase() === b!.toLowerCase();
  const rule =
    rules.find((r) => same(r.department, person.department) && same(r.site, person.site)) ??
    rules.find((r) => same(r.department, person.department) && !r.site) ??
    rules.find((r) => same(r.site, person.site) && !r.department);
  if (!rule) return undefined;
  return {
    groupKey: `configured:${rule.target.platform}:${rule.target.conversationId}`,
    target: rule.target,
  };
}
