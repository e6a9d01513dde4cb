/** Serves the built tabs (tabs/dist) at /tabs, with the single-page fallback. PLACEHOLDER. */
import { Router } from 'express';
import type { Core } from '../core.js';

export function createTabsRouter(_core: Core): Router {
  return Router();
}
