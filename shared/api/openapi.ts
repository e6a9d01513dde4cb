/** Builds the OpenAPI 3.1 document from the declared routes and their zod schemas. */
import { z } from 'zod';
import type { ApiRoute } from './api-route.js';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      required: ['code', 'message'],
    },
  },
};

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
    if (route.body) content['application/json'] = { schema: jsonSchema(route.body, 'input') };
    for (const type of route.extraContentTypes ?? []) content[type] = { schema: { type: 'string' } };
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      tags: [route.tag],
      ...(parameters.length && { parameters }),
      ...(Object.keys(content).length && { requestBody: { required: true, content } }),
      ...(route.authenticated === false ? { security: [] } : {}),
      responses: {
        200: {
          description: 'OK',
          ...(route.response && {
            content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
          }),
        },
        400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
        401: {
          description: 'Missing or invalid credentials',
          content: { 'application/json': { schema: errorSchema } },
        },
        403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
      },
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
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        teamsSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
    security: [{ apiKey: [] }, { teamsSso: [] }],
    paths,
  };
}
