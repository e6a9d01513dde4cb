/**
 * Checks an answer of the REST API against its OpenAPI document (3.1, so JSON Schema 2020-12):
 * the route must be documented, the status listed for it, the content type one it declares and
 * a JSON body valid against the declared schema. A path the document does not hold may only
 * answer what an unknown route answers (404 not_found); anything else is a route the document
 * lacks. Used for every /api/v1 answer the tests receive (api-contract-fetch.ts).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';

type Schema = Record<string, unknown>;
interface MediaType {
  schema?: Schema;
}
interface Answer {
  description?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, Answer>;
}
export interface OpenApiDocument {
  openapi: string;
  /** schemas the operations refer to (`$ref: '#/components/schemas/…'`) */
  components?: { schemas?: Record<string, Schema> };
  paths: Record<string, Record<string, Operation>>;
}

/** One answer as the client saw it; `path` below the API's base (/news/n-1), without the query. */
export interface ApiAnswer {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: string;
}

export type ContractCheck = (answer: ApiAnswer) => string[];

// ajv-formats is CommonJS with `exports.default`: the plugin is one or two `default`s deep
const addFormats = addFormatsModule.default as unknown as (typeof addFormatsModule)['default'] & {
  default?: (typeof addFormatsModule)['default'];
};
const formats = addFormats.default ?? addFormats;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Template {
  path: string;
  pattern: RegExp;
  /** literal segments: /news/feed wins over /news/{id}, as express, which declares it first */
  literals: number;
}

const templateOf = (path: string): Template => {
  const segments = path.split('/').slice(1);
  const pattern = new RegExp(
    `^/${segments.map((s) => (/^\{\w+\}$/.test(s) ? '[^/]+' : escapeRegExp(s))).join('/')}/?$`,
  );
  return { path, pattern, literals: segments.filter((s) => !s.startsWith('{')).length };
};

/** A media type's schema with the document's components beside it, so its `$ref`s resolve. */
const withComponents = (schema: Schema, document: OpenApiDocument): Schema =>
  document.components ? { ...schema, components: document.components } : schema;

const mediaTypeOf = (contentType: string | null) => contentType?.split(';')[0]?.trim().toLowerCase() ?? '';

const shorten = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

export function createContractCheck(document: OpenApiDocument): ContractCheck {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  formats(ajv);
  const validators = new WeakMap<Schema, ValidateFunction>();
  const validatorOf = (schema: Schema) => {
    let validate = validators.get(schema);
    if (!validate) {
      validate = ajv.compile(withComponents(schema, document));
      validators.set(schema, validate);
    }
    return validate;
  };
  const templates = Object.keys(document.paths).map(templateOf);

  const operationOf = (method: string, path: string) => {
    const candidates = templates
      .filter((t) => t.pattern.test(path) && document.paths[t.path]?.[method])
      .sort((a, b) => b.literals - a.literals);
    const template = candidates[0];
    return template && { template: template.path, operation: document.paths[template.path]![method]! };
  };

  return ({ method, path, status, contentType, body }) => {
    const verb = method.toLowerCase();
    const found = operationOf(verb, path);
    const where = `${method.toUpperCase()} ${path} → ${status}`;
    if (!found) {
      const unknownRoute = status === 404 && /"code":"not_found"/.test(body);
      return unknownRoute
        ? []
        : [`${where}: no route ${method.toUpperCase()} ${path} in the OpenAPI document`];
    }
    const named = `${where} (${verb} ${found.template})`;
    const answer = found.operation.responses?.[String(status)];
    if (!answer) {
      const listed = Object.keys(found.operation.responses ?? {}).join(', ');
      return [`${named}: status ${status} is not documented (documented: ${listed}); body ${shorten(body)}`];
    }
    // a redirect's body is express's courtesy text, not part of the contract
    if (status >= 300 && status < 400) return [];
    const type = mediaTypeOf(contentType);
    if (!answer.content) {
      return body ? [`${named}: documented without a body, answered ${type} ${shorten(body)}`] : [];
    }
    const media = answer.content[type];
    if (!media) {
      const listed = Object.keys(answer.content).join(', ');
      return [`${named}: content type ${type || '(none)'} is not documented (documented: ${listed})`];
    }
    if (type !== 'application/json' || !media.schema) return [];
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [`${named}: the body is not JSON: ${shorten(body)}`];
    }
    const validate = validatorOf(media.schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${named}: body${e.instancePath} ${e.message}${extra}; body ${shorten(body)}`;
    });
  };
}

/**
 * What makes a document unfit to be the contract: an operation without exactly one success
 * answer, a success with a body but no schema for it, a failure without the error body, a schema
 * that is not valid JSON Schema 2020-12.
 */
export function documentProblems(document: OpenApiDocument): string[] {
  const ajv = new Ajv2020({ strict: false });
  formats(ajv);
  const problems: string[] = [];
  const compiles = (where: string, schema: Schema | undefined) => {
    if (!schema) return problems.push(`${where}: no schema`);
    try {
      ajv.compile(withComponents(schema, document));
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  };
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const at = `${method.toUpperCase()} ${path}`;
      const responses = Object.entries(operation.responses ?? {});
      const successes = responses.filter(([status]) => /^2\d\d$|^3\d\d$/.test(status));
      if (successes.length !== 1) problems.push(`${at}: ${successes.length} success answers`);
      for (const [status, answer] of responses) {
        const bodiless = status === '204' || status.startsWith('3');
        if (bodiless) continue;
        const content = Object.entries(answer.content ?? {});
        if (content.length === 0) problems.push(`${at} ${status}: no content documented`);
        for (const [type, media] of content) {
          if (type === 'application/json') compiles(`${at} ${status} ${type}`, media.schema);
        }
        if (!status.startsWith('2') && !answer.content?.['application/json']) {
          problems.push(`${at} ${status}: no error body`);
        }
      }
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        compiles(`${at} request ${type}`, media.schema);
      }
    }
  }
  return problems;
}
