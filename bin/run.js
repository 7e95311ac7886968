#!/usr/bin/env node
// netdoc's executable: loads the start-up bundle (built by `npm run build`) and hands the arguments to oclif.
const {execute} = await import('../dist/bundle/entry.js')
await execute({dir: import.meta.url})
