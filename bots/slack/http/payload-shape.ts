/**
 * What a Slack request body must look like for Bolt to route it without throwing: the envelope
 * shapes of Slack's docs (Events API `event_callback`, slash commands, interactivity payloads),
 * checked only on the fields Bolt and our listeners read (`event.type`, `event.user`,
 * `event.channel`, `user.id`, `team`, `view`, `actions`...). Pure: the receiver in
 * events-receiver.ts acts on the answer.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const hasObjectId = (value: unknown) => isObject(value) && isId(value.id);

/** events whose `user` is a user object (team_join, user_change); elsewhere it is a user id */
const userObjectEvents = new Set(['team_join', 'user_change']);
/** events Relais listens to whose `user` is required */
const userIdEvents = new Set([
  'app_home_opened',
  'app_mention',
  'member_joined_channel',
  'reaction_added',
  'reaction_removed',
]);

function eventProblem(body: Json): string | undefined {
  const { event } = body;
  if (!isObject(event)) return 'event is not an object';
  if (!isId(event.type)) return 'event has no type';
  if ('user' in event && !isId(event.user) && !hasObjectId(event.user))
    return 'event.user is neither an id nor a user';
  if (userObjectEvents.has(event.type) && !hasObjectId(event.user))
    return `${event.type} without a user object`;
  if (userIdEvents.has(event.type) && !isId(event.user)) return `${event.type} without a user id`;
  if ('channel' in event && !isId(event.channel) && !isObject(event.channel))
    return 'event.channel is malformed';
  for (const field of ['item', 'subteam', 'message'] as const) {
    if (field in event && !isObject(event[field])) return `event.${field} is not an object`;
  }
  const { authorizations } = body;
  if (authorizations !== undefined && (!Array.isArray(authorizations) || !authorizations.every(isObject)))
    return 'authorizations is malformed';
  const authorizedTeam = Array.isArray(authorizations)
    ? (authorizations[0] as Json | undefined)?.team_id
    : undefined;
  if (!isId(body.team_id) && !isId(authorizedTeam) && !isId(body.enterprise_id)) return 'no team';
  return undefined;
}

/** Interactivity payload types and what each must carry besides a user. */
const interactiveChecks: Record<string, (body: Json) => string | undefined> = {
  block_actions: (b) => actionsProblem(b),
  interactive_message: (b) => actionsProblem(b),
  block_suggestion: (b) => (isId(b.action_id) ? undefined : 'block_suggestion without action_id'),
  view_submission: (b) => (hasObjectId(b.view) ? undefined : 'view is not a view'),
  view_closed: (b) => (hasObjectId(b.view) ? undefined : 'view is not a view'),
  shortcut: (b) => (isId(b.callback_id) ? undefined : 'shortcut without callback_id'),
  message_action: (b) => (isId(b.callback_id) ? undefined : 'message_action without callback_id'),
  dialog_submission: (b) => (isId(b.callback_id) ? undefined : 'dialog_submission without callback_id'),
};

function actionsProblem(body: Json): string | undefined {
  const { actions } = body;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every(isObject))
    return 'actions is not a list of actions';
  return undefined;
}

function interactiveProblem(body: Json, type: string): string | undefined {
  if (!hasObjectId(body.user)) return `${type} without a user`;
  for (const field of ['team', 'enterprise', 'channel', 'container'] as const) {
    // null is how Slack says "none" for team and enterprise (org-wide installs)
    if (field in body && body[field] !== null && !isObject(body[field])) return `${field} is not an object`;
  }
  if ('channel' in body && body.channel === null) return 'channel is null';
  return interactiveChecks[type]!(body);
}

function commandProblem(body: Json): string | undefined {
  if (!isId(body.command)) return 'command is not a command';
  if (!isId(body.user_id)) return 'command without user_id';
  if (!isId(body.team_id) && !isId(body.enterprise_id)) return 'command without team_id';
  return undefined;
}

/** Why Bolt could not route this body, or undefined when it has the shape of a Slack request. */
export function slackPayloadProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'the payload is not an object';
  if ('command' in body) return commandProblem(body);
  if (body.type === 'url_verification' || body.type === 'app_rate_limited' || body.ssl_check !== undefined)
    return undefined;
  if ('event' in body || body.type === 'event_callback') return eventProblem(body);
  if (!isId(body.type)) return 'the payload has no type';
  if (Object.hasOwn(interactiveChecks, body.type)) return interactiveProblem(body, body.type);
  return `unknown payload type "${body.type.slice(0, 40)}"`;
}
