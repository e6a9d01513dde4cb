/**
 * The `fetch` the outbound Slack WebClients use: Web API calls (a url-encoded string body, a JSON
 * answer) over node:http(s) with the default keep-alive agents. A broadcast makes one
 * chat.postMessage per recipient, and the platform `fetch` streams every body and answer through
 * web streams and writes the request in several pieces: in the news benchmark that was the largest
 * cost of a Slack send. Same contract for the WebClient: a WHATWG Response (status, headers, text),
 * the caller's abort signal honoured, a redirect refused like `redirect: 'error'`, a network
 * failure as a rejection. Bodies that are not strings (file uploads as FormData) go to the
 * platform fetch.
 */
import http from 'node:http';
import https from 'node:https';

type Fetch = typeof fetch;

/** Statuses whose Response must have no body. */
const bodiless = new Set([101, 204, 205, 304]);

function plainHeaders(init: HeadersInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!init) return headers;
  if (Array.isArray(init) || init instanceof Headers) {
    for (const [name, value] of init) headers[name.toLowerCase()] = value;
  } else {
    for (const [name, value] of Object.entries(init)) headers[name.toLowerCase()] = String(value);
  }
  return headers;
}

function responseHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}

export const keepAliveFetch: Fetch = async (input, init) => {
  const body = init?.body;
  if (input instanceof Request || (body !== undefined && body !== null && typeof body !== 'string')) {
    return fetch(input, init);
  }
  const url = new URL(String(input));
  const headers: Record<string, string | number> = plainHeaders(init?.headers);
  if (typeof body === 'string') headers['content-length'] = Buffer.byteLength(body);
  const transport = url.protocol === 'https:' ? https : http;
  const signal = init?.signal ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    const request = transport.request(url, { method: init?.method ?? 'GET', headers, signal }, (answer) => {
      const status = answer.statusCode ?? 0;
      if (status >= 300 && status < 400 && init?.redirect === 'error') {
        answer.resume();
        reject(new TypeError(`${url.pathname}: redirected (HTTP ${status}), and redirects are refused`));
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', reject);
      answer.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(
          new Response(bodiless.has(status) ? null : text, {
            status,
            statusText: answer.statusMessage ?? '',
            headers: responseHeaders(answer.headers),
          }),
        );
      });
    });
    request.on('error', reject);
    request.end(body ?? undefined);
  });
};
