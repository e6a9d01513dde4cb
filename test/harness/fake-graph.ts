/**
 * A recording fake of Microsoft Entra ID and Microsoft Graph on 127.0.0.1 (port 0), for
 * ENTRA_AUTHORITY_URL and GRAPH_API_URL in tests and the directory benchmark. It speaks the wire
 * format: the client-credentials token endpoint (`/{tenant}/oauth2/v2.0/token`, form body, AADSTS
 * errors), `GET /v1.0/users/delta` with `$select`, pages of `pageSize` linked by
 * `@odata.nextLink`, a last page carrying `@odata.deltaLink`, later rounds returning only the
 * users changed since that link (removed ones as `@removed`), 429/503 with Retry-After on demand,
 * 403 Authorization_RequestDenied without the permission; and the Teams app installation for a
 * user (`installedApps` answering 201, 409, 403 or 404 as programmed, then the chat lookup); B2B
 * guests (`POST /invitations`: 201 with invitedUser.id, the same guest again for an address
 * already invited as Entra does, 400 for a bad address; `GET /users?$filter=mail eq '…'`) and team
 * or shared channel members (`POST` 201 with the membership id, 409 when already in, `DELETE` 204).
 * Every request is recorded.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import querystring from 'node:querystring';
import { readBody } from './fake-slack-api.js';

export interface FakeGraphUser {
  id: string;
  userPrincipalName: string;
  mail?: string | null;
  displayName?: string;
  department?: string | null;
  officeLocation?: string | null;
  city?: string | null;
  preferredLanguage?: string | null;
  userType?: 'Member' | 'Guest';
  accountEnabled?: boolean;
  /** object id of the manager, served as `manager@delta` when `manager` is selected */
  managerId?: string;
  /** directory extension attributes, e.g. `extension_<appId>_site` */
  extensions?: Record<string, string>;
}

export interface FakeGraphRequest {
  method: string;
  /** path without the query, e.g. `/v1.0/users/delta` */
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
  status: number;
  at: number;
}

export interface FakeGraphFailure {
  status: 429 | 500 | 502 | 503 | 504 | 400;
  /** seconds, sent as Retry-After */
  retryAfter?: number;
  /** how many requests fail, default 1 */
  times?: number;
  /** only requests whose URL contains this (e.g. a skiptoken) fail */
  when?: string;
  /** a 200 whose body is not JSON (a malformed page) */
  malformed?: boolean;
}

/** How installing the Teams app for a user answers (installedApps POST). */
export type InstallAnswer = 201 | 409 | 403 | 404;

interface StoredUser {
  user: FakeGraphUser;
  /** the version at which this user last changed */
  version: number;
  removed: boolean;
}

const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const graphError = (code: string, message: string) => ({ error: { code, message } });

export class FakeGraph {
  readonly requests: FakeGraphRequest[] = [];
  readonly tenantId: string;
  clientId = 'directory-client';
  clientSecret = 'directory-secret';
  /** users per delta page (Graph: up to 999) */
  pageSize = 100;
  /** application permissions granted in the token (roles claim of a real token) */
  permissions = new Set([
    'User.Read.All',
    'TeamsAppInstallation.ReadWriteSelfForUser.All',
    'User.Invite.All',
    'TeamMember.ReadWrite.All',
  ]);
  /** B2B guests made by POST /invitations: lowercased address → object id */
  readonly guests = new Map<string, string>();
  /** POST /invitations answered 201, per lowercased address (a second one is a second email) */
  readonly invitationsSent = new Map<string, number>();
  /** team (or `team/channel`) → membership id → user id */
  readonly teamMembers = new Map<string, Map<string, string>>();
  /** what installing the app answers per user id; 201 for anyone not listed */
  readonly installAnswers = new Map<string, InstallAnswer>();
  /** installations made: user id → installation id */
  readonly installations = new Map<string, string>();
  private server?: http.Server;
  private readonly users = new Map<string, StoredUser>();
  private sortedIds?: string[];
  private version = 0;
  private readonly failures: (FakeGraphFailure & { path: string })[] = [];
  private readonly tokens = new Set<string>();
  private holds: { path: string; gate: Promise<void>; reached: () => void }[] = [];

  constructor(options: { tenantId?: string } = {}) {
    this.tenantId = options.tenantId ?? '11111111-2222-3333-4444-555555555555';
  }

  get origin(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** for ENTRA_AUTHORITY_URL */
  get authorityUrl(): string {
    return this.origin;
  }

  /** for GRAPH_API_URL */
  get graphUrl(): string {
    return `${this.origin}/v1.0`;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  // ---- programming -------------------------------------------------------------------------

  /** adds or changes a user; a later delta round returns them */
  setUser(user: FakeGraphUser): this {
    if (!this.users.has(user.id)) this.sortedIds = undefined;
    this.version += 1;
    this.users.set(user.id, { user: { ...user }, version: this.version, removed: false });
    return this;
  }

  /** many users at one version, for the benchmark (no copy, no per-user version bump) */
  setUsers(users: FakeGraphUser[]): this {
    this.version += 1;
    for (const user of users) this.users.set(user.id, { user, version: this.version, removed: false });
    this.sortedIds = undefined;
    return this;
  }

  /** deletes a user: a later delta round returns `@removed` for them */
  removeUser(id: string): this {
    const stored = this.users.get(id);
    if (!stored) throw new Error(`no user ${id}`);
    this.version += 1;
    this.users.set(id, { ...stored, version: this.version, removed: true });
    return this;
  }

  user(id: string): FakeGraphUser | undefined {
    const stored = this.users.get(id);
    return stored && !stored.removed ? stored.user : undefined;
  }

  /**
   * Graph calls (not tokens) beyond `perSecond` on average over any window of `windowSeconds`
   * answer 429 with Retry-After, as Graph throttles an app per tenant; undefined lifts the limit
   */
  rateLimitPerSecond(perSecond: number | undefined, retryAfterSeconds = 1, windowSeconds = 1): this {
    this.limit =
      perSecond === undefined
        ? undefined
        : {
            calls: Math.round(perSecond * windowSeconds),
            windowMs: windowSeconds * 1000,
            retryAfter: retryAfterSeconds,
          };
    this.recent = [];
    return this;
  }

  /** requests answered 429 by rateLimitPerSecond */
  throttled = 0;
  private limit?: { calls: number; windowMs: number; retryAfter: number };
  private recent: number[] = [];

  /** the next request(s) whose path ends with `path` fail as described */
  fail(path: string, failure: FakeGraphFailure): this {
    this.failures.push({ ...failure, path, times: failure.times ?? 1 });
    return this;
  }

  /**
   * Requests whose path ends with `path` wait (recorded, unanswered) until `release()`: a run
   * caught mid-page, without depending on how long anything takes.
   */
  hold(path: string): { release(): void; reached(): Promise<void> } {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached!: () => void;
    const arrived = new Promise<void>((resolve) => {
      reached = resolve;
    });
    this.holds.push({ path, gate, reached });
    return {
      release: () => {
        this.holds = this.holds.filter((h) => h.gate !== gate);
        release();
      },
      reached: () => arrived,
    };
  }

  /** forgets recorded requests and programmed failures (not users) */
  reset(): void {
    this.requests.length = 0;
    this.failures.length = 0;
  }

  requestsTo(pathEnd: string): FakeGraphRequest[] {
    return this.requests.filter((r) => r.path.endsWith(pathEnd));
  }

  // ---- serving -----------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const record: FakeGraphRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      authorization: req.headers.authorization,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      json(res, status, body, headers);
    };

    const held = this.holds.find((h) => url.pathname.endsWith(h.path));
    if (held) {
      held.reached();
      await held.gate;
    }
    const failure = this.failures.find(
      (f) => url.pathname.endsWith(f.path) && (!f.when || (req.url ?? '').includes(f.when)),
    );
    if (failure) {
      failure.times! -= 1;
      if (failure.times! <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      if (failure.malformed) {
        record.status = 200;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"value": [ {"id": ');
        return;
      }
      const headers: Record<string, string> =
        failure.retryAfter !== undefined ? { 'Retry-After': String(failure.retryAfter) } : {};
      return answer(failure.status, graphError('TooManyRequests', 'programmed failure'), headers);
    }

    if (this.limit && !url.pathname.endsWith('/oauth2/v2.0/token')) {
      const now = Date.now();
      const { windowMs } = this.limit;
      this.recent = this.recent.filter((t) => now - t < windowMs);
      if (this.recent.length >= this.limit.calls) {
        this.throttled += 1;
        return answer(429, graphError('TooManyRequests', 'Too many requests'), {
          'Retry-After': String(this.limit.retryAfter),
        });
      }
      this.recent.push(now);
    }

    const tokenPath = `/${this.tenantId}/oauth2/v2.0/token`;
    if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = querystring.parse(raw);
      record.body = { ...form, client_secret: form.client_secret ? '***' : undefined };
      if (url.pathname !== tokenPath) {
        return answer(400, {
          error: 'invalid_request',
          error_description: `AADSTS90002: Tenant '${url.pathname.split('/')[1]}' not found.`,
        });
      }
      if (form.grant_type !== 'client_credentials' || form.scope !== 'https://graph.microsoft.com/.default') {
        return answer(400, {
          error: 'invalid_request',
          error_description: 'AADSTS900144: bad grant or scope',
        });
      }
      if (form.client_id !== this.clientId) {
        return answer(400, {
          error: 'unauthorized_client',
          error_description: `AADSTS700016: Application with identifier '${form.client_id}' was not found in the directory.`,
        });
      }
      if (form.client_secret !== this.clientSecret) {
        return answer(401, {
          error: 'invalid_client',
          error_description: 'AADSTS7000215: Invalid client secret provided.',
        });
      }
      const token = `fake-graph-${randomUUID()}`;
      this.tokens.add(token);
      return answer(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: token,
      });
    }

    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    if (!bearer || !this.tokens.has(bearer)) {
      return answer(401, graphError('InvalidAuthenticationToken', 'Access token is empty or invalid.'));
    }
    if (req.method === 'GET' && url.pathname === '/v1.0/users/delta') {
      if (!this.permissions.has('User.Read.All')) {
        return answer(
          403,
          graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
        );
      }
      return answer(200, this.deltaPage(url));
    }
    const install = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(url.pathname);
    if (install && req.method === 'POST') {
      record.body = safeJson(raw);
      return this.install(decodeURIComponent(install[1]), record.body, answer);
    }
    if (install && req.method === 'GET') {
      const userId = decodeURIComponent(install[1]);
      const installationId = this.installations.get(userId);
      return answer(200, { value: installationId ? [{ id: installationId }] : [] });
    }
    const chat = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)\/chat$/.exec(url.pathname);
    if (chat && req.method === 'GET') {
      const userId = decodeURIComponent(chat[1]);
      if (this.installations.get(userId) !== decodeURIComponent(chat[2])) {
        return answer(404, graphError('NotFound', 'installation not found'));
      }
      return answer(200, { id: `19:${userId}_relais@unq.gbl.spaces` });
    }
    if (req.method === 'POST' && url.pathname === '/v1.0/invitations') {
      record.body = safeJson(raw);
      return this.invite(record.body, answer);
    }
    if (req.method === 'GET' && url.pathname === '/v1.0/users') {
      const mail = /^mail eq '(.*)'$/.exec(url.searchParams.get('$filter') ?? '')?.[1]?.replace(/''/g, "'");
      const id = mail ? this.guests.get(mail.toLowerCase()) : undefined;
      return answer(200, { value: id ? [{ id, userType: 'Guest' }] : [] });
    }
    const members = /^\/v1\.0\/teams\/([^/]+)(?:\/channels\/([^/]+))?\/members(?:\/([^/]+))?$/.exec(
      url.pathname,
    );
    if (members) {
      const team = decodeURIComponent(members[1]) + (members[2] ? `/${decodeURIComponent(members[2])}` : '');
      record.body = safeJson(raw);
      return this.members(
        req.method ?? 'GET',
        team,
        members[3] && decodeURIComponent(members[3]),
        record.body,
        answer,
      );
    }
    answer(404, graphError('Request_ResourceNotFound', `no route ${req.method} ${url.pathname}`));
  }

  /** the members of a team (or `team/channel`): user ids */
  membersOf(team: string): string[] {
    return [...(this.teamMembers.get(team)?.values() ?? [])];
  }

  private invite(body: unknown, answer: (status: number, body: unknown) => void): void {
    if (!this.permissions.has('User.Invite.All')) {
      answer(
        403,
        graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
      );
      return;
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const address =
      typeof b.invitedUserEmailAddress === 'string' ? b.invitedUserEmailAddress.trim().toLowerCase() : '';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) || address.endsWith('.invalid')) {
      answer(400, graphError('BadRequest', 'The specified email address is invalid.'));
      return;
    }
    if (typeof b.inviteRedirectUrl !== 'string') {
      answer(400, graphError('BadRequest', 'inviteRedirectUrl is required'));
      return;
    }
    // Entra invites an address once: a second invitation answers the same guest (and mails again)
    let id = this.guests.get(address);
    if (!id) {
      id = randomUUID();
      this.guests.set(address, id);
      this.setUser({
        id,
        userPrincipalName: `${address.replace('@', '_')}#EXT#@fake.onmicrosoft.com`,
        mail: address,
        displayName: typeof b.invitedUserDisplayName === 'string' ? b.invitedUserDisplayName : address,
        userType: 'Guest',
      });
    }
    this.invitationsSent.set(address, (this.invitationsSent.get(address) ?? 0) + 1);
    answer(201, {
      id: randomUUID(),
      inviteRedeemUrl: `https://login.microsoftonline.com/redeem?id=${id}`,
      invitedUserDisplayName: b.invitedUserDisplayName ?? null,
      invitedUserEmailAddress: address,
      sendInvitationMessage: b.sendInvitationMessage === true,
      inviteRedirectUrl: b.inviteRedirectUrl,
      status: 'PendingAcceptance',
      invitedUser: { id },
    });
  }

  private members(
    method: string,
    team: string,
    membershipId: string | undefined,
    body: unknown,
    answer: (status: number, body: unknown) => void,
  ): void {
    if (!this.permissions.has('TeamMember.ReadWrite.All')) {
      answer(403, graphError('Forbidden', 'Missing role permissions on the request.'));
      return;
    }
    const list = this.teamMembers.get(team) ?? new Map<string, string>();
    this.teamMembers.set(team, list);
    if (method === 'DELETE' && membershipId) {
      if (!list.delete(membershipId)) answer(404, graphError('NotFound', 'membership not found'));
      else answer(204, undefined);
      return;
    }
    if (method === 'GET') {
      answer(200, { value: [...list].map(([id, userId]) => ({ id, userId, roles: ['guest'] })) });
      return;
    }
    if (method !== 'POST' || membershipId) {
      answer(405, graphError('MethodNotAllowed', method));
      return;
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const bind = /\/users\('([^']+)'\)$/.exec(String(b['user@odata.bind'] ?? ''))?.[1];
    if (
      b['@odata.type'] !== '#microsoft.graph.aadUserConversationMember' ||
      !bind ||
      !Array.isArray(b.roles)
    ) {
      answer(
        400,
        graphError('BadRequest', 'aadUserConversationMember with user@odata.bind and roles is required'),
      );
      return;
    }
    if (!this.user(bind)) {
      answer(404, graphError('NotFound', `user ${bind} not found`));
      return;
    }
    if ([...list.values()].includes(bind)) {
      answer(409, graphError('Conflict', 'The user is already a member of the team.'));
      return;
    }
    const id = Buffer.from(`${team}#${bind}`).toString('base64url');
    list.set(id, bind);
    answer(201, {
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      id,
      roles: ['guest'],
      userId: bind,
      displayName: this.user(bind)?.displayName ?? null,
    });
  }

  private install(userId: string, body: unknown, answer: (status: number, body: unknown) => void): void {
    if (!this.permissions.has('TeamsAppInstallation.ReadWriteSelfForUser.All')) {
      answer(403, graphError('Forbidden', 'Missing role permissions on the request.'));
      return;
    }
    const bind = (body as Record<string, unknown> | undefined)?.['teamsApp@odata.bind'];
    if (typeof bind !== 'string' || !bind.includes('/appCatalogs/teamsApps/')) {
      answer(400, graphError('BadRequest', 'teamsApp@odata.bind is required'));
      return;
    }
    if (!this.users.has(userId) || this.users.get(userId)!.removed) {
      answer(404, graphError('NotFound', `user ${userId} not found`));
      return;
    }
    const programmed = this.installAnswers.get(userId);
    if (programmed === 403) {
      answer(403, graphError('Forbidden', 'The app is blocked by the tenant admin policy.'));
      return;
    }
    if (programmed === 404) {
      answer(404, graphError('NotFound', 'The app was not found in the catalog.'));
      return;
    }
    if (programmed === 409 || this.installations.has(userId)) {
      if (!this.installations.has(userId)) this.installations.set(userId, randomUUID());
      answer(409, graphError('Conflict', 'App is already installed.'));
      return;
    }
    this.installations.set(userId, randomUUID());
    answer(201, {});
  }

  /**
   * One page of a delta round. The skiptoken carries where the round started, which version it
   * reads up to and the offset; the deltatoken carries the version the last round read up to.
   */
  private deltaPage(url: URL): Record<string, unknown> {
    const select = url.searchParams.get('$select')?.split(',') ?? undefined;
    const skip = url.searchParams.get('$skiptoken');
    const delta = url.searchParams.get('$deltatoken');
    let since: number;
    let upto: number;
    let offset: number;
    let fields: string[] | undefined;
    if (skip) {
      const decoded = JSON.parse(Buffer.from(skip, 'base64url').toString()) as {
        since: number;
        upto: number;
        offset: number;
        select?: string[];
      };
      ({ since, upto, offset } = decoded);
      fields = decoded.select;
    } else if (delta) {
      const decoded = JSON.parse(Buffer.from(delta, 'base64url').toString()) as {
        upto: number;
        select?: string[];
      };
      since = decoded.upto;
      upto = this.version;
      offset = 0;
      fields = decoded.select;
    } else {
      since = 0;
      upto = this.version;
      offset = 0;
      fields = select;
    }
    const ids = this.ids();
    const page: Record<string, unknown>[] = [];
    let index = offset;
    for (; index < ids.length && page.length < this.pageSize; index += 1) {
      const stored = this.users.get(ids[index])!;
      if (!this.inRound(stored, since, upto)) continue;
      if (stored.removed) {
        page.push({ id: stored.user.id, '@removed': { reason: 'changed' } });
        continue;
      }
      page.push(this.view(stored.user, fields));
    }
    // a round ends on the page holding its last entry (no empty last page)
    let rest = index;
    while (rest < ids.length && !this.inRound(this.users.get(ids[rest])!, since, upto)) rest += 1;
    const token = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const base = `${this.graphUrl}/users/delta`;
    const more = rest < ids.length;
    return {
      '@odata.context': `${this.graphUrl}/$metadata#users(${(fields ?? []).join(',')})`,
      ...(more
        ? { '@odata.nextLink': `${base}?$skiptoken=${token({ since, upto, offset: index, select: fields })}` }
        : { '@odata.deltaLink': `${base}?$deltatoken=${token({ upto, select: fields })}` }),
      value: page,
    };
  }

  /** changed within the round, and (in a first full round) not already deleted */
  private inRound(stored: StoredUser, since: number, upto: number): boolean {
    return stored.version > since && stored.version <= upto && (since > 0 || !stored.removed);
  }

  private ids(): string[] {
    this.sortedIds ??= [...this.users.keys()].sort();
    return this.sortedIds;
  }

  private view(user: FakeGraphUser, fields: string[] | undefined): Record<string, unknown> {
    const full: Record<string, unknown> = {
      id: user.id,
      userPrincipalName: user.userPrincipalName,
      mail: user.mail ?? null,
      displayName: user.displayName ?? null,
      department: user.department ?? null,
      officeLocation: user.officeLocation ?? null,
      city: user.city ?? null,
      preferredLanguage: user.preferredLanguage ?? null,
      userType: user.userType ?? 'Member',
      accountEnabled: user.accountEnabled ?? true,
      ...user.extensions,
    };
    const out: Record<string, unknown> = { id: user.id };
    for (const field of fields ?? Object.keys(full)) {
      if (field === 'manager') {
        if (user.managerId)
          out['manager@delta'] = [{ '@odata.type': '#microsoft.graph.user', id: user.managerId }];
      } else if (field in full) out[field] = full[field];
    }
    return out;
  }
}

function safeJson(raw: string): unknown {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return raw;
  }
}
