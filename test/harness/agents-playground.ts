/**
 * Drives the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, pinned: its HTTP
 * API is internal and undocumented) as a real Teams client and connector against a running bot.
 * It spawns the Playground CLI offline on a free port, listens to the WebSocket its web UI uses
 * for the bot's messages, and calls the same internal routes the UI calls: install the app, send a
 * message, click an `Action.Execute` button. Only the CLI's process group is ever killed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

const CARD = 'application/vnd.microsoft.card.adaptive';

export interface PlaygroundAttachment {
  contentType: string;
  content: unknown;
}

/** A message as the Playground's UI receives it over its WebSocket (`createMessage`/`updateMessage`). */
export interface PlaygroundActivity {
  action: 'createMessage' | 'updateMessage';
  conversationId: string;
  messageId: string;
  fromId: string;
  fromBot: boolean;
  text?: string;
  attachments: PlaygroundAttachment[];
}

/** What the Playground answers to an `adaptiveCard/action` invoke: the bot's invoke response. */
export interface InvokeResult {
  type?: string;
  value?: unknown;
}

export interface AgentsPlayground {
  /** the Playground's web UI, also where the internal API lives */
  url: string;
  conversationId: string;
  user: { id: string; name: string };
  /** the locale the Playground puts on messages and invokes (`en-US` by default) */
  locale: string;
  /** the Playground's own log (connector calls, errors from the bot), for failure messages */
  log(): string;
  /** every message seen on the WebSocket, in order */
  activities: PlaygroundActivity[];
  /** installs the app in the personal chat: `installationUpdate` then `conversationUpdate` */
  install(): Promise<void>;
  send(text: string): Promise<void>;
  /** clicks the card's `Action.Execute` whose title or verb is `button` and whose data holds `data`'s entries */
  clickExecute(
    activity: PlaygroundActivity,
    button: string,
    data?: Record<string, unknown>,
  ): Promise<InvokeResult>;
  /** resolves with the first message matching `predicate` received since the last install/send/click */
  waitForActivity(
    predicate: (activity: PlaygroundActivity) => boolean,
    timeoutMs?: number,
  ): Promise<PlaygroundActivity>;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  botEndpoint: string;
  startTimeoutMs?: number;
}

export class PlaygroundError extends Error {
  override name = 'PlaygroundError';
}

export async function startAgentsPlayground(options: PlaygroundOptions): Promise<AgentsPlayground> {
  // The free port is chosen before the CLI binds it; on the rare race, pick another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === 3) throw error;
    }
  }
}

class PortTakenError extends PlaygroundError {}

async function startOnce(options: PlaygroundOptions): Promise<AgentsPlayground> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-playground-'));
  const port = await freePort();
  const child = spawnPlayground(options.botEndpoint, port, workDir);
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  // If the test runner dies, the Playground must not outlive it.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    process.removeListener('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // stragglers of the group (the CLI spawns shells)
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const listening = await waitForListening(child, options.startTimeoutMs ?? 20_000);
    if (listening !== port) throw new PortTakenError(`Playground took port ${listening}, not ${port}`);
    const url = `http://127.0.0.1:${port}`;
    const config = await api<TestConfig>(url, 'GET', '/_internal/v1/testConfig');
    const activities: PlaygroundActivity[] = [];
    const waiters = new Set<() => void>();
    const wakeAll = () => {
      for (const wake of waiters) wake();
    };
    let lost: string | undefined;
    let closing = false;
    const socket = await openStream(
      url,
      (frame) => {
        const activity = toActivity(frame, config.config.bot.id);
        if (!activity) return;
        activities.push(activity);
        wakeAll();
      },
      (reason) => {
        if (closing) return;
        lost ??= reason;
        wakeAll();
      },
    );
    let cursor = 0;
    const conversationId = config.config.personalChat.id;
    const user = { id: config.config.currentUser.id, name: config.config.currentUser.name };

    return {
      url,
      conversationId,
      user,
      locale: config.internalConfig.locale,
      activities,
      log: () => readLog(workDir),
      async install() {
        cursor = activities.length;
        await api(url, 'POST', `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
      },
      async send(text) {
        cursor = activities.length;
        await api(
          url,
          'POST',
          `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
          {
            from: { id: user.id },
            text,
            textFormat: 'plain',
          },
        );
      },
      async clickExecute(activity, button, data) {
        const action = findExecuteAction(activity, button, data);
        cursor = activities.length;
        // The same body the Playground's UI posts when a person clicks the button.
        const result = await api<InvokeResult>(url, 'POST', '/_conversation/v1/invoke', {
          name: 'adaptiveCard/action',
          value: {
            action: { type: 'Action.Execute', title: action.title, verb: action.verb, data: action.data },
          },
          from: { id: user.id },
          conversation: { id: conversationId },
          replyToId: activity.messageId,
        });
        // The Playground stores a card response in place of the clicked card; mirror it here.
        if (result.type === CARD && activity.attachments.length === 1) {
          activity.attachments = [{ contentType: CARD, content: result.value }];
        }
        return result;
      },
      waitForActivity(predicate, timeoutMs = 10_000) {
        const from = cursor;
        return new Promise((resolve, reject) => {
          const check = () => {
            const found = activities.slice(from).find(predicate);
            if (found) {
              done();
              resolve(found);
            } else if (lost) {
              done();
              reject(
                new PlaygroundError(
                  `the Playground stream was lost (${lost}):\n${readLog(workDir).slice(-2000)}`,
                ),
              );
            }
          };
          const timer = setTimeout(() => {
            done();
            const seen = activities.slice(from).map(describe).join('\n  ') || '(nothing)';
            const log = readLog(workDir).slice(-2000);
            reject(
              new PlaygroundError(
                `no matching activity within ${timeoutMs} ms; received:\n  ${seen}\nPlayground log:\n${log}`,
              ),
            );
          }, timeoutMs);
          const done = () => {
            clearTimeout(timer);
            waiters.delete(check);
          };
          waiters.add(check);
          check();
        });
      },
      async close() {
        closing = true;
        socket.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Every Adaptive Card attachment's JSON, for assertions on what the person would see. */
export function adaptiveCards(activity: PlaygroundActivity): Record<string, unknown>[] {
  return activity.attachments
    .filter((a) => a.contentType === CARD && typeof a.content === 'object' && a.content !== null)
    .map((a) => a.content as Record<string, unknown>);
}

/** All text a card displays (TextBlock text, facts, titles...), for "does it say X" checks. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'fallbackText'].includes(key))
          texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts;
}

interface ExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb?: string;
  data?: Record<string, unknown>;
}

function findExecuteAction(
  activity: PlaygroundActivity,
  button: string,
  data?: Record<string, unknown>,
): ExecuteAction {
  const actions: ExecuteAction[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node as { type?: unknown }).type === 'Action.Execute') actions.push(node as ExecuteAction);
      Object.values(node).forEach(walk);
    }
  };
  adaptiveCards(activity).forEach(walk);
  const matches = actions.filter(
    (a) =>
      (a.title === button || a.verb === button) &&
      Object.entries(data ?? {}).every(([key, value]) => hasEntry(a.data, key, value)),
  );
  if (matches.length !== 1) {
    const offered = actions.map((a) => `${a.title} (${a.verb} ${JSON.stringify(a.data ?? {})})`).join(', ');
    throw new PlaygroundError(
      `${matches.length} Action.Execute buttons match '${button}' ${JSON.stringify(data ?? {})}; the card offers: ${offered || 'none'}`,
    );
  }
  return matches[0];
}

/** True when `key: value` appears at any depth of `tree` (renderers wrap payloads differently). */
function hasEntry(tree: unknown, key: string, value: unknown): boolean {
  if (!tree || typeof tree !== 'object') return false;
  if (key in tree && JSON.stringify((tree as Record<string, unknown>)[key]) === JSON.stringify(value))
    return true;
  return Object.values(tree).some((child) => hasEntry(child, key, value));
}

interface TestConfig {
  config: {
    bot: { id: string };
    currentUser: { id: string; name: string };
    personalChat: { id: string };
  };
  internalConfig: { locale: string };
}

function spawnPlayground(botEndpoint: string, port: number, workDir: string): ChildProcess {
  const require = createRequire(import.meta.url);
  const cli = path.join(
    path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')),
    'cli.js',
  );
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Inherited Playground settings would change its behaviour under the test's feet.
  for (const name of Object.keys(env))
    if (/^(M365_AGENTS_PLAYGROUND_|TEAMSAPPTESTER_|TEAMS_APP_TEST_TOOL_)/.test(name)) delete env[name];
  Object.assign(env, {
    TEAMSAPPTESTER_BROWSER: 'none', // never open a browser
    M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(workDir, '.m365agentsplayground.yml'), // absent: built-in mock tenant
    TEAMS_APP_TEST_TOOL_CONFIG_PATH: path.join(workDir, '.teamsapptester.yml'),
    // --dt stops telemetry events, but Application Insights still starts and its statsbeat probes
    // the Azure metadata address (169.254.169.254): turn that off too.
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL: 'true',
    NO_PROXY: '127.0.0.1,localhost',
  });
  const args = [
    // A lifeline: the CLI exits when our end of its stdin closes, even if this process is killed
    // outright and never gets to run close().
    '--import',
    'data:text/javascript,process.stdin.on("end",()=>process.exit(0));process.stdin.resume();',
    cli,
    ...['-e', botEndpoint, '-c', 'msteams', '--dt'],
    ...['-p', String(port), '--su', `http://127.0.0.1:${port}/_connector`],
  ];
  // detached: its own process group, so close() can end the CLI and whatever it started.
  return spawn(process.execPath, args, {
    cwd: workDir,
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** The CLI prints `Listening on <port>` on stdout when stdout is not a terminal. */
function waitForListening(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      const match = /Listening on (\d+)/.exec(output);
      if (match) finish(() => resolve(Number(match[1])));
    };
    const onExit = (code: number | null) =>
      finish(() => reject(new PlaygroundError(`Playground exited (${code}) before listening:\n${output}`)));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new PlaygroundError(`Playground not listening after ${timeoutMs} ms:\n${output}`)),
        ),
      timeoutMs,
    );
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining so a chatty child never blocks on a full pipe.
      child.stdout?.resume();
      settle();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    child.once('exit', onExit);
  });
}

async function api<T = void>(
  base: string,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(base + route, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new PlaygroundError(`${method} ${route} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Opens the UI's message stream; `onLost` is told if it drops, so waits fail at once, not at timeout. */
async function openStream(
  base: string,
  onFrame: (frame: unknown) => void,
  onLost: (reason: string) => void,
): Promise<WebSocket> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
  socket.on('message', (data) => onFrame(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', (error) =>
      reject(new PlaygroundError(`cannot open the Playground WebSocket: ${error.message}`)),
    );
  });
  socket.on('error', (error) => onLost(`WebSocket error: ${error.message}`));
  socket.on('close', (code) => onLost(`WebSocket closed (${code})`));
  return socket;
}

interface StreamFrame {
  action?: string;
  actionConversationId?: string;
  message?: { messageId: string; from?: { id: string }; text?: string; attachments?: PlaygroundAttachment[] };
}

function toActivity(frame: unknown, botId: string): PlaygroundActivity | undefined {
  const { action, actionConversationId, message } = frame as StreamFrame;
  if ((action !== 'createMessage' && action !== 'updateMessage') || !message || !actionConversationId)
    return undefined;
  const fromId = message.from?.id ?? '';
  return {
    action,
    conversationId: actionConversationId,
    messageId: message.messageId,
    fromId,
    fromBot: fromId === botId,
    text: message.text,
    attachments: message.attachments ?? [],
  };
}

function describe(activity: PlaygroundActivity): string {
  const cards = adaptiveCards(activity).map((card) => cardTexts(card).join(' | '));
  return `${activity.action} from ${activity.fromBot ? 'bot' : activity.fromId}: ${activity.text ?? ''} ${cards.join(' // ')}`;
}

function readLog(workDir: string): string {
  const file = path.join(workDir, 'playground.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
