/** REST API /api/v1. PLACEHOLDER: being built. */
import { Router } from 'express';
import type { Core } from '../core.js';

export function createApiRouter(_core: Core): Router {
  return Router();
}
