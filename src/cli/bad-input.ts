// A refusal of input netdoc cannot use, thrown by flags and commands; src/cli/failure.ts turns it into one line and exit 2.

/** BadInput is thrown for input netdoc cannot use (a flag's value, an argument, a file, NETDOC_ROOT); `reason` is the line a
 * person reads, without the `netdoc: ` prefix. oclif rewrites the message of an error a flag's parser throws, never `reason`. */
export class BadInput extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'BadInput'
  }
}

/** Stopped is thrown when the person stopped a run (Ctrl-C, or Ctrl-D at a question): exit 130, and the line says what was kept. */
export class Stopped extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'Stopped'
  }
}
