/**
 * The secret behind anonymous ballots and answers, shared by polls and surveys (so it lives with
 * people, not in either capability). A ballot of an anonymous poll is keyed by
 * HMAC-SHA256(secret, poll id + person id), an anonymous survey's answers likewise by survey: one
 * per person and poll, yet nobody holding only the database can go back from the key to the
 * person. The secret therefore never enters the database: POLL_ANONYMITY_KEY, else a key file
 * generated once in DATA_DIR (mode 0600). Several instances must share it (set
 * POLL_ANONYMITY_KEY), or each would key ballots its own way.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';

export const anonymityKeyFile = 'poll-anonymity.key';

export interface AnonymityKeyOptions {
  /** POLL_ANONYMITY_KEY */
  key?: string;
  dataDir: string;
  /** PostgreSQL in use: instances may be several, so a per-instance file deserves a warning */
  sharedDatabase: boolean;
  logger: Logger;
}

export function loadAnonymityKey(options: AnonymityKeyOptions): Buffer {
  if (options.key) return Buffer.from(options.key, 'utf8');
  const file = path.join(options.dataDir, anonymityKeyFile);
  fs.mkdirSync(options.dataDir, { recursive: true });
  // Written beside, then linked into place: a link either lands whole or finds the key there.
  // Two servers starting on a fresh DATA_DIR (SERVER_PROCESSES) cannot both write a key, and
  // neither can read the file between its creation and its content.
  if (!fs.existsSync(file)) {
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(draft, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    try {
      fs.linkSync(draft, file);
      options.logger.info({ file }, 'generated the anonymous polls key');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  if (options.sharedDatabase) {
    options.logger.warn(
      { file },
      'POLL_ANONYMITY_KEY is not set: anonymous ballots use this instance’s key file; every instance on this database must use the same key',
    );
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (text.length < 32) throw new Error(`${file} holds no usable key: delete it or set POLL_ANONYMITY_KEY`);
  return Buffer.from(text, 'utf8');
}

/** The ballot key of an anonymous vote: stable per (poll, person), irreversible without the secret. */
export const anonymousVoterKey = (secret: Buffer, pollId: string, personId: string): string =>
  `a:${createHmac('sha256', secret).update(`${pollId}\u0000${personId}`).digest('base64url')}`;

/** Named polls key ballots by the person id itself. */
export const namedVoterKey = (personId: string): string => `p:${personId}`;
