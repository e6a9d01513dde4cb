/**
 * Polls: exact counts, anonymous ballots, live cards in chat, the `poll` command and the
 * `poll.create` shortcut, closing at a deadline, reminders, results and exports.
 */
import { defineCapability } from '../capability/capability.js';
import { everyPort } from '../capability/ports.js';
import { pollsMigration } from './migrations/006-polls.js';
import { pollRoutes } from './poll-routes.js';
import { createPolls } from './polls.js';

export const polls = defineCapability({
  name: 'polls',
  migrations: [{ id: '006-polls', migration: pollsMigration }],
  // every port until this capability's factory names the few it uses
  ports: everyPort,
  create(ports) {
    const service = createPolls(ports);
    return { service, routes: pollRoutes(ports, service) };
  },
});
