/**
 * The lines a manager pastes or uploads, read and judged one by one: an address (lowercased),
 * optionally a name and a company, separated by commas, semicolons or tabs, or `Name <address>`
 * optionally followed by the company; a CSV with a header
 * naming an email column is read by its header. Each line gets its own verdict, so one bad
 * address never stops the others.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { AppError } from '../../errors/errors.js';

export const MAX_LINES = 5_000;
export const MAX_TEXT_CHARS = 1_000_000;
const MAX_NAME = 200;

export interface InvitationLine {
  /** 1-based line of the text (or index + 1 of a list) */
  line: number;
  address: string;
  displayName?: string;
  company?: string;
}

export type LineErrorCode =
  | 'invalid_address'
  | 'domain_not_allowed'
  | 'domain_blocked'
  | 'member_not_guest'
  | 'already_member'
  | 'duplicate_line'
  | 'too_long';

export interface LineError {
  line: number;
  address: string;
  code: LineErrorCode;
}

// what Entra and Slack accept in practice: one @, a dotted domain, no spaces or brackets
const ADDRESS =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export const normaliseAddress = (raw: string): string => raw.trim().toLowerCase();

export const isAddress = (address: string): boolean =>
  address.length <= 254 && ADDRESS.test(address) && !address.includes('..');

const NAMED = /^\s*"?([^<"]*)"?\s*<([^<>]*)>\s*$/;

const clip = (v: string | undefined) => {
  const t = v?.trim();
  return t ? t : undefined;
};

/** Pasted lines or a CSV: every non-empty line becomes one InvitationLine. */
export function readInvitationText(text: string): InvitationLine[] {
  let rows: string[][];
  try {
    rows = parseCsv(text, {
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    // a quote left open or closed mid-cell: the manager's text, so a 400 naming the line
    const line = Number((error as { lines?: unknown }).lines) || 1;
    throw new AppError('validation_failed', `unreadable text at line ${line}`, undefined, {
      key: 'groups.invitations.error.unreadable',
      params: { line },
    });
  }
  const first = rows[0]?.map((cell) => cell.toLowerCase()) ?? [];
  const emailColumn = first.findIndex((cell) =>
    ['email', 'e-mail', 'mail', 'adresse', 'address'].includes(cell),
  );
  const hasHeader = emailColumn >= 0;
  const column = (names: string[]) => (hasHeader ? first.findIndex((cell) => names.includes(cell)) : -1);
  const nameColumn = hasHeader ? column(['name', 'nom', 'display name', 'displayname']) : 1;
  const companyColumn = hasHeader
    ? column(['company', 'entreprise', 'société', 'societe', 'organisation'])
    : 2;
  const lines: InvitationLine[] = [];
  rows.forEach((row, index) => {
    if (hasHeader && index === 0) return;
    if (row.every((cell) => !cell)) return;
    // `Name <address>, company`: what a mail client copies
    const named = hasHeader ? null : NAMED.exec(row[0] ?? '');
    if (named) {
      lines.push({ line: index + 1, address: named[2]!, displayName: clip(named[1]), company: clip(row[1]) });
      return;
    }
    lines.push({
      line: index + 1,
      address: row[hasHeader ? emailColumn : 0] ?? '',
      displayName: nameColumn >= 0 ? clip(row[nameColumn]) : undefined,
      company: companyColumn >= 0 ? clip(row[companyColumn]) : undefined,
    });
  });
  return lines;
}

/** `example.com` allows `example.com` and its subdomains. */
const inDomain = (domain: string, rule: string) => {
  const r = rule.trim().toLowerCase().replace(/^@/, '');
  return domain === r || domain.endsWith(`.${r}`);
};

export interface DomainRules {
  allowed: readonly string[];
  blocked: readonly string[];
}

/**
 * The verdict on each line that needs no database: its address, its length, the group's domain
 * rules, a second line for one address. `isMember` (the people directory) is asked separately.
 */
export function judgeLines(
  lines: readonly InvitationLine[],
  rules: DomainRules,
): { accepted: InvitationLine[]; errors: LineError[] } {
  const accepted: InvitationLine[] = [];
  const errors: LineError[] = [];
  const seen = new Set<string>();
  for (const raw of lines) {
    const address = normaliseAddress(raw.address);
    const refuse = (code: LineErrorCode) =>
      errors.push({ line: raw.line, address: address.slice(0, 254), code });
    if ((raw.displayName?.length ?? 0) > MAX_NAME || (raw.company?.length ?? 0) > MAX_NAME) {
      refuse('too_long');
      continue;
    }
    if (!isAddress(address)) {
      refuse('invalid_address');
      continue;
    }
    const domain = address.slice(address.lastIndexOf('@') + 1);
    if (rules.blocked.some((rule) => inDomain(domain, rule))) {
      refuse('domain_blocked');
      continue;
    }
    if (rules.allowed.length > 0 && !rules.allowed.some((rule) => inDomain(domain, rule))) {
      refuse('domain_not_allowed');
      continue;
    }
    if (seen.has(address)) {
      refuse('duplicate_line');
      continue;
    }
    seen.add(address);
    accepted.push({ ...raw, address });
  }
  return { accepted, errors };
}
