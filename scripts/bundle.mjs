// `npm run bundle`: bundles the compiled CLI (dist/src/cli/entry.js: oclif and the commands) into one CommonJS file,
// dist/bundle/netdoc.cjs, then records V8's code cache for it by running typical commands on recorded machine trees.
// bin/load-bundle.cjs loads the two together; see it for why.
import {spawnSync} from 'node:child_process'
import {rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'dist', 'bundle', 'netdoc.cjs')
const codeCache = `${outfile}.v8cache`

/** Each run compiles more of the bundle; the cache each one leaves is loaded and extended by the next. */
const trainingRuns = [
  {args: ['nics', '--all'], tree: 'desktop-onboard-and-card'},
  {args: ['nics', '--json'], tree: 'vm-virtio'},
  {args: ['displays'], tree: 'displays-two-nvidia-screens'},
]

rmSync(dirname(outfile), {recursive: true, force: true})
await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'entry.js')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  external: ['typescript', 'ts-node'], // oclif's optional TypeScript loaders, never used by a built netdoc
  banner: {js: "const netdocImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  define: {'import.meta.url': 'netdocImportMetaUrl'},
  logLevel: 'warning',
})

for (const {args, tree} of trainingRuns) {
  const env = {...process.env, NETDOC_ROOT: join(root, 'test', 'fixtures', tree), NETDOC_RECORD_CODE_CACHE: codeCache, NO_COLOR: '1'}
  const run = spawnSync(process.execPath, [join(root, 'bin', 'run.cjs'), ...args], {env, encoding: 'utf8', timeout: 30_000})
  if (run.status !== 0 && run.status !== 1) {
    console.error(`bundle: \`netdoc ${args.join(' ')}\` on ${tree} failed while recording the code cache:\n${run.stderr}`)
    process.exit(1)
  }
}
