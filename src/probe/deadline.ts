// One time limit for a whole run, counted from the moment the process started, that every probe takes its window from.
import {performance} from 'node:perf_hooks'

/** Deadline is the end of a run (`--timeout`), shared by every probe so that they all finish in time together. */
export class Deadline {
  /** endsAt is the deadline on the performance clock (milliseconds since the process started). */
  readonly endsAt: number

  constructor(totalMs: number) {
    this.endsAt = totalMs
  }

  /** elapsedMs is how long the process has run so far. */
  elapsedMs(): number {
    return performance.now()
  }

  /** remainingMs is how long is left before the deadline, never below zero. */
  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now())
  }

  /** windowMs is how long a probe may take: what it wants, cut so that `reserveMs` stays for deciding and printing. */
  windowMs(wantedMs: number, reserveMs = 150): number {
    return Math.max(0, Math.min(wantedMs, this.remainingMs() - reserveMs))
  }
}
