/**
 * A recording fake of the Slack Web API on 127.0.0.1 (port 0), for SLACK_API_URL in tests.
 * It speaks the wire format WebClient uses (form-encoded or JSON bodies, Bearer token, HTTP 200
 * with `{ ok, error }`, 429 with Retry-After), records every call, and judges payloads the way
 * Slack does: Block Kit limits (`invalid_blocks`), 40,000-character text (`msg_too_long`).
 * Programmable: a user directory for users.info, workspaces and their bot tokens, OAuth codes,
 * rate limits, per-method/per-channel errors, 5xx and hang-ups. Also serves response_url endpoints and a
 * minimal Socket Mode WebSocket server behind apps.connections.open. Slack Connect:
 * conversations.inviteShared (one address per call, `invalid_email`, an invite id per call) and
 * conversations.kick (`not_in_channel`).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import querystring from 'node:querystring';
import WebSocket from 'ws';
import { blockKitError } from './block-kit-limits.js';
import { DEFAULT_EVENTUALLY_TIMEOUT_MS } from './eventually.js';

export interface FakeSlackCall {
  method: string;
  token?: string;
  body: Record<string, unknown>;
  /** what the fake answered */
  status: number;
  response: Record<string, unknown>;
  /** when the fake answered (epoch ms), for rate measurements */
  at?: number;
}

export interface FakeSlackUser {
  id: string;
  teamId: string;
  realName: string;
  email?: string;
  locale?: string;
  tz?: string;
  isBot?: boolean;
  /** a multi-channel guest (users.info is_restricted) */
  isRestricted?: boolean;
  /** a single-channel guest (users.info is_ultra_restricted) */
  isUltraRestricted?: boolean;
  /** a deactivated account (users.list still lists it, `deleted: true`) */
  deleted?: boolean;
  /** custom profile field values by field id (users.profile.get and events carry them, users.list does not) */
  fields?: Record<string, string>;
  /** other workspaces of the Grid org this member also belongs to (users.list of each lists them) */
  alsoIn?: string[];
  /** their Enterprise Grid org (users.list and users.info answer `enterprise_user`) */
  enterpriseId?: string;
}

export interface FakeWorkspace {
  teamId: string;
  teamName?: string;
  botToken: string;
  botUserId: string;
  botId: string;
  enterpriseId?: string;
  /**
   * an org-level token of an Enterprise Grid org (needs enterpriseId): auth.test says
   * is_enterprise_install, users.list and team.profile.get need a `team_id` among these workspaces
   */
  orgTeamIds?: string[];
}

export interface FakeOAuthGrant {
  code: string;
  workspace: FakeWorkspace;
  installerUserId: string;
  clientId?: string;
  clientSecret?: string;
}

/** A failure programmed for a method: Slack's `{ ok: false, error }`, or a bare HTTP status. */
export interface FakeFailure {
  error?: string;
  status?: number;
  /** only calls aimed at this channel fail */
  channel?: string;
  /** how many calls fail (default: every call until reset) */
  times?: number;
  /** close the connection without answering, like a Slack that went away mid-call */
  hangUp?: boolean;
}

export interface SocketEnvelope {
  envelope_id: string;
  type: string;
  payload: unknown;
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

const MAX_TEXT = 40_000;
/** fields WebClient sends JSON-encoded inside a form body */
const jsonFields = ['blocks', 'attachments', 'view', 'metadata'];

export class FakeSlackApi {
  readonly calls: FakeSlackCall[] = [];
  private server?: http.Server;
  private sockets?: WebSocket.Server;
  private readonly users = new Map<string, FakeSlackUser>();
  /** the workspace's custom profile fields, as team.profile.get lists them */
  profileFields: { id: string; label: string }[] = [];
  private readonly channelMembers = new Map<string, string[]>();
  private readonly channelNames = new Map<string, string>();
  private readonly workspaces = new Map<string, FakeWorkspace>();
  private readonly grants = new Map<string, FakeOAuthGrant>();
  private readonly failures = new Map<string, FakeFailure[]>();
  private readonly holds = new Map<
    string,
    { arrive: () => void; released: Promise<void>; matches: (body: Record<string, unknown>) => boolean }
  >();
  private readonly limits = new Map<
    string,
    {
      remaining?: number;
      perSecond?: number;
      retryAfter: number;
      perWorkspace?: boolean;
      windowSeconds?: number;
    }
  >();
  private readonly recent = new Map<string, number[]>();
  private readonly acks: Record<string, unknown>[] = [];
  private tsCounter = 0;
  /** Slack Connect invitations sent: lowercased address → invite ids, in order */
  readonly sharedInvites = new Map<string, string[]>();
  /** the app-level token apps.connections.open accepts */
  appToken = 'xapp-1-test';

  /** base URL for SLACK_API_URL, ends with /api/ */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  get origin(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** a fresh response_url; posts to it are recorded as method `response_url` */
  responseUrl(id: string = randomUUID()): string {
    return `${this.origin}/response/${id}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
    });
    this.sockets = new WebSocket.Server({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.sockets!.handleUpgrade(req, socket as Socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => this.sockets?.close(() => resolve()) ?? resolve());
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  // ---- programming -------------------------------------------------------------------------

  addWorkspace(workspace: FakeWorkspace): this {
    this.workspaces.set(workspace.botToken, workspace);
    return this;
  }

  addUser(user: FakeSlackUser): this {
    this.users.set(user.id, user);
    return this;
  }

  /** who conversations.members lists in `channel` (a channel never set is channel_not_found) */
  setChannelMembers(channel: string, userIds: string[], name?: string): this {
    this.channelMembers.set(channel, [...userIds]);
    if (name) this.channelNames.set(channel, name);
    return this;
  }

  addOAuthGrant(grant: FakeOAuthGrant): this {
    this.grants.set(grant.code, grant);
    return this;
  }

  /** the next `times` calls to `method` fail as described (every call when times is unset) */
  fail(method: string, failure: FakeFailure): this {
    this.failures.set(method, [...(this.failures.get(method) ?? []), { ...failure }]);
    return this;
  }

  /**
   * the next `calls` calls to `method` answer 429 with Retry-After; with teamId, only the calls
   * aimed at that workspace (an org token's `team_id`), as Slack limits each workspace on its own
   */
  rateLimit(method: string, opts: { calls: number; retryAfterSeconds: number; teamId?: string }): this {
    const key = opts.teamId ? `${method}@${opts.teamId}` : method;
    this.limits.set(key, { remaining: opts.calls, retryAfter: opts.retryAfterSeconds });
    return this;
  }

  /**
   * calls to `method` beyond `perSecond` in any one-second window answer 429; with perWorkspace,
   * each workspace (known by its bot token) has its own window, as Slack's workspace-wide limit;
   * with windowSeconds, `perSecond` on average over any window that long (Slack's tiers are per minute)
   */
  rateLimitPerSecond(
    method: string,
    perSecond: number,
    retryAfterSeconds = 1,
    options: { perWorkspace?: boolean; windowSeconds?: number } = {},
  ): this {
    this.limits.set(method, {
      perSecond,
      retryAfter: retryAfterSeconds,
      perWorkspace: options.perWorkspace,
      windowSeconds: options.windowSeconds,
    });
    return this;
  }

  /**
   * calls to `method` (those whose body `matches`) wait, unanswered, until `release()` (a slow
   * Slack): `arrived` resolves once the first of them is waiting
   */
  hold(
    method: string,
    matches: (body: Record<string, unknown>) => boolean = () => true,
  ): { arrived: Promise<void>; release(): void } {
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.set(method, { arrive, released, matches });
    return {
      arrived,
      release: () => {
        this.holds.delete(method);
        release();
      },
    };
  }

  /** forgets calls and programmed failures and limits (not users, workspaces or grants) */
  reset(): void {
    this.calls.length = 0;
    this.acks.length = 0;
    this.failures.clear();
    this.limits.clear();
    this.recent.clear();
  }

  // ---- reading -----------------------------------------------------------------------------

  callsTo(method: string): FakeSlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** waits until a call to `method` matching `match` was recorded (work after ack is async) */
  async waitForCall(
    method: string,
    match: (call: FakeSlackCall) => boolean = () => true,
    timeoutMs = DEFAULT_EVENTUALLY_TIMEOUT_MS,
  ): Promise<FakeSlackCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((c) => c.method === method && match(c));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.calls.map((c) => c.method).join(', ') || 'none';
        throw new Error(`no ${method} call within ${timeoutMs} ms (calls seen: ${seen})`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  // ---- Socket Mode -------------------------------------------------------------------------

  get socketConnections(): number {
    return this.sockets?.clients.size ?? 0;
  }

  async waitForSocket(timeoutMs = DEFAULT_EVENTUALLY_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.socketConnections === 0) {
      if (Date.now() > deadline) throw new Error('no Socket Mode connection');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** pushes an envelope to the connected app and resolves with its ack message */
  async pushEnvelope(
    type: string,
    payload: unknown,
    extra: Partial<SocketEnvelope> = {},
    timeoutMs = DEFAULT_EVENTUALLY_TIMEOUT_MS,
  ): Promise<Record<string, unknown>> {
    const envelope: SocketEnvelope = {
      envelope_id: randomUUID(),
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...extra,
    };
    const [socket] = this.sockets?.clients ?? [];
    if (!socket) throw new Error('no Socket Mode connection');
    socket.send(JSON.stringify(envelope));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ack = this.acks.find((a) => a.envelope_id === envelope.envelope_id);
      if (ack) return ack;
      if (Date.now() > deadline) throw new Error(`no ack for envelope ${envelope.envelope_id}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private onSocket(ws: WebSocket): void {
    ws.on('message', (data) => {
      try {
        this.acks.push(JSON.parse(String(data)));
      } catch {
        this.acks.push({ unparsable: String(data) });
      }
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.socketConnections,
        connection_info: { app_id: 'A0FAKE' },
        debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
      }),
    );
  }

  // ---- HTTP --------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof body.token === 'string'
        ? body.token
        : undefined;
    const url = new URL(req.url ?? '/', 'http://fake');

    if (url.pathname.startsWith('/response/')) {
      const response = this.messageProblems(body, false) ?? { ok: true };
      return this.answer(res, {
        method: 'response_url',
        token,
        body: { ...body, url: req.url },
        status: 200,
        response,
      });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const held = this.holds.get(method);
    if (held?.matches(body)) {
      held.arrive();
      await held.released;
    }

    const limited =
      (typeof body.team_id === 'string' ? this.rateLimited(`${method}@${body.team_id}`, token) : undefined) ??
      this.rateLimited(method, token);
    if (limited !== undefined) {
      const response = { ok: false, error: 'ratelimited' };
      this.calls.push({ method, token, body, status: 429, response, at: Date.now() });
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': String(limited) });
      res.end(JSON.stringify(response));
      return;
    }
    const failure = this.takeFailure(method, body);
    if (failure?.hangUp) {
      this.calls.push({ method, token, body, status: 0, response: { ok: false, error: 'hung_up' } });
      req.socket.destroy();
      return;
    }
    if (failure?.status) {
      const response = { ok: false, error: `http_${failure.status}` };
      this.calls.push({ method, token, body, status: failure.status, response });
      res.writeHead(failure.status, { 'Content-Type': 'text/plain' });
      res.end('upstream failure');
      return;
    }
    const response = failure?.error ? { ok: false, error: failure.error } : this.respond(method, token, body);
    return this.answer(res, { method, token, body, status: 200, response });
  }

  private answer(res: http.ServerResponse, call: FakeSlackCall): void {
    this.calls.push({ ...call, at: Date.now() });
    res.writeHead(call.status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(call.response));
  }

  private respond(
    method: string,
    token: string | undefined,
    body: Record<string, unknown>,
  ): Record<string, unknown> {
    if (method === 'oauth.v2.access') return this.oauthAccess(body);
    if (method === 'apps.connections.open') {
      return token === this.appToken
        ? { ok: true, url: `${this.origin.replace('http', 'ws')}/socket?ticket=${randomUUID()}` }
        : { ok: false, error: 'invalid_auth' };
    }
    const workspace = token ? this.workspaces.get(token) : undefined;
    if (!workspace) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };

    // an org token names the workspace it means with team_id (required where Slack requires it)
    const orgTeam = workspace.orgTeamIds ? String(body.team_id ?? '') : undefined;
    if (orgTeam !== undefined && ['users.list', 'team.profile.get'].includes(method)) {
      if (!orgTeam) return { ok: false, error: 'missing_argument' };
      if (!workspace.orgTeamIds!.includes(orgTeam)) return { ok: false, error: 'team_access_not_granted' };
    }
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `https://${workspace.teamId.toLowerCase()}.slack.test/`,
          team: workspace.teamName ?? workspace.teamId,
          // an org-wide install belongs to no one workspace
          ...(workspace.orgTeamIds ? {} : { team_id: workspace.teamId }),
          user_id: workspace.botUserId,
          bot_id: workspace.botId,
          ...(workspace.enterpriseId ? { enterprise_id: workspace.enterpriseId } : {}),
          ...(workspace.orgTeamIds ? { is_enterprise_install: true } : {}),
        };
      case 'users.info':
        return this.userInfo(
          String(body.user),
          body.include_locale === true || body.include_locale === 'true',
        );
      case 'users.list':
        return this.usersList(orgTeam || workspace.teamId, body);
      case 'team.profile.get':
        return {
          ok: true,
          profile: { fields: this.profileFields.map((f, i) => ({ ...f, ordering: i, type: 'text' })) },
        };
      case 'conversations.open': {
        const user = String(body.users ?? '').split(',')[0];
        if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${user.replace(/^U/, '')}` } };
      }
      case 'conversations.members':
        return this.conversationMembers(body);
      case 'conversations.info': {
        const id = String(body.channel);
        if (!this.channelMembers.has(id)) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id, name: this.channelNames.get(id) ?? id, is_channel: true } };
      }
      case 'users.conversations':
        return this.userConversations(String(body.user ?? workspace.botUserId), body);
      case 'conversations.inviteShared':
        return this.inviteShared(body);
      case 'conversations.kick': {
        const members = this.channelMembers.get(String(body.channel ?? ''));
        if (!members) return { ok: false, error: 'channel_not_found' };
        const user = String(body.user ?? '');
        if (!members.includes(user)) return { ok: false, error: 'not_in_channel' };
        this.channelMembers.set(
          String(body.channel),
          members.filter((m) => m !== user),
        );
        return { ok: true };
      }
      case 'chat.postMessage':
      case 'chat.update':
      case 'chat.postEphemeral': {
        const problems = this.messageProblems(body);
        if (problems) return problems;
        const ts = method === 'chat.update' ? String(body.ts) : this.nextTs();
        if (method === 'chat.postEphemeral') return { ok: true, message_ts: ts };
        return { ok: true, channel: body.channel, ts, message: { text: body.text, blocks: body.blocks, ts } };
      }
      case 'chat.delete':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'views.publish':
      case 'views.open':
      case 'views.push': {
        const view = body.view as Record<string, unknown> | undefined;
        const surface = method === 'views.publish' ? 'home' : 'modal';
        if (!view) return { ok: false, error: 'invalid_arguments' };
        const problem = blockKitError(view, surface);
        if (problem) return rejection(problem.error, problem.messages);
        return { ok: true, view: { id: `V${randomUUID().slice(0, 8).toUpperCase()}`, ...view } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** the channels set with setChannelMembers that list `user` (the bot when no user is given) */
  private userConversations(user: string, body: Record<string, unknown>): Record<string, unknown> {
    const channels = [...this.channelMembers]
      .filter(([, members]) => members.includes(user))
      .map(([id]) => ({ id, name: this.channelNames.get(id) ?? id, is_channel: true }));
    const limit = Math.max(1, Number(body.limit) || 100);
    const start = Number(body.cursor) || 0;
    const next = start + limit < channels.length ? String(start + limit) : '';
    return {
      ok: true,
      channels: channels.slice(start, start + limit),
      response_metadata: { next_cursor: next },
    };
  }

  /** one address (or user id) per call, as Slack allows */
  private inviteShared(body: Record<string, unknown>): Record<string, unknown> {
    if (!body.channel) return { ok: false, error: 'invalid_arguments' };
    const emails = Array.isArray(body.emails)
      ? body.emails.map(String)
      : String(body.emails ?? '').split(',');
    const given = emails.map((e) => e.trim()).filter(Boolean);
    if (given.length === 0 && !body.user_ids) return { ok: false, error: 'no_emails_or_user_ids_provided' };
    if (given.length > 1) return { ok: false, error: 'too_many_emails' };
    const address = given[0]?.toLowerCase();
    if (address && (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) || address.endsWith('.invalid')))
      return { ok: false, error: 'invalid_email' };
    const inviteId = `I${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
    if (address) this.sharedInvites.set(address, [...(this.sharedInvites.get(address) ?? []), inviteId]);
    return { ok: true, invite_id: inviteId, is_legacy_shared_channel: false };
  }

  /** paged like Slack: `limit` members per page, the offset as the cursor */
  private conversationMembers(body: Record<string, unknown>): Record<string, unknown> {
    const members = this.channelMembers.get(String(body.channel));
    if (!members) return { ok: false, error: 'channel_not_found' };
    const limit = Math.max(1, Number(body.limit) || 100);
    const start = Number(body.cursor) || 0;
    const next = start + limit < members.length ? String(start + limit) : '';
    return {
      ok: true,
      members: members.slice(start, start + limit),
      response_metadata: { next_cursor: next },
    };
  }

  /** paged like Slack: `limit` members per page, an opaque cursor; no custom fields in profiles */
  private usersList(teamId: string, body: Record<string, unknown>): Record<string, unknown> {
    const members = [...this.users.values()]
      .filter((u) => u.teamId === teamId || u.alsoIn?.includes(teamId))
      .sort((a, b) => a.id.localeCompare(b.id));
    const limit = Math.min(1000, Math.max(1, Number(body.limit) || 100));
    const cursor = typeof body.cursor === 'string' && body.cursor ? body.cursor : undefined;
    const start = cursor
      ? Number(
          Buffer.from(cursor, 'base64url')
            .toString()
            .replace(/^offset:/, ''),
        )
      : 0;
    if (!Number.isInteger(start) || start < 0) return { ok: false, error: 'invalid_cursor' };
    const includeLocale = body.include_locale === true || body.include_locale === 'true';
    const page = members.slice(start, start + limit).map((u) => {
      const { user } = this.userInfo(u.id, includeLocale) as { user: Record<string, unknown> };
      const { fields: _omitted, ...profile } = user.profile as Record<string, unknown>;
      return { ...user, profile };
    });
    const next =
      start + limit < members.length ? Buffer.from(`offset:${start + limit}`).toString('base64url') : '';
    return {
      ok: true,
      members: page,
      cache_ts: Math.floor(Date.now() / 1000),
      response_metadata: { next_cursor: next },
    };
  }

  /** the member as a `team_join` / `user_change` event carries it (custom fields included) */
  memberEventUser(id: string): Record<string, unknown> {
    const { user } = this.userInfo(id, true) as { user: Record<string, unknown> };
    return user;
  }

  private userInfo(id: string, includeLocale: boolean): Record<string, unknown> {
    const user = this.users.get(id);
    if (!user) return { ok: false, error: 'user_not_found' };
    return {
      ok: true,
      user: {
        id: user.id,
        team_id: user.teamId,
        name: user.realName.toLowerCase().replace(/\s+/g, '.'),
        real_name: user.realName,
        tz: user.tz ?? 'Europe/Paris',
        is_bot: Boolean(user.isBot),
        is_restricted: Boolean(user.isRestricted),
        is_ultra_restricted: Boolean(user.isUltraRestricted),
        deleted: Boolean(user.deleted),
        ...(user.enterpriseId && {
          enterprise_user: {
            id: user.id,
            enterprise_id: user.enterpriseId,
            teams: [user.teamId, ...(user.alsoIn ?? [])],
          },
        }),
        // like Slack: the locale only when asked for
        ...(includeLocale && user.locale ? { locale: user.locale } : {}),
        profile: {
          real_name: user.realName,
          display_name: user.realName,
          email: user.email,
          ...(user.fields && {
            fields: Object.fromEntries(
              Object.entries(user.fields).map(([k, value]) => [k, { value, alt: '' }]),
            ),
          }),
        },
      },
    };
  }

  private oauthAccess(body: Record<string, unknown>): Record<string, unknown> {
    const grant = this.grants.get(String(body.code));
    if (!grant) return { ok: false, error: 'invalid_code' };
    if (grant.clientId && (body.client_id !== grant.clientId || body.client_secret !== grant.clientSecret)) {
      return { ok: false, error: 'invalid_client_id' };
    }
    this.grants.delete(grant.code); // codes are single-use
    const { workspace } = grant;
    this.addWorkspace(workspace);
    return {
      ok: true,
      app_id: 'A0FAKE',
      authed_user: { id: grant.installerUserId },
      scope: 'chat:write,commands,im:write,im:history,users:read,users:read.email',
      token_type: 'bot',
      access_token: workspace.botToken,
      bot_user_id: workspace.botUserId,
      team: { id: workspace.teamId, name: workspace.teamName ?? workspace.teamId },
      enterprise: workspace.enterpriseId ? { id: workspace.enterpriseId } : null,
      is_enterprise_install: false,
    };
  }

  private messageProblems(
    body: Record<string, unknown>,
    textRequired = true,
  ): Record<string, unknown> | undefined {
    if (typeof body.text === 'string' && body.text.length > MAX_TEXT)
      return { ok: false, error: 'msg_too_long' };
    if (textRequired && body.blocks === undefined && !body.text) return { ok: false, error: 'no_text' };
    if (body.blocks !== undefined && !Array.isArray(body.blocks)) {
      return rejection('invalid_blocks', ['[ERROR] must be an array [json-pointer:/blocks]']);
    }
    const problem = blockKitError(
      { text: body.text, blocks: body.blocks as unknown[] | undefined },
      'message',
    );
    return problem ? rejection(problem.error, problem.messages) : undefined;
  }

  private takeFailure(method: string, body: Record<string, unknown>): FakeFailure | undefined {
    const list = this.failures.get(method);
    const index = list?.findIndex((f) => !f.channel || f.channel === body.channel) ?? -1;
    if (!list || index < 0) return undefined;
    const failure = list[index];
    if (failure.times !== undefined && --failure.times <= 0) list.splice(index, 1);
    return failure;
  }

  private rateLimited(method: string, token: string | undefined): number | undefined {
    const limit = this.limits.get(method);
    if (!limit) return undefined;
    if (limit.remaining !== undefined) {
      if (limit.remaining <= 0) return undefined;
      limit.remaining -= 1;
      return limit.retryAfter;
    }
    const now = Date.now();
    const key = limit.perWorkspace ? `${method} ${this.workspaces.get(token ?? '')?.teamId}` : method;
    const seconds = limit.windowSeconds ?? 1;
    const window = (this.recent.get(key) ?? []).filter((t) => now - t < seconds * 1_000);
    if (limit.perSecond !== undefined && window.length >= Math.round(limit.perSecond * seconds)) {
      this.recent.set(key, window);
      return limit.retryAfter;
    }
    this.recent.set(key, [...window, now]);
    return undefined;
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

/** Slack's answer to a payload it refuses: the code, and each problem like response_metadata. */
const rejection = (error: string, messages: string[]) => ({
  ok: false,
  error,
  errors: messages,
  response_metadata: { messages },
});

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  return new FakeSlackApi().start();
}

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw);
  const form: Record<string, unknown> = { ...querystring.parse(raw) };
  for (const field of jsonFields) {
    if (typeof form[field] === 'string') {
      try {
        form[field] = JSON.parse(form[field] as string);
      } catch {
        // Slack answers invalid_blocks for unparsable JSON; keep the raw string so checks fail
      }
    }
  }
  return form;
}
