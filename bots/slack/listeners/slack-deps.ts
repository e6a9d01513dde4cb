/** What the Slack listeners need, passed to each folder's register(app, deps). */
import type { InstallationStore } from '@slack/oauth';
import type { Core } from '../../../shared/core.js';
import type { SlackPeople } from '../slack-people.js';

export interface SlackDeps {
  core: Core;
  people: SlackPeople;
  /** set in multi-workspace (OAuth) mode */
  installations?: InstallationStore;
}

/** The Slack slash command that carries every chat command (`/relais help`, `/relais news`...). */
export const SLASH_COMMAND = '/relais';
