import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call as HubSpot (the emulator behind the proxy) received it. */
export interface RecordedCall {
  /** Epoch ms when the request reached the proxy. */
  at: number;
  method: string;
  path: string;
  /** 0 until answered, or when the connection was dropped. */
  status: number;
}

export interface RecordingProxy {
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

/**
 * A pass-through HTTP proxy in front of the emulator that records when each call arrived, so a test
 * can check HubSpot's rolling-window limits across every backend instance (the emulator only counts).
 */
export async function startRecordingProxy(targetUrl: string): Promise<RecordingProxy> {
  const target = new URL(targetUrl);
  const calls: RecordedCall[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const call: RecordedCall = {
      at: Date.now(),
      method: incoming.method ?? 'GET',
      path: incoming.url ?? '/',
      status: 0,
    };
    calls.push(call);
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        call.status = answer.statusCode ?? 0;
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
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

/** The most calls that fall in any window of `windowMs` (each window starting at a call). */
export function maxInRollingWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}
