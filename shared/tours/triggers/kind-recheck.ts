/**
 * A first contact whose member lookup failed makes a guest until the platform answers (fail
 * closed), so the organisation's tours ("everyone", "newcomers") did not start and, the first
 * contact being over, never would. A durable job asks the platform again later (the Teams
 * connector's member lookup in the person's 1:1), backing off while it still cannot answer; once
 * the kind is settled (by that answer, a later turn's lookup or the directory) the first contact's
 * tours start as for anyone met now. A guest stays a guest: the tours' audience rules still keep
 * the organisation's tours from them.
 */
import type { JobQueue } from '../../jobs/queue.js';
import type { Logger } from '../../logging/logger.js';
import type { MessengerRegistry } from '../../messaging/messenger.js';
import type { PeopleService } from '../../people/people-service.js';
import type { Journey, TourTrigger } from '../tour-model.js';
import type { TourDb } from '../tour-tables.js';

export const KIND_RECHECK_QUEUE = 'tours.kind-recheck';

/** with the delay doubled each time (1 min by default): about 17 hours of asking in all */
const ATTEMPTS = 10;

export interface KindRecheck {
  personId: string;
  trigger: TourTrigger;
}

export interface KindRecheckDeps {
  db: TourDb;
  jobs: JobQueue;
  people: Pick<PeopleService, 'get' | 'learn'>;
  messengers: Pick<MessengerRegistry, 'get'>;
  logger: Logger;
  delayMs: number;
  /** the tours a trigger starts (idempotent: a journey per tour and person) */
  start(personId: string, trigger: TourTrigger): Promise<Journey[]>;
}

/** a guest only because the platform could not be asked (people.kind_source 'unknown') */
export async function kindUnsettled(db: TourDb, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('people')
    .select('kind_source')
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.kind_source === 'unknown';
}

export function queueKindRecheck(deps: Pick<KindRecheckDeps, 'jobs' | 'delayMs'>, recheck: KindRecheck) {
  return deps.jobs.add<KindRecheck>(KIND_RECHECK_QUEUE, recheck, {
    // one walk per person, however many first contacts (install, bot added) asked for it
    jobId: `kind-recheck:${recheck.personId}`,
    delayMs: deps.delayMs,
    attempts: ATTEMPTS,
    backoffMs: deps.delayMs,
  });
}

export async function runKindRecheck(
  deps: KindRecheckDeps,
  { personId, trigger }: KindRecheck,
): Promise<void> {
  const person = await deps.people.get(personId);
  if (!person?.active) return;
  if (await kindUnsettled(deps.db, personId)) {
    const tenantId = trigger.conversation?.tenantId;
    const identity = person.identities.find(
      (i) => i.platform === trigger.platform && (!tenantId || i.tenantId === tenantId),
    );
    const messenger = trigger.platform ? deps.messengers.get(trigger.platform) : undefined;
    // a platform that cannot be asked outside a turn: a later turn or the directory may settle it
    if (!identity || !messenger?.lookupMember) throw new Error(`who ${personId} is is not settled yet`);
    // a failure throws: the job is retried after a longer delay
    const profile = await messenger.lookupMember(identity, trigger.conversation);
    if (!profile.kind) throw new Error(`${trigger.platform} did not say whether ${personId} is a guest`);
    await deps.people.learn(identity, profile);
    deps.logger.info({ personId, kind: profile.kind }, 'first contact settled by a later member lookup');
  }
  await deps.start(personId, trigger);
}
