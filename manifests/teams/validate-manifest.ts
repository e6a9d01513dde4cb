/**
 * Offline validation of the Teams manifest and its localization files against the JSON schemas
 * bundled in @microsoft/app-manifest. The schema is picked from the document's own `$schema`
 * URL and read from the package, never downloaded: an unbundled version is an error, not a fetch.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { ManifestError } from '../manifest-error.js';

type Validate = typeof AppManifestUtils.validateAgainstSchema;
type AppManifest = Parameters<Validate>[0];
type AppManifestSchema = NonNullable<Parameters<Validate>[1]>;

const schemaUrlPrefix = 'https://developer.microsoft.com/json-schemas/teams/';
const schemaFilePattern = /^(v\d+\.\d+|vDevPreview)\/MicrosoftTeams(\.Localization)?\.schema\.json$/;

const bundledSchemasDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

const cache = new Map<string, Promise<AppManifestSchema>>();

/** Path of the bundled schema file for a `$schema` URL, or a ManifestError saying why there is none. */
export function bundledSchemaPath(schemaUrl: unknown): string {
  const rest =
    typeof schemaUrl === 'string' && schemaUrl.startsWith(schemaUrlPrefix)
      ? schemaUrl.slice(schemaUrlPrefix.length)
      : '';
  if (!schemaFilePattern.test(rest)) {
    throw new ManifestError(
      'schema_not_bundled',
      `$schema must be a Teams schema URL under ${schemaUrlPrefix}`,
      [`got ${JSON.stringify(schemaUrl)}`],
    );
  }
  return path.join(bundledSchemasDir, ...rest.split('/'));
}

async function loadSchema(schemaUrl: unknown): Promise<AppManifestSchema> {
  const file = bundledSchemaPath(schemaUrl);
  let pending = cache.get(file);
  if (!pending) {
    pending = readFile(file, 'utf8').then(
      (raw) =>
        JSON.parse(
          raw
            // "\a" / "\v" escapes in some schemas: the package's own loader rewrites them the same way.
            .replace(/\\a/g, '\\u0007')
            .replace(/\\v/g, '\\u000b')
            // The localization schema's activityTypes patterns end in "\b]": a lone "]" is a literal
            // in plain regexes but a syntax error in the unicode mode ajv compiles with, so the package's
            // validator throws on that schema. Escaping it keeps the meaning.
            .replace(/\\\\b\]/g, '\\\\b\\\\]'),
        ) as AppManifestSchema,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        throw new ManifestError(
          'schema_not_bundled',
          `${String(schemaUrl)} is not bundled in @microsoft/app-manifest`,
        );
      },
    );
    cache.set(file, pending);
    pending.catch(() => cache.delete(file));
  }
  return pending;
}

async function validate(document: object): Promise<string[]> {
  const schema = await loadSchema((document as { $schema?: unknown }).$schema);
  return AppManifestUtils.validateAgainstSchema(document as AppManifest, schema);
}

/** Schema errors of a filled Teams manifest (empty when valid), plus a `manifestVersion` / `$schema` check. */
export async function validateTeamsManifest(manifest: object): Promise<string[]> {
  const errors = await validate(manifest);
  const { $schema, manifestVersion } = manifest as { $schema?: string; manifestVersion?: string };
  if (manifestVersion !== 'devPreview' && !$schema?.includes(`/v${manifestVersion}/`)) {
    errors.push(`/manifestVersion ${JSON.stringify(manifestVersion)} does not match $schema ${$schema}`);
  }
  return errors;
}

/** Schema errors of a filled localization file (`fr.json`...), empty when valid. */
export async function validateTeamsLocalization(localization: object): Promise<string[]> {
  return validate(localization);
}
