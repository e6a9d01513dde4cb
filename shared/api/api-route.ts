/**
 * Declaring a REST route once: its zod schemas validate the request (clear 400s naming each bad
 * field) and feed the OpenAPI document, so the docs cannot drift from what the server accepts.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { AppError, type ErrorText, type FieldProblem } from '../errors/errors.js';
import { problemOf } from './field-errors.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a route answers when it succeeds: 200 unless it creates (201), has no body (204) or redirects (302). */
export type SuccessStatus = 200 | 201 | 202 | 204 | 302;

/**
 * Failures a route answers beyond the ones every route shares (400 bad input, 401/403 for an
 * authenticated route, 413 too large, 415 not JSON or not UTF-8, 500): 404 what it names does not
 * exist or is not the caller's to see, 409 not in that state, 422 / 429 / 503 a platform refused,
 * paused or failed a send made for the caller (shared/http/error-handler.ts).
 */
export type ErrorStatus = 404 | 409 | 422 | 429 | 503;

export interface ApiContext<Body, Query, Params> {
  principal: Principal;
  body: Body;
  query: Query;
  params: Params;
  req: Request;
  res: Response;
}

export interface ApiRoute<Body = unknown, Query = unknown, Params = unknown, Answer = unknown> {
  method: HttpMethod;
  /** express path below /api/v1, e.g. `/people/:id` */
  path: string;
  summary: string;
  /** more than the summary, for the document (e.g. the columns a CSV body takes) */
  description?: string;
  tag: string;
  body?: z.ZodType<Body>;
  /**
   * the JSON body as the document shows it, where the route reads it more leniently than it is
   * described (the people import reports a bad row in its report instead of refusing the file)
   */
  documentedBody?: z.ZodType;
  query?: z.ZodType<Query>;
  params?: z.ZodType<Params>;
  /** the success status; default 200 */
  status?: SuccessStatus;
  /** shape of the JSON success answer (documented, and checked against every test's answer) */
  response?: z.ZodType<Answer>;
  /** the success answer is (also, with `response`) a CSV file, text/csv */
  csv?: boolean;
  /** failures this route answers beyond the shared ones (see ErrorStatus) */
  errors?: ErrorStatus[];
  /** other request content types the handler reads itself (e.g. text/csv) */
  extraContentTypes?: string[];
  /** false only for public routes; default true */
  authenticated?: boolean;
  /** returns the JSON body (sent with `status`) or writes the response itself and returns undefined */
  handler(ctx: ApiContext<Body, Query, Params>): Promise<NoInfer<Answer> | undefined>;
}

/** Keeps the generic types of each route while collecting them in one array. */
export const defineRoute = <Body = unknown, Query = unknown, Params = unknown, Answer = unknown>(
  route: ApiRoute<Body, Query, Params, Answer>,
): ApiRoute => route as unknown as ApiRoute;

/**
 * A refinement's message for the reader: `ctx.addIssue({ code: 'custom', message, params:
 * localized(text) })` makes parseInput carry `text`, said in the caller's language.
 */
export const localized = (text: ErrorText) => ({ text });

export function parseInput<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => problemOf(issue, value, where));
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  const fields = problems.map((p) => p.field).join(', ');
  // the summary in the reader's language names the fields; `fields` of the answer says why each
  const text: ErrorText = { key: 'error.invalid_input', params: { fields } };
  throw new AppError('validation_failed', `Invalid ${where}: ${summary}`, problems, text);
}
