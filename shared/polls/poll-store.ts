/**
 * SQL for polls, one statement per write that matters: a ballot is one upsert conditioned on the
 * poll being open (no read-modify-write, so retries, double clicks and several instances count
 * once), an added option takes the next position in the same statement, and counts are one
 * GROUP BY over the (poll_id, choices) index.
 */
import { sql } from 'kysely';
import type { Locale } from '../i18n/i18n.js';
import type { SentMessage } from '../messaging/messenger.js';
import { nowIso, type Store } from '../store/store.js';
import {
  labelKey,
  maxOptions,
  type Poll,
  type PollDraft,
  type PollResults,
  type PollTarget,
  type ResultVisibility,
} from './poll-model.js';
import { type PollDb, type PollTables, pollDb } from './poll-tables.js';

type PollRow = PollTables['polls'];
type OptionRow = PollTables['poll_options'];

export const optionId = (position: number): string => `o${position}`;

const toPoll = (row: PollRow, options: OptionRow[]): Poll => ({
  id: row.id,
  question: row.question,
  options: options
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ id: optionId(o.position), label: o.label, position: o.position, addedBy: o.added_by })),
  maxChoices: row.max_choices,
  anonymous: row.anonymous === 1,
  resultVisibility: row.result_visibility as ResultVisibility,
  allowAddOptions: row.allow_add_options === 1,
  closesAt: row.closes_at,
  closedAt: row.closed_at,
  authorId: row.author_id,
  locale: row.locale as Locale,
  createdAt: row.created_at,
});

export interface PollMessageRow {
  message: SentMessage;
  personId: string | null;
}

export class PollStore {
  readonly db: PollDb;

  constructor(store: Store) {
    this.db = pollDb(store);
  }

  async insert(
    id: string,
    draft: PollDraft,
    meta: { authorId: string | null; locale: Locale; target?: PollTarget },
  ): Promise<void> {
    const now = nowIso();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('polls')
        .values({
          id,
          question: draft.question,
          max_choices: draft.maxChoices,
          anonymous: draft.anonymous ? 1 : 0,
          result_visibility: draft.resultVisibility,
          allow_add_options: draft.allowAddOptions ? 1 : 0,
          closes_at: draft.closesAt ? new Date(draft.closesAt).toISOString() : null,
          closed_at: null,
          author_id: meta.authorId,
          locale: meta.locale,
          target: meta.target ? JSON.stringify(meta.target) : null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await tx
        .insertInto('poll_options')
        .values(
          draft.options.map((label, position) => ({
            poll_id: id,
            position,
            label,
            label_key: labelKey(label),
            added_by: null,
            created_at: now,
          })),
        )
        .execute();
      // a group's portal finds its open polls by these rows (migration 043)
      const groups = [
        ...new Set(meta.target && 'audience' in meta.target ? (meta.target.audience.groups ?? []) : []),
      ];
      if (groups.length > 0) {
        await tx
          .insertInto('poll_audience_groups')
          .values(groups.map((group_id) => ({ group_id, poll_id: id })))
          .execute();
      }
    });
  }

  /** open polls sent to an audience naming the group, newest first */
  async openOfGroup(groupId: string, limit: number): Promise<Poll[]> {
    const rows = await this.db
      .selectFrom('poll_audience_groups as g')
      .innerJoin('polls', 'polls.id', 'g.poll_id')
      .selectAll('polls')
      .where('g.group_id', '=', groupId)
      .where('polls.closed_at', 'is', null)
      .orderBy('polls.created_at', 'desc')
      .orderBy('polls.id')
      .limit(limit)
      .execute();
    return this.withOptions(rows);
  }

  async load(id: string): Promise<Poll | undefined> {
    const row = await this.db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const options = await this.db.selectFrom('poll_options').selectAll().where('poll_id', '=', id).execute();
    return toPoll(row, options);
  }

  async target(id: string): Promise<PollTarget | undefined> {
    const row = await this.db.selectFrom('polls').select('target').where('id', '=', id).executeTakeFirst();
    return row?.target ? (JSON.parse(row.target) as PollTarget) : undefined;
  }

  async list(query: {
    authorId?: string;
    state?: 'open' | 'closed';
    limit: number;
    offset: number;
  }): Promise<{ polls: Poll[]; total: number }> {
    let base = this.db.selectFrom('polls');
    if (query.authorId) base = base.where('author_id', '=', query.authorId);
    if (query.state === 'open') base = base.where('closed_at', 'is', null);
    if (query.state === 'closed') base = base.where('closed_at', 'is not', null);
    const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    const rows = await base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return { polls: await this.withOptions(rows), total };
  }

  private async withOptions(rows: PollRow[]): Promise<Poll[]> {
    if (rows.length === 0) return [];
    const options = await this.db
      .selectFrom('poll_options')
      .selectAll()
      .where(
        'poll_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) =>
      toPoll(
        r,
        options.filter((o) => o.poll_id === r.id),
      ),
    );
  }

  /**
   * The voter's ballot replaced by `choices` in one statement, only while the poll is open.
   * 'changed' when a row was written, 'same' when the ballot already said this, 'closed' when
   * the poll was closed (or gone) at that instant.
   */
  async castBallot(
    pollId: string,
    voterKey: string,
    choices: number,
    personId: string | null,
  ): Promise<'changed' | 'same' | 'closed'> {
    // anonymous ballots keep no time: it could be matched against the event log
    const at = personId ? nowIso() : null;
    const { rows } = await sql<{ choices: number }>`
      insert into poll_ballots (poll_id, voter_key, choices, person_id, updated_at)
      select cast(${pollId} as text), cast(${voterKey} as text), cast(${choices} as integer),
        cast(${personId} as text), cast(${at} as text)
      from polls where id = ${pollId} and closed_at is null
      on conflict (poll_id, voter_key) do update
        set choices = excluded.choices, updated_at = excluded.updated_at
        where poll_ballots.choices <> excluded.choices
      returning choices`.execute(this.db);
    if (rows.length > 0) return 'changed';
    const open = await this.db
      .selectFrom('polls')
      .select('id')
      .where('id', '=', pollId)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return open ? 'same' : 'closed';
  }

  async ballotOf(pollId: string, voterKey: string): Promise<number> {
    const row = await this.db
      .selectFrom('poll_ballots')
      .select('choices')
      .where('poll_id', '=', pollId)
      .where('voter_key', '=', voterKey)
      .executeTakeFirst();
    return row?.choices ?? 0;
  }

  /** which of these voter keys have a ballot */
  async votedKeys(pollId: string, voterKeys: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < voterKeys.length; i += 500) {
      const rows = await this.db
        .selectFrom('poll_ballots')
        .select('voter_key')
        .where('poll_id', '=', pollId)
        .where('voter_key', 'in', voterKeys.slice(i, i + 500))
        .execute();
      for (const row of rows) out.add(row.voter_key);
    }
    return out;
  }

  /** Exact counts: one aggregate over the poll's ballots, grouped by the ballot's bitmask. */
  async results(poll: Poll): Promise<PollResults> {
    const { rows } = await sql<{ choices: number; n: number | string }>`
      select choices, count(*) as n from poll_ballots where poll_id = ${poll.id} group by choices`.execute(
      this.db,
    );
    const counts: Record<string, number> = Object.fromEntries(poll.options.map((o) => [o.id, 0]));
    let voters = 0;
    for (const row of rows) {
      const n = Number(row.n);
      voters += n;
      for (const option of poll.options)
        if ((row.choices & (1 << option.position)) !== 0) counts[option.id] += n;
    }
    return { pollId: poll.id, voters, counts };
  }

  /** named ballots with their voter, for the voters export */
  async namedBallots(
    pollId: string,
  ): Promise<
    { personId: string; name: string | null; email: string | null; choices: number; at: string | null }[]
  > {
    const rows = await this.db
      .selectFrom('poll_ballots as b')
      .leftJoin('people as p', 'p.id', 'b.person_id')
      .select(['b.person_id', 'p.display_name', 'p.email', 'b.choices', 'b.updated_at'])
      .where('b.poll_id', '=', pollId)
      .where('b.person_id', 'is not', null)
      .orderBy('p.display_name')
      .execute();
    return rows.map((r) => ({
      personId: r.person_id!,
      name: r.display_name,
      email: r.email,
      choices: r.choices,
      at: r.updated_at,
    }));
  }

  /**
   * A voter's option, at the next free position in the same statement; the same label (case,
   * accents and spaces aside) is one option. Returns its position, or undefined when the poll is full.
   */
  async addOption(pollId: string, label: string, addedBy: string | null): Promise<number | undefined> {
    const key = labelKey(label);
    for (let attempt = 0; attempt < 8; attempt++) {
      const { rows } = await sql<{ position: number }>`
        insert into poll_options (poll_id, position, label, label_key, added_by, created_at)
        select cast(${pollId} as text), coalesce(max(position), -1) + 1, cast(${label} as text),
          cast(${key} as text), cast(${addedBy} as text), cast(${nowIso()} as text)
        from poll_options where poll_id = ${pollId}
        having coalesce(max(position), -1) + 1 < cast(${maxOptions} as integer)
        on conflict do nothing
        returning position`.execute(this.db);
      if (rows[0]) return rows[0].position;
      const existing = await this.db
        .selectFrom('poll_options')
        .select('position')
        .where('poll_id', '=', pollId)
        .where('label_key', '=', key)
        .executeTakeFirst();
      if (existing) return existing.position;
      const count = await this.db
        .selectFrom('poll_options')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('poll_id', '=', pollId)
        .executeTakeFirst();
      if (Number(count?.n ?? 0) >= maxOptions) return undefined;
      // another voter took that position at the same moment: take the next one
    }
    throw new Error(`poll ${pollId}: could not add an option after 8 attempts`);
  }

  /** true when this call closed it */
  async close(pollId: string, at: string, onlyIfClosesAt?: string): Promise<boolean> {
    let query = this.db
      .updateTable('polls')
      .set({ closed_at: at, updated_at: nowIso() })
      .where('id', '=', pollId)
      .where('closed_at', 'is', null);
    if (onlyIfClosesAt) query = query.where('closes_at', '=', onlyIfClosesAt);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async reopen(pollId: string, closesAt: string | null): Promise<void> {
    await this.db
      .updateTable('polls')
      .set({ closed_at: null, closes_at: closesAt, updated_at: nowIso() })
      .where('id', '=', pollId)
      .execute();
  }

  async recordMessage(pollId: string, message: SentMessage, personId: string | null): Promise<void> {
    await this.db
      .insertInto('poll_messages')
      .values({
        platform: message.platform,
        conversation_id: message.conversationId,
        message_id: message.messageId,
        tenant_id: message.tenantId,
        poll_id: pollId,
        person_id: personId,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(['platform', 'conversation_id', 'message_id']).doNothing())
      .execute();
  }

  async messages(pollId: string, options: { sharedOnly?: boolean } = {}): Promise<PollMessageRow[]> {
    let query = this.db.selectFrom('poll_messages').selectAll().where('poll_id', '=', pollId);
    if (options.sharedOnly) query = query.where('person_id', 'is', null);
    const rows = await query.execute();
    return rows.map((r) => ({
      message: {
        platform: r.platform as SentMessage['platform'],
        tenantId: r.tenant_id,
        conversationId: r.conversation_id,
        messageId: r.message_id,
      },
      personId: r.person_id,
    }));
  }

  async message(
    platform: string,
    conversationId: string,
    messageId: string,
  ): Promise<{ pollId: string; personId: string | null } | undefined> {
    const row = await this.db
      .selectFrom('poll_messages')
      .select(['poll_id', 'person_id'])
      .where('platform', '=', platform)
      .where('conversation_id', '=', conversationId)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row ? { pollId: row.poll_id, personId: row.person_id } : undefined;
  }

  /** a guest may answer: the poll was posted in this conversation, or sent to them 1:1 */
  async postedIn(pollId: string, platform: string, conversationId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('poll_messages')
      .select('poll_id')
      .where('poll_id', '=', pollId)
      .where('platform', '=', platform)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return Boolean(row);
  }
}
