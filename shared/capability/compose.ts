/**
 * Builds a list of capabilities in order and plugs each one's entries into the core: its card
 * actions into the dispatcher (and its observer of every click), its commands, shortcuts, delivery contents and job workers. The
 * routes are gathered for the REST API, which mounts them once the list is built.
 */
import type { ApiRoute } from '../api/api-route.js';
import type { ImportedPersonRef } from '../people/people-import.js';
import type { Capability } from './capability.js';
import type { Ports } from './ports.js';

export interface Composed {
  services: Record<string, unknown>;
  routes: ApiRoute[];
  /** every capability's reaction to an import, in list order */
  onPeopleImported(imported: ImportedPersonRef[]): Promise<void>;
}

export async function composeCapabilities(list: readonly Capability[], ports: Ports): Promise<Composed> {
  const services: Record<string, unknown> = {};
  const routes: ApiRoute[] = [];
  const afterImport: ((imported: ImportedPersonRef[]) => Promise<void>)[] = [];
  for (const capability of list) {
    if (capability.name in services) throw new Error(`capability ${capability.name} is listed twice`);
    for (const used of capability.uses) {
      if (!(used in services)) {
        throw new Error(`capability ${capability.name} uses ${used}, which must come before it in the list`);
      }
    }
    const parts = await capability.build(ports, services);
    for (const action of parts.actions ?? []) ports.dispatcher.define(action);
    if (parts.onAction) ports.dispatcher.observe(parts.onAction);
    for (const command of parts.commands ?? []) ports.commands.register(command.name, command.handle);
    for (const shortcut of parts.shortcuts ?? []) ports.shortcuts.register(shortcut);
    for (const content of parts.contents ?? [])
      ports.delivery.registerContent(content.subjectType, content.provider);
    for (const worker of parts.jobs ?? []) ports.jobs.process(worker.queue, worker.handle, worker.options);
    if (parts.audienceGroups) ports.audienceGroups.install(parts.audienceGroups);
    routes.push(...(parts.routes ?? []));
    if (parts.onPeopleImported) afterImport.push(parts.onPeopleImported);
    services[capability.name] = parts.service;
  }
  return {
    services,
    routes,
    async onPeopleImported(imported) {
      for (const react of afterImport) await react(imported);
    },
  };
}
