/**
 * Who may reach the Teams bot, decided before botbuilder runs a turn:
 *
 * - Local mode (no MICROSOFT_APP_ID) authenticates nobody, and replies go to the activity's own
 *   serviceUrl. Accepting any serviceUrl would let whoever reaches the port make this server send
 *   requests anywhere (server-side request forgery), so only loopback connectors are accepted:
 *   the Agents Playground and the test connector. The server also refuses to start in that mode
 *   when it listens on a non-loopback interface (HOST=0.0.0.0 and the like: anyone on the network
 *   could post as any Teams user) or when PUBLIC_URL says it is public (https), unless
 *   TEAMS_ALLOW_UNAUTHENTICATED=1 says a developer exposes it on purpose (the Agents Playground
 *   through an https tunnel or from another local interface). Real Teams cannot use local mode
 *   anyway: its serviceUrls are never loopback.
 * - Auth mode: a valid Bot Framework token proves the request came from the Bot Framework, not
 *   from which tenant. A SingleTenant bot serves its own tenant (plus TEAMS_ALLOWED_TENANTS); an
 *   activity from any other tenant gets no turn.
 */
import { BlockList, isIP } from 'node:net';
import type { Config } from '../../../shared/config/config.js';
import { AppError } from '../../../shared/errors/errors.js';

/** hostnames as WHATWG URL spells them */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(serviceUrl).hostname);
  } catch {
    return false; // not a URL at all: certainly not a loopback connector
  }
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6'); // BlockList also matches IPv4-mapped forms (::ffff:127.0.0.1)

/**
 * Whether a listen host (HOST) is reachable from this machine only: `localhost`, 127.0.0.0/8 or
 * ::1 (also as an IPv4-mapped address). Anything else, 0.0.0.0 and :: included, is the network.
 */
export function isLoopbackListenHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  const family = isIP(bare);
  return family !== 0 && loopback.check(bare, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Throws config_invalid when Teams would run unauthenticated where others can reach it: on a
 * non-loopback listen host, or behind an https PUBLIC_URL.
 */
export function assertLocalModeIsLocal(config: Config): void {
  if (!config.teams.enabled || config.teams.appId || config.teams.allowUnauthenticated) return;
  const publicHttps = new URL(config.publicUrl).protocol === 'https:';
  const networkHost = !isLoopbackListenHost(config.listenHost);
  if (!publicHttps && !networkHost) return;
  const exposure = networkHost
    ? `HOST=${config.listenHost} opens it to the network`
    : `PUBLIC_URL=${config.publicUrl} says this server is public`;
  throw new AppError(
    'config_invalid',
    `Refusing to start: MICROSOFT_APP_ID is unset, so POST /api/messages would accept anyone as any Teams user, and ${exposure}.\n` +
      '  Set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (the bot identity),\n' +
      '  or TEAMS_ENABLED=0 for a Slack-only deployment,\n' +
      '  or TEAMS_ALLOW_UNAUTHENTICATED=1 to reach the Agents Playground through an https tunnel or another local interface on purpose.',
    [networkHost ? 'HOST' : 'PUBLIC_URL', 'MICROSOFT_APP_ID'],
  );
}

/** The tenants an activity names (Teams puts it in channelData.tenant and conversation.tenantId). */
export function activityTenants(activity: {
  channelData?: unknown;
  conversation?: { tenantId?: unknown };
}): string[] {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  return [channelData?.tenant?.id, activity.conversation?.tenantId].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
}

/**
 * Whether an activity's tenant is served: every tenant it names must be allowed, and it must name
 * one. An empty allowlist (MultiTenant bot without TEAMS_ALLOWED_TENANTS) serves any tenant.
 */
export function tenantAllowed(allowed: readonly string[], tenants: string[]): boolean {
  if (allowed.length === 0) return true;
  return tenants.length > 0 && tenants.every((t) => allowed.includes(t));
}
