// One time limit for a whole run, counted from the moment the process started, that every probe takes its window from.
import {performance} from 'node:perf_hooks'

/** KILL_SLACK_MS is how long after its window a probe program is killed: enough for one that ends on its own to print its summary. */
export const KILL_SLACK_MS = 100

/** Deadline is the end of a run (`--timeout`), shared by every probe so that they all finish in time together. */
export class Deadline {
  /** endsAt is the deadline on the performance clock (milliseconds since the process started). */
  readonly endsAt: number

  /** The constructor counts `totalMs` from the start of the process, so a command's start-up is inside its --timeout. */
  constructor(totalMs: number) {
    this.endsAt = totalMs
  }

  /** fromNow is a deadline `ms` from now, for probes started after other work (e.g. inside a longer snapshot). */
  static fromNow(ms: number): Deadline {
    return new Deadline(performance.now() + ms)
  }

  /** elapsedMs is how long the process has run so far. */
  elapsedMs(): number {
    return performance.now()
  }

  /** remainingMs is how long is left before the deadline, never below zero. */
  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now())
  }

  /** windowMs is how long a probe may take: what it wants, cut so that `reserveMs` stays for the kill timers' slack, deciding and printing. */
  windowMs(wantedMs: number, reserveMs = 250): number {
    return Math.max(0, Math.min(wantedMs, this.remainingMs() - reserveMs))
  }
}
