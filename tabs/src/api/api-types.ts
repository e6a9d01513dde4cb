/**
 * Names for the parts of the generated API types (relais-api.d.ts) the pages read and write: what
 * a route answers on success and what it takes as a JSON body. The pages name their shapes with
 * these instead of copying the server's types by hand.
 */
import type { paths } from './relais-api.js';

type SuccessStatus = 200 | 201 | 202;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON a route answers on success, as the server's OpenAPI document declares it. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? JsonOf<R[Extract<keyof R, SuccessStatus>]>
  : never;

/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type { paths };
