/**
 * What a capability is: one folder exporting one module that declares what it brings to Relais —
 * its migrations, the ports and other capabilities' services it needs, and a factory that builds
 * its service plus its entries into the core (REST routes, card actions, chat commands,
 * shortcuts, delivery contents, job workers). The core composes the list of modules in one place
 * (`shared/capabilities.ts`); a module never sees the core, only what it named.
 */
import type { AnyAction } from '../actions/define-action.js';
import type { ActionObserver } from '../actions/dispatcher.js';
import type { Shortcut } from '../actions/shortcuts.js';
import type { ApiRoute } from '../api/api-route.js';
import type { AudienceGroups } from '../audiences/audience-groups.js';
import type { CommandHandler, CommandName } from '../commands/commands.js';
import type { ContentProvider } from '../delivery/delivery.js';
import type { JobHandler, WorkerOptions } from '../jobs/queue.js';
import type { ImportedPersonRef } from '../people/people-import.js';
import type { MigrationStep } from '../store/migration-steps.js';
import type { PortName, Ports } from './ports.js';

export interface CommandEntry {
  name: CommandName;
  handle: CommandHandler;
}

export interface ContentEntry {
  /** the delivery subject type whose 1:1 messages this renders (`poll`, `news`…) */
  subjectType: string;
  provider: ContentProvider;
}

export interface JobWorker<T = unknown> {
  queue: string;
  handle: JobHandler<T>;
  options?: WorkerOptions;
}

/** A job worker entry: the queue, its typed handler, its options (concurrency). */
export const worker = <T>(queue: string, handle: JobHandler<T>, options?: WorkerOptions): JobWorker<T> => ({
  queue,
  handle,
  options,
});

/** Any job worker, whatever its job data: what a capability hands to the queue. */
// biome-ignore lint/suspicious/noExplicitAny: a list of workers mixes job data types
export type AnyJobWorker = JobWorker<any>;

/** What a capability's factory hands back: its service and its entries into the core. */
export interface CapabilityParts<Service> {
  service: Service;
  routes?: ApiRoute[];
  actions?: AnyAction[];
  commands?: CommandEntry[];
  shortcuts?: Shortcut[];
  contents?: ContentEntry[];
  jobs?: AnyJobWorker[];
  /**
   * told of every card click that succeeded, whatever its capability (a relayed copy's clicks
   * attributed to the relay); it must not throw
   */
  onAction?: ActionObserver;
  /** who is in which group, for audiences naming groups and guests' reads (the groups capability) */
  audienceGroups?: AudienceGroups;
  /** what to do once people were imported (start or stop their tours…) */
  onPeopleImported?: (imported: ImportedPersonRef[]) => Promise<void>;
}

export interface Capability<Name extends string = string, Service = unknown> {
  name: Name;
  migrations: readonly MigrationStep[];
  /** the capabilities whose services this one uses; they come before it in the list */
  uses: readonly string[];
  /** builds the parts from the whole set of ports and the services built so far, picking its own */
  build(ports: Ports, services: Readonly<Record<string, unknown>>): Promise<CapabilityParts<Service>>;
}

export interface CapabilitySpec<Name extends string, Service, P extends PortName, Uses> {
  name: Name;
  migrations?: readonly MigrationStep[];
  /** the ports the factory receives, named one by one */
  ports: readonly P[];
  /** the other capabilities' services it uses, by name (their keys in `Uses`) */
  uses?: readonly (keyof Uses & string)[];
  create(ports: Pick<Ports, P>, uses: Uses): CapabilityParts<Service> | Promise<CapabilityParts<Service>>;
}

const pick = <T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;

export function defineCapability<
  const Name extends string,
  Service,
  const P extends PortName,
  Uses extends Record<string, unknown> = Record<never, never>,
>(spec: CapabilitySpec<Name, Service, P, Uses>): Capability<Name, Service> {
  const uses = spec.uses ?? [];
  return {
    name: spec.name,
    migrations: spec.migrations ?? [],
    uses,
    async build(ports, services) {
      return spec.create(pick(ports, spec.ports), pick(services, uses) as Uses);
    },
  };
}

/** The service of each capability of a list, by name: `{ news: NewsService, polls: PollService… }`. */
export type ServicesOf<List extends readonly Capability[]> = {
  [C in List[number] as C['name']]: C extends Capability<string, infer S> ? S : never;
};
