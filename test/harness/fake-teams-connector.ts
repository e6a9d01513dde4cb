/**
 * A recording fake of the Bot Framework connector (the `serviceUrl` Teams puts on activities, and
 * TEAMS_SERVICE_URL), on 127.0.0.1 port 0. It answers like the real one for what Relais uses:
 *   POST   /v3/conversations                                create a 1:1 conversation → { id }
 *   POST   /v3/conversations/:id/activities[/:activityId]   send / reply → { id }
 *   PUT    /v3/conversations/:id/activities/:activityId     update → { id }
 *   DELETE /v3/conversations/:id/activities/:activityId     delete
 *   GET    /v3/conversations/:id/members/:userId            a TeamsChannelAccount from `directory`
 *                                                            (only the `rosters` members, when set)
 *   GET    /v3/conversations/:id/pagedmembers               the `rosters` members (else `directory`),
 *                                                            pageSize at a time, continuationToken
 * Every request is recorded (method, path, headers with Authorization, parsed body). Failures are
 * programmable: `failNext` queues a status (429 + Retry-After, 403 with a Teams error code...) for
 * the next N matching calls (or hangs up without answering); `rateLimit` answers 429 + Retry-After beyond a per-tenant budget
 * (a token bucket holding one second of requests, like "50 requests per second per tenant").
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_EVENTUALLY_TIMEOUT_MS } from './eventually.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are arbitrary JSON that tests inspect freely
  body: any;
  /** true when the rate limit refused the request (429) */
  throttled?: true;
  /** when it arrived (epoch ms), for rate measurements */
  at?: number;
}

export interface TeamsMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  givenName?: string;
  surname?: string;
  tenantId?: string;
  /** 'user' for a tenant member, 'guest' for a B2B guest (Teams' TeamsChannelAccount.userRole) */
  userRole?: string;
}

export interface QueuedFailure {
  /** the status answered; 0 with `hangUp` */
  status: number;
  /** close the connection without answering, like a connector that went away mid-call */
  hangUp?: boolean;
  /** how many matching calls fail (default 1) */
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** only calls with this method (default any) */
  method?: string;
  /** only calls whose path matches (default any) */
  path?: string | RegExp;
}

export interface ConnectorRateLimit {
  /** requests per second per tenant (the activity's or the new conversation's tenant) */
  perSecond: number;
  /** Retry-After answered beyond it, default 1 */
  retryAfterSeconds?: number;
}

export interface FakeTeamsConnector {
  /** base URL with a trailing slash, as Teams gives `serviceUrl` */
  url: string;
  requests: RecordedRequest[];
  /** members answered by GET …/members/:userId, keyed by user id or AAD object id */
  directory: Map<string, TeamsMember>;
  /**
   * conversation id → the user ids in it: a conversation with a roster answers the member lookup
   * only for them (404 MemberNotFoundInConversation for anyone else); without one, for anyone in
   * `directory`
   */
  rosters: Map<string, Set<string>>;
  failNext(failure: QueuedFailure): void;
  /** answer 429 beyond this budget per tenant from now on (undefined: no limit) */
  rateLimit(limit: ConnectorRateLimit | undefined): void;
  /** how many requests the rate limit answered 429 */
  readonly throttledCount: number;
  /** the activities the bot posted (sends and replies), in order */
  sentActivities(): RecordedRequest[];
  /**
   * the bot's answers to one inbound activity, in order: botbuilder sends them with its id as
   * `replyToId`, so a broadcast or a reminder going out meanwhile is never taken for one of them
   */
  repliesTo(activityId: string): RecordedRequest[];
  /** waits until `predicate` holds over the recorded requests (default 2 s) */
  waitFor(predicate: (requests: RecordedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

interface Rule extends QueuedFailure {
  remaining: number;
}

export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const requests: RecordedRequest[] = [];
  const directory = new Map<string, TeamsMember>();
  const rosters = new Map<string, Set<string>>();
  let rules: Rule[] = [];
  let counter = 0;
  let limit: ConnectorRateLimit | undefined;
  let throttledCount = 0;
  const buckets = new Map<string, { tokens: number; at: number }>();
  /** true when the tenant's bucket has a token left (and takes it) */
  const takeToken = (tenant: string): boolean => {
    if (!limit) return true;
    const now = Date.now();
    const bucket = buckets.get(tenant) ?? { tokens: limit.perSecond, at: now };
    bucket.tokens = Math.min(limit.perSecond, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
    bucket.at = now;
    buckets.set(tenant, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
  const nextId = (prefix: string) => `${prefix}-${++counter}`;

  const matches = (rule: Rule, method: string, path: string) =>
    (!rule.method || rule.method.toUpperCase() === method) &&
    (!rule.path || (typeof rule.path === 'string' ? path === rule.path : rule.path.test(path)));

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ method, path, headers: req.headers, body, at: Date.now() });

    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    // biome-ignore lint/suspicious/noExplicitAny: wire JSON
    const wire = body as any;
    const tenant = String(
      wire?.conversation?.tenantId ?? wire?.tenantId ?? wire?.channelData?.tenant?.id ?? '',
    );
    if (path.startsWith('/v3/conversations') && !takeToken(tenant)) {
      throttledCount += 1;
      requests[requests.length - 1]!.throttled = true;
      send(
        429,
        { error: { code: 'TooManyRequests', message: 'fake connector: tenant budget exceeded' } },
        { 'Retry-After': String(limit?.retryAfterSeconds ?? 1) },
      );
      return;
    }

    const rule = rules.find((r) => r.remaining > 0 && matches(r, method, path));
    if (rule) {
      rule.remaining -= 1;
      rules = rules.filter((r) => r.remaining > 0);
      if (rule.hangUp) {
        req.socket.destroy();
        return;
      }
      send(
        rule.status,
        rule.body ?? { error: { code: `Http${rule.status}`, message: 'injected failure' } },
        rule.headers,
      );
      return;
    }

    if (method === 'POST' && path === '/v3/conversations') {
      // biome-ignore lint/suspicious/noExplicitAny: wire JSON
      const params = body as any;
      if (!params?.members?.length) {
        send(400, { error: { code: 'BadArgument', message: 'members are required' } });
        return;
      }
      send(201, {
        id: `a:${nextId('conversation')}`,
        activityId: params.activity ? nextId('activity') : undefined,
      });
      return;
    }
    const activityRoute = path.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
    if (activityRoute) {
      const activityId = activityRoute[2];
      if (method === 'POST') {
        send(201, { id: nextId('activity') });
        return;
      }
      if (method === 'PUT' && activityId) {
        send(200, { id: activityId });
        return;
      }
      if (method === 'DELETE' && activityId) {
        send(200);
        return;
      }
    }
    const memberRoute =
      method === 'GET' ? path.match(/^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/) : null;
    if (memberRoute) {
      const roster = rosters.get(memberRoute[1] as string);
      const member = directory.get(memberRoute[2] as string);
      if (!member || (roster && !roster.has(member.id))) {
        send(404, { error: { code: 'MemberNotFoundInConversation', message: 'The member was not found' } });
        return;
      }
      send(200, { ...member, id: member.id });
      return;
    }
    const pagedRoute = method === 'GET' ? path.match(/^\/v3\/conversations\/([^/]+)\/pagedmembers$/) : null;
    if (pagedRoute) {
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const roster = rosters.get(pagedRoute[1] as string);
      const everyone = new Map([...directory.values()].map((m) => [m.id, m]));
      const all = roster
        ? [...roster].map((id) => everyone.get(id) ?? { id, name: '' })
        : [...everyone.values()];
      const size = Math.min(Math.max(Number(query.get('pageSize')) || 200, 1), 500);
      const from = Number(query.get('continuationToken')) || 0;
      const more = from + size < all.length;
      send(200, {
        members: all.slice(from, from + size),
        ...(more ? { continuationToken: String(from + size) } : {}),
      });
      return;
    }
    send(404, { error: { code: 'NotFound', message: `fake connector: no route ${method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const isSend = (r: RecordedRequest) =>
    r.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(r.path);

  return {
    url,
    requests,
    directory,
    rosters,
    failNext(failure) {
      rules.push({ ...failure, remaining: failure.times ?? 1 });
    },
    rateLimit(next) {
      limit = next;
      buckets.clear();
    },
    get throttledCount() {
      return throttledCount;
    },
    sentActivities: () => requests.filter(isSend),
    repliesTo: (activityId) => requests.filter((r) => isSend(r) && r.body?.replyToId === activityId),
    async waitFor(predicate, timeoutMs = DEFAULT_EVENTUALLY_TIMEOUT_MS) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(requests)) {
        if (Date.now() > deadline)
          throw new Error(`fake connector: condition not met within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    reset() {
      requests.length = 0;
      rules = [];
      throttledCount = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
