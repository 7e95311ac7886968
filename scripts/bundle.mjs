// `npm run bundle`: bundles the compiled CLI (dist/src/cli/entry.js: oclif and the commands) into one CommonJS file,
// dist/bundle/netdoc.cjs, then records V8's code cache for it by running typical commands on recorded machine trees.
// bin/load-bundle.cjs loads the two together; see it for why.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, sep} from 'node:path'
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

/** cli-table3 gets string-width with an ASCII shortcut (scripts/ascii-string-width.cjs), which gives the same widths. */
const asciiStringWidth = {
  name: 'ascii-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, ({importer}) =>
      importer.includes(`${sep}cli-table3${sep}`) ? {path: join(root, 'scripts', 'ascii-string-width.cjs')} : undefined)
  },
}

rmSync(dirname(outfile), {recursive: true, force: true})
const {outputFiles} = await build({
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
  write: false,
  plugins: [asciiStringWidth],
})
// Pure ASCII, so that bin/load-bundle.cjs can read it as Latin-1 (no UTF-8 decoding): esbuild escapes non-ASCII text in
// strings; a character it leaves inside a regular expression literal gets a \uXXXX escape, which means the same there.
const ascii = outputFiles[0].text.replace(/[^\x00-\x7f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
mkdirSync(dirname(outfile), {recursive: true})
writeFileSync(outfile, ascii)

// The runs get a cache folder of their own, so a build writes nothing in the user's; a first, unrecorded run fills it with
// the compiled message catalog, so the recorded runs take the path a user's runs take (the catalog read from its cache).
if (!existsSync(join(root, 'test', 'fixtures'))) {
  console.warn('bundle: no recorded machine trees (test/fixtures) to run, so no code cache: netdoc will start more slowly')
  process.exit(0)
}
const cacheHome = mkdtempSync(join(tmpdir(), 'netdoc-bundle-'))
try {
  for (const [index, {args, tree}] of [trainingRuns[0], ...trainingRuns].entries()) {
    const env = {...process.env, NETDOC_ROOT: join(root, 'test', 'fixtures', tree), XDG_CACHE_HOME: cacheHome, NO_COLOR: '1'}
    if (index > 0) env.NETDOC_RECORD_CODE_CACHE = codeCache
    const run = spawnSync(process.execPath, [join(root, 'bin', 'run.cjs'), ...args], {env, encoding: 'utf8', timeout: 30_000})
    if (run.status !== 0 && run.status !== 1) {
      console.error(`bundle: \`netdoc ${args.join(' ')}\` on ${tree} failed while recording the code cache:\n${run.stderr}`)
      process.exit(1)
    }
  }
} finally {
  rmSync(cacheHome, {recursive: true, force: true})
}
