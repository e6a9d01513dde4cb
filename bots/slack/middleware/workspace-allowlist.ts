/**
 * Which Slack workspaces Relais serves. SLACK_ALLOWED_TEAM_IDS lists workspace (T…) and Enterprise
 * Grid organisation (E…) ids; a single-workspace setup (SLACK_BOT_TOKEN) also serves the token's
 * own workspace, learned with auth.test. Without either, any workspace is served (a public app).
 *
 * A request from another workspace is signed by Slack all the same (one signing secret per app),
 * so the check runs on what Bolt says the request is for (its authorize source and context): the
 * authorize guard never hands such a request a token, and the first global middleware acks it and
 * stops it, with a warning. The OAuth callback asks `permits` before storing an installation.
 */
import type { AnyMiddlewareArgs, Authorize, AuthorizeSourceData, Middleware } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../shared/logging/logger.js';

export interface SlackWorkspace {
  teamId?: string;
  enterpriseId?: string;
}

export interface WorkspaceAllowlist {
  /** false only when a list is in force and names neither the workspace nor its organisation */
  permits(workspace: SlackWorkspace): Promise<boolean>;
}

export function createWorkspaceAllowlist(options: {
  /** SLACK_ALLOWED_TEAM_IDS */
  configured: readonly string[];
  /** the single-workspace token's own workspace (see ownWorkspace) */
  own?: () => Promise<SlackWorkspace>;
}): WorkspaceAllowlist {
  const configured = new Set(options.configured);
  return {
    async permits({ teamId, enterpriseId }) {
      if (configured.size === 0 && !options.own) return true;
      const allowed = new Set(configured);
      if (options.own) {
        const own = await options.own();
        // an org-wide token (no team) stands for its whole organisation
        const id = own.teamId ?? own.enterpriseId;
        if (id) allowed.add(id);
      }
      return Boolean((teamId && allowed.has(teamId)) || (enterpriseId && allowed.has(enterpriseId)));
    },
  };
}

/** The bot token's workspace from auth.test, asked once, and again after a failure. */
export function ownWorkspace(client: WebClient, botToken: string): () => Promise<SlackWorkspace> {
  let known: Promise<SlackWorkspace> | undefined;
  return async () => {
    known ??= client.auth.test({ token: botToken }).then((r) => ({
      teamId: r.team_id || undefined,
      enterpriseId: r.enterprise_id || undefined,
    }));
    try {
      return await known;
    } catch (error) {
      known = undefined;
      throw error;
    }
  };
}

/**
 * Wraps Bolt's authorize: a workspace that is not allowed gets no token (and no installation
 * lookup, which would fail and be reported as an error); the middleware below then drops it.
 */
export function guardAuthorize<B extends boolean>(
  allowlist: WorkspaceAllowlist,
  inner: Authorize<B>,
): Authorize<B> {
  return async (source: AuthorizeSourceData<B>, body) => {
    if (!(await allowlist.permits(source)))
      return { teamId: source.teamId, enterpriseId: source.enterpriseId };
    return inner(source, body);
  };
}

/** First global middleware: acks and ignores requests from workspaces that are not allowed. */
export function workspaceAllowlistMiddleware(
  allowlist: WorkspaceAllowlist,
  logger: Logger,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { teamId, enterpriseId } = args.context;
    if (await allowlist.permits({ teamId, enterpriseId })) {
      await args.next();
      return;
    }
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
    logger.warn({ teamId, enterpriseId }, 'Slack request from a workspace that is not allowed ignored');
  };
}
