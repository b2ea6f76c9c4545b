// The emulator's notion of "now". Tests and the control API can move it forward
// (token expiry, search index lag) instead of waiting in real time.
export class Clock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
