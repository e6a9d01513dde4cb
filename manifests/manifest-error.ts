/**
 * The one error type of the manifest builders, with a stable code and the list of problems
 * (missing variables, schema messages...) so a CLI can print them and a test can assert them.
 */
export type ManifestErrorCode =
  | 'invalid_env'
  | 'missing_variables'
  | 'invalid_manifest'
  | 'invalid_icon'
  | 'schema_not_bundled';

export class ManifestError extends Error {
  readonly code: ManifestErrorCode;
  readonly problems: string[];

  constructor(code: ManifestErrorCode, summary: string, problems: string[] = []) {
    super(problems.length ? `${summary}\n  - ${problems.join('\n  - ')}` : summary);
    this.name = 'ManifestError';
    this.code = code;
    this.problems = problems;
  }
}
