/**
 * What a chat adapter plugs into the server: its HTTP routes (mounted before any body parser,
 * because platform signatures are computed over the raw body), its Messenger, and an optional
 * start/stop for long-lived connections (Slack Socket Mode).
 */
import type { Router } from 'express';
import type { Messenger } from '../messaging/messenger.js';

export interface ChatSurface {
  name: string;
  router: Router;
  messenger?: Messenger;
  /** one line for the start banner: where this surface listens, or why it is off */
  describe(): string;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
