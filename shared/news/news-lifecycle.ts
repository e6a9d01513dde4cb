/**
 * The life of a news item: create, edit, publish (now, at a time, or after an admin's approval),
 * cancel, recall. Publishing hands the audience to the delivery machinery; a scheduled publish
 * and each reminder round are durable jobs, so a restart loses none of them.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Audience, audienceSchema } from '../audiences/audience.js';
import { assertKnown, assertNotAmbiguous, checkAudience } from '../audiences/audience-check.js';
import {
  assertAudienceAllowed,
  isAdmin,
  isOrganisationWide,
  requireAuthor,
} from '../audiences/author-scope.js';
import { type Principal, principalPersonId } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { Database } from '../store/schema.js';
import { indexAudienceGroups } from './news-by-group.js';
import {
  audienceOf,
  isExpired,
  liveStatuses,
  loadRow,
  NEWS_SUBJECT,
  type NewsContext,
  REMINDER_SUBJECT,
  toItem,
} from './news-context.js';
import {
  type DraftFromChat,
  draftFromChatSchema,
  type NewsInput,
  type NewsItem,
  type NewsPatch,
  type NewsVariants,
  newsInputSchema,
  newsPatchSchema,
  type PublishInput,
  publishSchema,
} from './news-model.js';
import type { NewsRow } from './news-tables.js';
import { resolvePublishTime } from './publish-time.js';

export const PUBLISH_QUEUE = 'news.publish';
export const REMIND_QUEUE = 'news.remind';

const nowIso = () => new Date().toISOString();
/** shown on cards: the person, or the app's name for an automation key */
const authorName = (principal: Principal) =>
  principal.kind === 'person' ? principal.person.displayName : 'Relais';

/** Loads an item the principal may manage: its author, an organisation-wide communicator, an admin. */
export async function loadManaged(ctx: NewsContext, principal: Principal, id: string): Promise<NewsRow> {
  const scope = await requireAuthor(principal, ctx.audienceGroups);
  const row = await loadRow(ctx, id);
  if (!row) throw new AppError('not_found', `no news item ${id}`);
  if (!scope.all && row.author_id !== principalPersonId(principal)) {
    throw new AppError('not_found', `no news item ${id}`);
  }
  return row;
}

export async function createNews(
  ctx: NewsContext,
  principal: Principal,
  input: NewsInput,
  /**
   * the audience is the author's own scope, granted by an admin and not typed by the author: a
   * department of it that nobody holds yet is no typo and does not stop the draft (publishing,
   * which checks the audience again, says who is missing)
   */
  audienceFromScope = false,
): Promise<NewsItem> {
  const scope = await requireAuthor(principal, ctx.audienceGroups);
  const parsed = newsInputSchema.parse(input);
  await assertAudienceAllowed(scope, parsed.audience, ctx.people);
  if (audienceFromScope) assertNotAmbiguous(parsed.audience);
  else await assertSound(ctx, parsed.audience);
  const now = nowIso();
  const row: NewsRow = {
    id: randomUUID(),
    status: 'draft',
    variants: JSON.stringify(parsed.variants),
    audience: JSON.stringify(parsed.audience),
    strategic: parsed.strategic ? 1 : 0,
    expires_at: parsed.expiresAt ? new Date(parsed.expiresAt).toISOString() : null,
    author_id: principalPersonId(principal),
    author_name: authorName(principal),
    publish_at: null,
    publish_time_zone: null,
    approval_requested_at: null,
    approved_by: null,
    approved_at: null,
    published_at: null,
    recalled_at: null,
    cancelled_at: null,
    reminders_sent: 0,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await tx.insertInto('news').values(row).execute();
    await indexAudienceGroups(tx, row.id, parsed.audience.groups);
  });
  await ctx.events.track({
    type: 'news.created',
    personId: row.author_id,
    subjectType: 'news',
    subjectId: row.id,
  });
  return toItem(row);
}

/** Share as news from chat: a draft in one language, addressed to the author's scope by default. */
export async function createDraftFromChat(
  ctx: NewsContext,
  principal: Principal,
  input: DraftFromChat,
): Promise<NewsItem> {
  const scope = await requireAuthor(principal, ctx.audienceGroups);
  const parsed = draftFromChatSchema.parse(input);
  const locale =
    parsed.locale ??
    (principal.kind === 'person' ? principal.person.locale : null) ??
    ctx.settings.defaultLocale;
  const audience =
    parsed.audience ??
    (scope.all ? { everyone: true } : { departments: [...scope.departments], sites: [...scope.sites] });
  return createNews(
    ctx,
    principal,
    {
      variants: {
        [locale]: { title: parsed.title, summary: parsed.summary ?? '', body: parsed.body, buttons: [] },
      },
      audience,
    },
    parsed.audience === undefined,
  );
}

export async function updateNews(
  ctx: NewsContext,
  principal: Principal,
  id: string,
  patchInput: NewsPatch,
): Promise<NewsItem> {
  const scope = await requireAuthor(principal, ctx.audienceGroups);
  const patch = newsPatchSchema.parse(patchInput);
  const row = await loadManaged(ctx, principal, id);
  if (row.status === 'recalled') throw new AppError('conflict', 'a recalled news item cannot be edited');
  const live = liveStatuses.includes(row.status);
  const changes: Partial<NewsRow> = { updated_at: nowIso() };
  if (patch.audience) {
    if (live) throw new AppError('conflict', 'the audience of a published news item cannot change');
    await assertAudienceAllowed(scope, patch.audience, ctx.people);
    await assertSound(ctx, patch.audience);
    changes.audience = JSON.stringify(patch.audience);
    // a scheduled item widened to the whole organisation goes back through approval
    if (
      row.status === 'scheduled' &&
      ctx.settings.approvalRequired &&
      isOrganisationWide(patch.audience) &&
      !isAdmin(principal)
    ) {
      changes.status = 'pending_approval';
      changes.approval_requested_at = changes.updated_at;
      changes.approved_by = null;
      changes.approved_at = null;
    }
  }
  if (patch.variants) {
    const variants = { ...(JSON.parse(row.variants) as NewsVariants) };
    for (const locale of ['fr', 'en'] as const) {
      const next = patch.variants[locale];
      if (next === null) delete variants[locale];
      else if (next) variants[locale] = next;
    }
    if (!variants.fr && !variants.en) {
      throw new AppError('validation_failed', 'Invalid body: variants: give at least one of fr, en', [
        { field: 'variants', message: 'give at least one of fr, en', code: 'one_language_required' },
      ]);
    }
    changes.variants = JSON.stringify(variants);
  }
  if (patch.strategic !== undefined) changes.strategic = patch.strategic ? 1 : 0;
  if (patch.expiresAt !== undefined) {
    changes.expires_at = patch.expiresAt ? new Date(patch.expiresAt).toISOString() : null;
  }
  await ctx.db.transaction().execute(async (tx) => {
    await tx.updateTable('news').set(changes).where('id', '=', id).execute();
    if (patch.audience) await indexAudienceGroups(tx, id, patch.audience.groups);
  });
  const updated = (await loadRow(ctx, id))!;
  await ctx.events.track({
    type: 'news.updated',
    personId: principalPersonId(principal),
    subjectType: 'news',
    subjectId: id,
    data: { fields: Object.keys(patch) },
  });
  // every delivered copy shows the edit (paced like sends)
  if (live) await ctx.delivery.refreshAll(NEWS_SUBJECT, id, 'update');
  return toItem(updated);
}

export async function publishNews(
  ctx: NewsContext,
  principal: Principal,
  id: string,
  whenInput: PublishInput | undefined,
): Promise<NewsItem> {
  const when = publishSchema.parse(whenInput ?? {});
  const row = await loadManaged(ctx, principal, id);
  if (row.status === 'publishing') return startSending(ctx, id); // a retried publish resumes the fan-out
  if (!['draft', 'scheduled', 'pending_approval'].includes(row.status)) {
    throw new AppError('conflict', `a ${row.status} news item cannot be published`);
  }
  if (isExpired(row)) throw new AppError('conflict', 'this news item has already expired');
  const at = when.at ? resolvePublishTime(when.at, when.timeZone) : null;
  if (at && at.getTime() < Date.now() - 60_000) {
    throw new AppError('validation_failed', 'Invalid body: at: is in the past', [
      { field: 'at', message: 'is in the past', code: 'in_the_past' },
    ]);
  }
  // a draft may name nobody yet; what goes out must not surprise (only a scheduled send may
  // reach nobody now, when it says so: its people may arrive before it goes)
  await checkAudience(coreTables(ctx), audienceOf(row), {
    allowEmpty: Boolean(at && when.allowEmpty),
    groups: ctx.audienceGroups,
  });
  await ctx.events.track({
    type: 'news.publish_requested',
    personId: principalPersonId(principal),
    subjectType: 'news',
    subjectId: id,
    data: { at: at?.toISOString() ?? null, timeZone: when.timeZone ?? null },
  });
  if (ctx.settings.approvalRequired && isOrganisationWide(audienceOf(row)) && !isAdmin(principal)) {
    await ctx.db
      .updateTable('news')
      .set({
        status: 'pending_approval',
        publish_at: at?.toISOString() ?? null,
        publish_time_zone: when.timeZone ?? null,
        approval_requested_at: nowIso(),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    return toItem((await loadRow(ctx, id))!);
  }
  return schedule(ctx, id, at, when.timeZone ?? null);
}

export async function approveNews(ctx: NewsContext, principal: Principal, id: string): Promise<NewsItem> {
  if (!isAdmin(principal)) throw new AppError('forbidden', 'requires the admin role');
  const row = await loadRow(ctx, id);
  if (!row) throw new AppError('not_found', `no news item ${id}`);
  if (row.status !== 'pending_approval')
    throw new AppError('conflict', `a ${row.status} news item needs no approval`);
  await ctx.db
    .updateTable('news')
    .set({ approved_by: principalPersonId(principal) ?? 'api', approved_at: nowIso(), updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  await ctx.events.track({
    type: 'news.approved',
    personId: principalPersonId(principal),
    subjectType: 'news',
    subjectId: id,
  });
  const at = row.publish_at ? new Date(row.publish_at) : null;
  return schedule(ctx, id, at, row.publish_time_zone);
}

/** In the future: a durable job at that time; else now. */
async function schedule(
  ctx: NewsContext,
  id: string,
  at: Date | null,
  timeZone: string | null,
): Promise<NewsItem> {
  if (at && at.getTime() > Date.now()) {
    await ctx.db
      .updateTable('news')
      .set({
        status: 'scheduled',
        publish_at: at.toISOString(),
        publish_time_zone: timeZone,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    const jobId = `${id}:${at.getTime()}`;
    await ctx.jobs.add(
      PUBLISH_QUEUE,
      { newsId: id, at: at.toISOString() },
      { jobId, runAt: at, attempts: 10 },
    );
    return toItem((await loadRow(ctx, id))!);
  }
  return publishNow(ctx, id);
}

/** The publish job: runs only if the item is still scheduled for that time. */
export async function runScheduledPublish(
  ctx: NewsContext,
  data: { newsId: string; at: string },
): Promise<void> {
  const row = await loadRow(ctx, data.newsId);
  if (!row) return;
  if (row.status === 'publishing') {
    await startSending(ctx, row.id);
    return;
  }
  // rescheduled, cancelled or already published since this job was added
  if (row.status !== 'scheduled' || row.publish_at !== data.at) return;
  await publishNow(ctx, row.id);
}

/** draft/scheduled/pending → publishing, once (a conditional update), then the fan-out. */
async function publishNow(ctx: NewsContext, id: string): Promise<NewsItem> {
  const now = nowIso();
  const result = await ctx.db
    .updateTable('news')
    .set({ status: 'publishing', published_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['draft', 'scheduled', 'pending_approval'])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) {
    await ctx.events.track({ type: 'news.published', subjectType: 'news', subjectId: id });
  }
  return startSending(ctx, id);
}

/** Idempotent: the delivery machinery makes one broadcast per subject, and reminders have job ids. */
async function startSending(ctx: NewsContext, id: string): Promise<NewsItem> {
  const row = (await loadRow(ctx, id))!;
  await ctx.delivery.broadcast({ subjectType: NEWS_SUBJECT, subjectId: id, audience: audienceOf(row) });
  if (row.strategic === 1 && ctx.settings.reminderCount > 0) await scheduleReminder(ctx, id, 1);
  return toItem(row);
}

export async function scheduleReminder(ctx: NewsContext, id: string, round: number): Promise<void> {
  await ctx.jobs.add(
    REMIND_QUEUE,
    { newsId: id, round },
    { jobId: `${id}:${round}`, delayMs: ctx.settings.reminderDelayMs, attempts: 5 },
  );
}

/** A publishing item whose fan-out finished is published. */
export async function settleStatus(ctx: NewsContext, row: NewsRow): Promise<NewsRow> {
  if (row.status !== 'publishing') return row;
  const progress = await ctx.delivery.progress(NEWS_SUBJECT, row.id);
  if (!progress.done) return row;
  await ctx.db
    .updateTable('news')
    .set({ status: 'published' })
    .where('id', '=', row.id)
    .where('status', '=', 'publishing')
    .execute();
  return { ...row, status: 'published' };
}

export async function cancelNews(ctx: NewsContext, principal: Principal, id: string): Promise<NewsItem> {
  const row = await loadManaged(ctx, principal, id);
  const now = nowIso();
  if (row.status === 'scheduled' || row.status === 'pending_approval') {
    if (row.publish_at) await ctx.jobs.remove(PUBLISH_QUEUE, `${id}:${Date.parse(row.publish_at)}`);
    await ctx.db
      .updateTable('news')
      .set({ status: 'draft', publish_at: null, approval_requested_at: null, updated_at: now })
      .where('id', '=', id)
      .execute();
  } else if (row.status === 'publishing') {
    await ctx.delivery.cancel(NEWS_SUBJECT, id);
    await ctx.db
      .updateTable('news')
      .set({ status: 'published', cancelled_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
  } else {
    throw new AppError('conflict', `a ${row.status} news item has nothing to cancel`);
  }
  await ctx.events.track({
    type: 'news.cancelled',
    personId: principalPersonId(principal),
    subjectType: 'news',
    subjectId: id,
  });
  return toItem((await loadRow(ctx, id))!);
}

export async function recallNews(ctx: NewsContext, principal: Principal, id: string): Promise<NewsItem> {
  const row = await loadManaged(ctx, principal, id);
  if (!liveStatuses.includes(row.status)) {
    throw new AppError('conflict', `a ${row.status} news item cannot be recalled`);
  }
  const now = nowIso();
  await ctx.db
    .updateTable('news')
    .set({ status: 'recalled', recalled_at: now, updated_at: now })
    .where('id', '=', id)
    .execute();
  // stop what has not gone out yet, then replace every copy (reminders included)
  await ctx.delivery.cancel(NEWS_SUBJECT, id);
  await ctx.delivery.refreshAll(NEWS_SUBJECT, id, 'withdraw');
  for (let round = 1; round <= row.reminders_sent; round += 1) {
    await ctx.delivery.cancel(REMINDER_SUBJECT, `${id}:${round}`);
    await ctx.delivery.refreshAll(REMINDER_SUBJECT, `${id}:${round}`, 'withdraw');
  }
  await ctx.events.track({
    type: 'news.recalled',
    personId: principalPersonId(principal),
    subjectType: 'news',
    subjectId: id,
  });
  return toItem((await loadRow(ctx, id))!);
}

/** The news database is the core's with news tables added: the audience checks read the core's. */
const coreTables = (ctx: NewsContext) => ({ db: ctx.db as unknown as Kysely<Database> });

/** Drafts: no ambiguous audience, nobody named who is not in the directory (emptiness is checked at publish). */
async function assertSound(ctx: NewsContext, audience: Audience): Promise<void> {
  assertNotAmbiguous(audience);
  await assertKnown(coreTables(ctx), audience, 'audience', false, ctx.audienceGroups);
}

/** A parsed audience for reminders: exactly these people. */
export const peopleAudience = (personIds: string[]) => audienceSchema.parse({ people: personIds });
