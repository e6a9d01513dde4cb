/**
 * Builds the OpenAPI 3.1 document from the declared routes and their zod schemas: per route its
 * parameters, request body, success answer (JSON and/or CSV) and every failure it can answer, each
 * with the one error body of shared/http/error-handler.ts and the codes that status carries.
 */
import { z } from 'zod';
import { type ErrorCode, errorCodes } from '../errors/errors.js';
import type { ApiRoute, ErrorStatus } from './api-route.js';
import { fieldErrorCodes } from './field-errors.js';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

/** Each refused field: where (indexes from 0), why (a stable code) and in words for the caller. */
const fieldErrorsSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      path: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] } },
      code: { type: 'string', enum: [...fieldErrorCodes] },
      params: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
      message: { type: 'string' },
    },
    required: ['path', 'code', 'message'],
    additionalProperties: false,
  },
};

/** The stable error body, its `code` narrowed to the codes errors.ts maps to `status`. */
const errorBodySchema = (status: number) => {
  const codes = (Object.keys(errorCodes) as ErrorCode[]).filter((code) => errorCodes[code] === status);
  return {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string', enum: codes },
          message: { type: 'string' },
          details: {},
          fields: fieldErrorsSchema,
        },
        required: ['code', 'message'],
        additionalProperties: false,
      },
    },
    required: ['error'],
    additionalProperties: false,
  };
};

const failures: Record<number, string> = {
  400: 'Invalid input: the request, a field (details names each), malformed or too deeply nested JSON',
  401: 'Missing or invalid credentials',
  403: 'Not allowed: a role or a right the caller lacks, or a deactivated account',
  404: 'Not found, or not the caller’s to see',
  409: 'Not possible in the current state',
  413: 'The body is too large',
  415: 'The body is not JSON (or a type the route takes) or not UTF-8',
  422: 'The platform refused what was sent for the caller (unreachable conversation, rejected content)',
  429: 'The platform asks to wait (Retry-After)',
  500: 'Relais failed (logged)',
  503: 'The platform or the delivery engine is unavailable',
};

const retryAfter = { 'Retry-After': { description: 'seconds to wait', schema: { type: 'string' } } };

/** Each failure's body once, in components.schemas (Error404…): routes refer to it. */
const errorSchemaName = (status: number) => `Error${status}`;
const errorSchemas = Object.fromEntries(
  [...new Set(Object.values(errorCodes))]
    .sort()
    .map((status) => [errorSchemaName(status), errorBodySchema(status)]),
);

const failure = (status: number) => ({
  description: failures[status] ?? 'Error',
  ...(status === 429 && { headers: retryAfter }),
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${errorSchemaName(status)}` } } },
});

/** Every status a route can answer: its success, the shared failures and its own. */
function statusesOf(route: ApiRoute): number[] {
  const shared: number[] =
    route.authenticated === false ? [400, 413, 415, 500] : [400, 401, 403, 413, 415, 500];
  const own: ErrorStatus[] = route.errors ?? [];
  return [route.status ?? 200, ...new Set([...shared, ...own])].sort((a, b) => a - b);
}

function success(route: ApiRoute) {
  const status = route.status ?? 200;
  if (status === 204) return { description: 'Done, no content' };
  if (status === 302) {
    return {
      description: 'Redirect',
      headers: { Location: { description: 'where to go', schema: { type: 'string' } } },
    };
  }
  const content: Record<string, unknown> = {};
  if (route.response) content['application/json'] = { schema: jsonSchema(route.response, 'output') };
  if (route.csv) content['text/csv'] = { schema: { type: 'string' } };
  return { description: status === 201 ? 'Created' : 'OK', ...(Object.keys(content).length && { content }) };
}

/** A route whose body has a default (publish now: `{}`) also takes an empty request. */
const bodyRequired = (route: ApiRoute): boolean =>
  !(route.documentedBody ?? route.body)?.safeParse(undefined).success;

export function buildOpenApi(routes: ApiRoute[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      const shape = jsonSchema(schema, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(shape.properties ?? {})) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || shape.required?.includes(name),
          schema: property,
        });
      }
    }
    const content: Record<string, unknown> = {};
    const body = route.documentedBody ?? route.body;
    if (body) content['application/json'] = { schema: jsonSchema(body, 'input') };
    for (const type of route.extraContentTypes ?? []) content[type] = { schema: { type: 'string' } };
    const status = route.status ?? 200;
    const responses: Record<string, unknown> = {};
    for (const code of statusesOf(route)) responses[code] = code === status ? success(route) : failure(code);
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      ...(route.description && { description: route.description }),
      tags: [route.tag],
      ...(parameters.length && { parameters }),
      ...(Object.keys(content).length && { requestBody: { required: bodyRequired(route), content } }),
      ...(route.authenticated === false ? { security: [] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Relais API',
      version: info.version,
      description: 'The Relais core service: people, news, polls, tours, groups and insights.',
    },
    servers: [{ url: info.serverUrl }],
    components: {
      schemas: errorSchemas,
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        teamsSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
    security: [{ apiKey: [] }, { teamsSso: [] }],
    paths,
  };
}
