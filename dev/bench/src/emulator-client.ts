import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { CallsSummary, StoredMeeting } from '@meeting-card/hubspot-emulator';
import type { EmulatorProcessOptions } from './emulator-process';

/** An emulator in a child process, driven through its /__emulator control API. */
export interface RemoteEmulator {
  url: string;
  pid: number;
  calls(): Promise<CallsSummary>;
  resetCalls(): Promise<void>;
  meetings(): Promise<StoredMeeting[]>;
  close(): Promise<void>;
}

export async function spawnEmulator(options: EmulatorProcessOptions = {}): Promise<RemoteEmulator> {
  const child = fork(join(__dirname, 'emulator-process.ts'), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`emulator process exited early (${code})`)));
  });
  const control = async (method: string, path: string): Promise<unknown> => {
    const response = await fetch(`${url}/__emulator${path}`, { method });
    if (!response.ok) throw new Error(`emulator control ${method} ${path}: ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    url,
    pid: child.pid ?? 0,
    calls: async () => (await control('GET', '/calls')) as CallsSummary,
    resetCalls: async () => {
      await control('DELETE', '/calls');
    },
    meetings: async () => (await control('GET', '/meetings')) as StoredMeeting[],
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
