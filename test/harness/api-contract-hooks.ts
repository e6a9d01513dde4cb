/**
 * Mocha root hooks (loaded by .mocharc for every test file): every /api/v1 answer a test gets is
 * checked against the OpenAPI document, and a test whose call broke it fails even when the test
 * caught the rejection (e.g. inside `eventually`).
 */
import { checkApiAnswers, takeContractViolations } from './api-contract-fetch.js';

export const mochaHooks = {
  beforeAll(): void {
    checkApiAnswers();
  },
  afterEach(this: Mocha.Context): void {
    const seen = takeContractViolations();
    // a test that already failed (on the rejection itself) needs no second report
    if (seen.length && this.currentTest?.state !== 'failed') {
      throw new Error(seen.map((v) => v.message).join('\n'));
    }
  },
};
