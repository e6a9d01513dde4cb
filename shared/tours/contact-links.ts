/**
 * The link that opens a chat with a resource person, per platform: a lookup table of small URL
 * builders (platforms are data here, not a branch in the tour logic). Teams deep-links a 1:1 chat
 * by email; Slack opens the user's DM by workspace and user id.
 */
import type { PlatformIdentity, PlatformName } from '../messaging/messenger.js';

type ContactLink = (identity: PlatformIdentity | undefined, email: string | null) => string | undefined;

export const contactLinks: Record<PlatformName, ContactLink> = {
  teams: (_identity, email) =>
    email ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}` : undefined,
  slack: (identity) =>
    identity
      ? `slack://user?team=${encodeURIComponent(identity.tenantId)}&id=${encodeURIComponent(identity.userId)}`
      : undefined,
};

/**
 * How the viewer (on `platform`) reaches `contact`: the contact's identity on the same platform
 * and workspace/tenant when they have one, else any identity of theirs on that platform.
 */
export function contactLinkFor(
  platform: PlatformName,
  viewerTenantId: string | undefined,
  contact: { email: string | null; identities: PlatformIdentity[] },
): string | undefined {
  const onPlatform = contact.identities.filter((i) => i.platform === platform);
  const identity = onPlatform.find((i) => i.tenantId === viewerTenantId) ?? onPlatform[0];
  return contactLinks[platform]?.(identity, contact.email);
}
