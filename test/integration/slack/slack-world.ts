/**
 * A Slack test world: the fake Slack Web API with one workspace and two people (one French, one
 * English), and a Relais server pointed at it. Tests talk to the server over HTTP with signed
 * requests and read what reached "Slack" from the fake's call log.
 */
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  type SignOptions,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';

export const SECRET = 'relais-test-signing-secret';
export const TEAM = 'T0RELAIS';
export const BOT_TOKEN = 'xoxb-relais-test';
export const FRENCH = {
  id: 'U0AMELIE',
  teamId: TEAM,
  realName: 'Amélie Durand',
  email: 'amelie@example.com',
  locale: 'fr-FR',
  tz: 'Europe/Paris',
};
export const ENGLISH = {
  id: 'U0JOHN',
  teamId: TEAM,
  realName: 'John Smith',
  email: 'john@example.com',
  locale: 'en-GB',
  tz: 'Europe/London',
};

export interface SlackWorld {
  fake: FakeSlackApi;
  relais: TestRelais;
  /** posts a signed Events API envelope */
  event(envelope: Record<string, unknown>, sign?: Partial<SignOptions>): Promise<Response>;
  /** posts a signed `/relais <text>` and returns its response_url */
  command(userId: string, text: string): Promise<{ response: Response; responseUrl: string }>;
  /** posts a signed interactivity payload */
  interact(payload: Record<string, unknown>, sign?: Partial<SignOptions>): Promise<Response>;
  close(): Promise<void>;
}

export async function startSlackWorld(env: Record<string, string> = {}): Promise<SlackWorld> {
  const fake = await startFakeSlackApi();
  fake.addWorkspace({ teamId: TEAM, botToken: BOT_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
  fake.addUser(FRENCH).addUser(ENGLISH);
  const relais = await startTestRelais({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  const sign = (extra: Partial<SignOptions> = {}): SignOptions => ({ secret: SECRET, ...extra });
  return {
    fake,
    relais,
    event: (envelope, extra) => postToSlackEndpoint(relais.url, eventRequest(envelope, sign(extra))),
    async command(userId, text) {
      const responseUrl = fake.responseUrl();
      const fields = slashCommand({ teamId: TEAM, userId, text, responseUrl });
      const response = await postToSlackEndpoint(relais.url, slashCommandRequest(fields, sign()));
      return { response, responseUrl };
    },
    interact: (payload, extra) => postToSlackEndpoint(relais.url, interactionRequest(payload, sign(extra))),
    async close() {
      await relais.close();
      await fake.close();
    },
  };
}

export interface UseSlackWorldOptions {
  /** clear the fake's call log (and its planned failures) before each test; default true */
  resetBetweenTests?: boolean;
}

/**
 * One Slack world for the calling `describe`: registers the mocha hooks that start it before the
 * suite, close it after, and clear the fake's call log before each test. Returns a view that reads
 * through to the started world, so tests write `world.fake` as with a plain SlackWorld; hooks the
 * suite registers after this call already see it started.
 */
export function useSlackWorld(
  env: Record<string, string> = {},
  { resetBetweenTests = true }: UseSlackWorldOptions = {},
): SlackWorld {
  let started: SlackWorld | undefined;
  const current = (): SlackWorld => {
    if (!started) throw new Error('the Slack world is not started: use it inside a test or a hook');
    return started;
  };
  before(async () => {
    started = await startSlackWorld(env);
  });
  after(async () => {
    await started?.close();
    started = undefined;
  });
  if (resetBetweenTests) beforeEach(() => current().fake.reset());
  return {
    get fake() {
      return current().fake;
    },
    get relais() {
      return current().relais;
    },
    event: (envelope, sign) => current().event(envelope, sign),
    command: (userId, text) => current().command(userId, text),
    interact: (payload, sign) => current().interact(payload, sign),
    close: () => current().close(),
  };
}

/** every string anywhere in a Block Kit payload, for "does this text appear" checks */
export const textOf = (value: unknown): string => JSON.stringify(value ?? '');

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
