// The emulator's state: seed data plus what clients created (meetings, OAuth grants).
// With a state file it survives restarts: loaded on start when present, saved after each write
// (written to a temporary file, then renamed over the old one, so a crash never leaves half a file).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cloneSeed } from './seed';
import type { EmulatorSeed, EmulatorState, SeedAccount, StoredMeeting } from './types';

const FIRST_MEETING_ID = 60_000_000_001;

export function initialState(seed: EmulatorSeed): EmulatorState {
  return {
    version: 1,
    seed: cloneSeed(seed),
    meetings: [],
    nextMeetingId: FIRST_MEETING_ID,
    oauth: { codes: [], installs: [], accessTokens: [], refreshTokens: [] },
  };
}

export class Store {
  state: EmulatorState;

  constructor(
    private readonly seed: EmulatorSeed,
    private readonly stateFile?: string,
  ) {
    this.state = this.load() ?? initialState(seed);
  }

  private load(): EmulatorState | undefined {
    if (!this.stateFile || !existsSync(this.stateFile)) return undefined;
    const parsed = JSON.parse(readFileSync(this.stateFile, 'utf8')) as EmulatorState;
    if (parsed.version !== 1)
      throw new Error(`HubSpot emulator: unknown state file version in ${this.stateFile}`);
    return parsed;
  }

  /** Persists the state (when a state file is configured). Call after every write. */
  save(): void {
    if (!this.stateFile) return;
    mkdirSync(dirname(this.stateFile), { recursive: true });
    const tmp = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state, null, 2));
    renameSync(tmp, this.stateFile);
  }

  reset(): void {
    this.state = initialState(this.seed);
    this.save();
  }

  account(portalId: number): SeedAccount | undefined {
    return this.state.seed.accounts.find((a) => a.portalId === portalId);
  }

  nextMeetingId(): string {
    const id = this.state.nextMeetingId;
    this.state.nextMeetingId += 1;
    return String(id);
  }

  addMeeting(meeting: StoredMeeting): void {
    this.state.meetings.push(meeting);
    this.save();
  }

  /** Every meeting visible to every kind of read from `now` on (sooner if it already was). */
  settleVisibility(now: number): void {
    for (const meeting of this.state.meetings) {
      const at = meeting.visibleAt;
      if (!at) continue;
      meeting.visibleAt = {
        search: Math.min(at.search, now),
        objectRead: Math.min(at.objectRead, now),
        associationRead: Math.min(at.associationRead, now),
      };
    }
    this.save();
  }

  meetings(portalId?: number): StoredMeeting[] {
    return this.state.meetings.filter((m) => portalId === undefined || m.portalId === portalId);
  }
}
