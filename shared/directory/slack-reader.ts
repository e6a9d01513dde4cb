/**
 * Slack as a directory source: `users.list` page by page (`include_locale`, Tier 2: a 429 waits
 * for its Retry-After, a bounded number of times), the workspace from `auth.test`, the custom
 * profile field ids of the configured labels from `team.profile.get`. users.list has no delta:
 * every round reads the whole workspace; `team_join` and `user_change` events keep people current
 * between rounds. A refused token or a missing scope stops the run naming what to fix.
 * Several workspaces of one Enterprise Grid org (DIRECTORY_SLACK_TEAMS, an org-level token) are
 * one reader each: its own cursor, its own retries, users.list and team.profile.get with its
 * `team_id`; a stop in one leaves the others to run.
 */
import { DirectoryStop } from './directory-errors.js';
import type { DirectoryReader, SourcePage } from './directory-source.js';
import { mapSlackMember, type SlackWorkspace } from './slack-mapping.js';

export interface SlackReaderOptions {
  apiUrl: string;
  botToken: string;
  departmentLabel?: string;
  siteLabel?: string;
  maxRetries: number;
  /** with an org-level token: the workspace this reader reads (users.list `team_id`) */
  teamId?: string;
  /** every workspace of the org read: a member found in one is the same account in all */
  orgTeamIds?: string[];
  /** members per users.list page (Slack recommends at most 200) */
  pageSize?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One Slack Web API call (form body, bot token): its answer, 429 retried after Retry-After. */
export function createSlackCaller(options: SlackReaderOptions) {
  const sleep = options.sleep ?? realSleep;
  const base = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;
  return async (method: string, args: Record<string, string> = {}): Promise<Record<string, unknown>> => {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(`${base}${method}`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${options.botToken}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams(args).toString(),
        });
      } catch (error) {
        if (attempt >= options.maxRetries)
          throw new DirectoryStop(
            'slack_unavailable',
            `Slack unreachable at SLACK_API_URL: ${(error as Error).message}`,
          );
        await sleep(1000 * 2 ** attempt);
        continue;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < options.maxRetries) {
        await response.body?.cancel();
        const seconds = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000 * 2 ** attempt);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new DirectoryStop('slack_unavailable', `Slack ${method} answered HTTP ${response.status}`);
      }
      const body = (await response.json()) as Record<string, unknown>;
      if (body.ok === true) return body;
      const error = String(body.error ?? 'unknown_error');
      if (
        ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired'].includes(error)
      )
        throw new DirectoryStop('slack_auth', `Slack refused SLACK_BOT_TOKEN (${method}: ${error})`);
      if (error === 'missing_scope')
        throw new DirectoryStop(
          'slack_scope',
          `Slack ${method} needs the scope ${String(body.needed ?? '?')}: add users:read, users:read.email and team:read to the Slack app and reinstall it`,
        );
      throw new DirectoryStop('slack_unavailable', `Slack ${method} failed: ${error}`);
    }
  };
}

export function createSlackReader(
  options: SlackReaderOptions,
): DirectoryReader & { workspace(): Promise<SlackWorkspace> } {
  const call = createSlackCaller(options);
  // an org token must say which workspace it means
  const team: Record<string, string> = options.teamId ? { team_id: options.teamId } : {};
  let known: SlackWorkspace | undefined;

  async function workspace(): Promise<SlackWorkspace> {
    if (known) return known;
    const auth = await call('auth.test');
    const enterpriseId = typeof auth.enterprise_id === 'string' ? auth.enterprise_id : undefined;
    // a workspace token would ignore team_id and list its own workspace under another's name
    if (options.teamId && !(auth.is_enterprise_install === true && enterpriseId))
      throw new DirectoryStop(
        'slack_auth',
        "DIRECTORY_SLACK_TEAMS needs in SLACK_BOT_TOKEN the org-level token of an Enterprise Grid org (the app installed on the whole org); auth.test says this token is one workspace's",
      );
    const teamId = options.teamId ?? String(auth.team_id);
    let departmentFieldId: string | undefined;
    let siteFieldId: string | undefined;
    if (options.departmentLabel || options.siteLabel) {
      const profile = await call('team.profile.get', team);
      const fields = ((profile.profile as { fields?: { id: string; label: string }[] } | undefined)?.fields ??
        []) as {
        id: string;
        label: string;
      }[];
      const byLabel = (label?: string) =>
        label ? fields.find((f) => f.label.trim().toLowerCase() === label.toLowerCase())?.id : undefined;
      departmentFieldId = byLabel(options.departmentLabel);
      siteFieldId = byLabel(options.siteLabel);
    }
    known = { teamId, enterpriseId, departmentFieldId, siteFieldId, orgTeamIds: options.orgTeamIds };
    return known;
  }

  /** A stop names the workspace when there are several (which one to fix). */
  const naming = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      if (!(options.teamId && error instanceof DirectoryStop)) throw error;
      throw new DirectoryStop(error.code, `Slack workspace ${options.teamId}: ${error.message}`);
    }
  };

  return {
    name: 'slack',
    // another token (another workspace) never resumes this one's cursor
    key: () => naming(async () => `slack:${(await workspace()).teamId}`),
    workspace,
    readPage: (position) =>
      naming(async (): Promise<SourcePage> => {
        const ws = await workspace();
        const cursor = position?.state === 'paging' && position.cursor ? position.cursor : undefined;
        const page = await call('users.list', {
          limit: String(options.pageSize ?? 200),
          include_locale: 'true',
          ...team,
          ...(cursor && { cursor }),
        });
        const members = Array.isArray(page.members) ? page.members : [];
        const next = (page.response_metadata as { next_cursor?: string } | undefined)?.next_cursor;
        return {
          items: members.map((m) => mapSlackMember(m, ws)),
          next: next ? { cursor: next, state: 'paging' } : { cursor: null, state: 'done' },
        };
      }),
  };
}
