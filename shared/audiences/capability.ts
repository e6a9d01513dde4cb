/**
 * Audiences: who a send is for, as data (audience.ts), resolved into recipients by the delivery
 * (resolve-audience.ts) and checked before any send accepts it (audience-check.ts). This module
 * brings the REST routes the console's picker reads: suggestions and the reach count.
 */
import { defineCapability } from '../capability/capability.js';
import { audienceRoutes } from './audience-routes.js';

export const audiences = defineCapability({
  name: 'audiences',
  migrations: [],
  ports: ['store', 'people', 'messengers'],
  create(ports) {
    return { service: {}, routes: audienceRoutes(ports) };
  },
});
