/**
 * X-MOCK — the mock API as a real HTTP server on 127.0.0.1, over the same msw handlers as
 * the browser worker (end-to-end tests, backend implementers): `npm run mock-server`.
 *
 *   --port 4010 (or PORT)   --scenario invoices:overdue   --slow-ms 2500   --no-require-auth
 *   POST /__scenario {"scenario":"invoices:warning"} switches at run time.
 *
 * Like a real backend, every private route wants `Authorization: Bearer …` (401 without), and the
 * vault's and the passport's private routes their own session. `--no-require-auth` only drops the
 * first check (any bearer token), for a page whose provider gives none.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { createHandlers, OPENAPI_PATH, problem, SCENARIO_HEADER, type MockApi } from './handlers.js';
import { describeScenario, isScenarioName, SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './scenarios.js';

export const DEFAULT_PORT = 4010;
const HOST = '127.0.0.1';
/** The run-time switch; outside `/api` so it can never collide with a contract route. */
export const SCENARIO_SWITCH_PATH = '/__scenario';

const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': `Authorization, Content-Type, Accept-Language, If-Match, Idempotency-Key, Last-Event-ID, ${SCENARIO_HEADER}`,
  'Access-Control-Expose-Headers': 'ETag, Location, Retry-After, WWW-Authenticate, Content-Disposition, Content-Length',
  'Access-Control-Max-Age': '600',
};

export interface MockServerOptions {
  /** 0 picks a free port (tests). Default 4010. */
  readonly port?: number;
  readonly scenario?: ScenarioName;
  readonly now?: () => number;
  readonly slowMs?: number;
  /** Default true: a private route without a bearer token gets 401 (see `HandlerOptions.requireAuth`). */
  readonly requireAuth?: boolean;
}

export interface MockServer {
  /** The origin, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** The API base URL to give the client, e.g. `http://127.0.0.1:4010/api`. */
  readonly apiUrl: string;
  readonly mock: MockApi;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = createHandlers({
    scenario: options.scenario,
    now: options.now,
    slowMs: options.slowMs,
    requireAuth: options.requireAuth,
  });

  const server = createServer((req, res) => {
    handle(mock, req).then(
      (response) => send(res, response),
      (error: unknown) =>
        send(res, problem(500, 'mock-failure', 'Mock server failure', error instanceof Error ? error.message : String(error))),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, HOST, resolve);
  });
  const url = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api`,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Keep-alive sockets of a finished client would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

async function handle(mock: MockApi, req: IncomingMessage): Promise<Response> {
  if (req.method === 'OPTIONS') return new Response(null, { status: 204 });
  const request = await toRequest(req);
  const path = new URL(request.url).pathname;
  if (path === SCENARIO_SWITCH_PATH) return switchScenario(mock, request);
  return (
    (await getResponse(mock.handlers, request)) ??
    problem(404, 'not-found', 'Not Found', `No mock route for ${request.method} ${path}.`, { instance: path })
  );
}

async function switchScenario(mock: MockApi, request: Request): Promise<Response> {
  if (request.method === 'GET') return Response.json({ scenario: mock.scenario, scenarios: SCENARIOS });
  if (request.method !== 'POST')
    return problem(405, 'method-not-allowed', 'Method Not Allowed', `Use GET or POST on ${SCENARIO_SWITCH_PATH}.`, {
      headers: { Allow: 'GET, POST' },
    });
  const body: unknown = await request.json().catch(() => undefined);
  const name = (body as { scenario?: unknown } | undefined)?.scenario;
  if (!isScenarioName(name)) {
    return problem(400, 'unknown-scenario', 'Unknown scenario', `Send {"scenario": one of ${SCENARIO_NAMES.join(', ')}}.`);
  }
  mock.setScenario(name);
  return Response.json({ scenario: name });
}

/** Node's request as a Fetch `Request`, which is what msw's handlers resolve. */
async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? HOST}`), { method, headers, body });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  // RS-ALARMS: an event stream never ends by itself: pass each chunk on as it comes, and stop
  // reading when the client goes (which ends the stream's subscription).
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream') && response.body) {
    res.flushHeaders();
    const reader = response.body.getReader();
    res.on('close', () => void reader.cancel().catch(() => undefined));
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        res.write(value);
      }
    } catch {
      /* the client went away */
    }
    res.end();
    return;
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      scenario: { type: 'string' },
      'slow-ms': { type: 'string' },
      // On by default; `--no-require-auth` turns it off (`--require-auth` is still accepted).
      'require-auth': { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
  const scenario = values.scenario;
  if (scenario !== undefined && !isScenarioName(scenario)) {
    console.error(`Unknown scenario "${scenario}". Available: ${SCENARIO_NAMES.join(', ')}`);
    process.exit(2);
  }
  const server = await startMockServer({
    port,
    scenario,
    slowMs: values['slow-ms'] === undefined ? undefined : Number(values['slow-ms']),
    requireAuth: values['require-auth'] ?? true,
  });
  const width = Math.max(...SCENARIO_NAMES.map((n) => n.length));
  console.log(
    [
      `Vigie mock API on ${server.apiUrl}`,
      `Scenario: ${server.mock.scenario} (${describeScenario(server.mock.scenario)})`,
      'Scenarios:',
      ...SCENARIOS.map((s) => `  ${s.name.padEnd(width)}  ${s.fr}`),
      `Auth:     ${values['require-auth'] === false ? 'OFF (--no-require-auth): private routes answer without a bearer token' : 'private routes need Authorization: Bearer <token> (--no-require-auth to drop it)'}; the vault's and the passport's need their session`,
      `Contract: GET ${server.apiUrl}/${OPENAPI_PATH}`,
      `Switch:   curl -X POST ${server.url}${SCENARIO_SWITCH_PATH} -H 'Content-Type: application/json' -d '{"scenario":"invoices:warning"}'`,
      `Per request: header ${SCENARIO_HEADER}: <scenario>`,
    ].join('\n'),
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run as a script (`npm run mock-server`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
