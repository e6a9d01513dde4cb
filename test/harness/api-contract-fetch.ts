/**
 * Every answer a test receives from a Relais REST API goes through the contract check: fetch is
 * wrapped once for the test process (the mocha root hooks in api-contract-hooks.ts install it),
 * and a call to a loopback server's /api/v1 is checked against that server's own OpenAPI document,
 * read once per server from /api/v1/openapi.json. A mismatch rejects the call with the reasons,
 * and is kept so a test that swallowed the rejection still fails (afterEach).
 * API_CONTRACT_REPORT=<file> lists every mismatch of a run in that file instead of failing, to
 * see them all at once while fixing the document.
 */
import fs from 'node:fs';
import { type ContractCheck, createContractCheck, type OpenApiDocument } from './api-contract.js';

const API_BASE = '/api/v1';
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class ApiContractViolation extends Error {
  constructor(readonly problems: string[]) {
    super(`the answer breaks the OpenAPI document:\n  ${problems.join('\n  ')}`);
    this.name = 'ApiContractViolation';
  }
}

const unchecked = globalThis.fetch;
/**
 * per server origin: its document's check. An origin that served none is asked again next time:
 * a Relais started later on a port freed by another server must not go unchecked.
 */
const checks = new Map<string, Promise<ContractCheck | undefined>>();
const violations: ApiContractViolation[] = [];

async function checkFor(origin: string, fresh = false): Promise<ContractCheck | undefined> {
  let check = fresh ? undefined : checks.get(origin);
  if (!check) {
    check = unchecked(`${origin}${API_BASE}/openapi.json`)
      .then(async (response) => {
        const document = response.ok ? ((await response.json()) as OpenApiDocument) : undefined;
        return document?.openapi && document.paths ? createContractCheck(document) : undefined;
      })
      .catch(() => undefined);
    checks.set(origin, check);
    void check.then((found) => {
      if (!found && checks.get(origin) === check) checks.delete(origin);
    });
  }
  return check;
}

const urlOf = (input: Parameters<typeof fetch>[0]): URL | undefined => {
  try {
    return new URL(input instanceof Request ? input.url : String(input));
  } catch {
    return undefined;
  }
};

const checked: typeof fetch = async (input, init) => {
  const url = urlOf(input);
  const response = await unchecked(input, init);
  if (
    !url ||
    !loopback.has(url.hostname) ||
    !url.pathname.startsWith(`${API_BASE}/`) ||
    url.pathname === `${API_BASE}/openapi.json` ||
    // a followed redirect: the answer is the target's, not the API's
    response.redirected
  ) {
    return response;
  }
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const answer = {
    method,
    path: url.pathname.slice(API_BASE.length),
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.clone().text(),
  };
  const cached = await checkFor(url.origin);
  if (!cached) return response;
  let problems = cached(answer);
  if (problems.length > 0) {
    // A closed test server's port is soon handed to another server: the document kept for this
    // origin may be the previous server's. Read it again before calling the answer wrong.
    const check = await checkFor(url.origin, true);
    problems = check ? check(answer) : [];
  }
  if (problems.length === 0) return response;
  const report = process.env.API_CONTRACT_REPORT;
  if (report) {
    fs.appendFileSync(report, `${problems.join('\n')}\n`);
    return response;
  }
  const violation = new ApiContractViolation(problems);
  violations.push(violation);
  throw violation;
};

/** Wraps the global fetch (once); calls to servers without an OpenAPI document pass untouched. */
export function checkApiAnswers(): void {
  if (globalThis.fetch !== checked) globalThis.fetch = checked;
}

/** The violations seen since the last call, forgotten once taken. */
export function takeContractViolations(): ApiContractViolation[] {
  return violations.splice(0);
}
