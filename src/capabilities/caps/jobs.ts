// The jobs `netdoc caps --for` (and `--caps JOB`) knows, apart from the schema so that the command line needs no zod.

/** JOBS are the jobs `--for` knows, each needing its capabilities (src/capabilities/caps/model.ts). */
export const JOBS = ['backup', 'restore', 'ping', 'bind'] as const
