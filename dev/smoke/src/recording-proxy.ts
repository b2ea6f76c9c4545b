// A pass-through HTTP proxy on 127.0.0.1 that the app function is pointed at (HUBSPOT_API_BASE_URL),
// so the smoke run knows exactly what the real function code sent to HubSpot and what came back.
// It records method, path, status and JSON bodies; never headers (the token is in them).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  status: number;
  requestBody: unknown;
  responseBody: unknown;
}

export interface RecordingProxy {
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

// Hop-by-hop headers and those fetch() sets itself or that no longer describe the forwarded bytes.
const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'accept-encoding',
  'keep-alive',
]);
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'keep-alive',
]);

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return bytes.toString('utf8').slice(0, 500);
  }
}

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const base = upstream.replace(/\/+$/, '');
  const calls: RecordedCall[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value === undefined || DROPPED_REQUEST_HEADERS.has(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = request.method ?? 'GET';
      try {
        const answer = await fetch(`${base}${request.url ?? '/'}`, {
          method,
          headers,
          body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body),
        });
        const bytes = Buffer.from(await answer.arrayBuffer());
        calls.push({
          method,
          path: request.url ?? '/',
          status: answer.status,
          requestBody: parseJson(body),
          responseBody: parseJson(bytes),
        });
        answer.headers.forEach((value, name) => {
          if (!DROPPED_RESPONSE_HEADERS.has(name)) response.setHeader(name, value);
        });
        response.writeHead(answer.status).end(bytes);
      } catch (error) {
        calls.push({
          method,
          path: request.url ?? '/',
          status: 0,
          requestBody: parseJson(body),
          responseBody: String(error),
        });
        // As the network would: the caller sees a dropped connection.
        request.socket.destroy();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
