// `npm run bundle`: bundles the compiled CLI (dist/src/cli/entry.js: oclif and the commands) into one CommonJS file,
// dist/bundle/netdoc.cjs, with zod and yaml in files of their own, then records V8's code cache for it by running typical
// commands on an empty machine tree. bin/load-bundle.cjs loads the two together; see it for why.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist', 'bundle')
const outfile = join(outdir, 'netdoc.cjs')
const codeCache = `${outfile}.v8cache`

/**
 * Packages a run needs only now and then (zod to check a --from file or a changed catalog, yaml to read the catalog when its
 * compiled copy is stale): each is bundled into dist/bundle/<name>.cjs and required when first imported, so a start does not
 * have to parse them (they are nearly half of what is bundled).
 */
const loadedApart = ['zod', 'yaml']

/**
 * Each run compiles more of the bundle; the cache each one leaves is loaded and extended by the next. They read an empty
 * machine tree (NETDOC_ROOT), so a build needs no recorded machine and runs nothing on the machine it builds on.
 */
const trainingRuns = [['nics', '--all'], ['nics', '--json'], ['displays'], ['--help']]

/** cli-table3 gets string-width with an ASCII shortcut (scripts/ascii-string-width.cjs), which gives the same widths. */
const asciiStringWidth = {
  name: 'ascii-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, ({importer}) =>
      importer.includes(`${sep}cli-table3${sep}`) ? {path: join(root, 'scripts', 'ascii-string-width.cjs')} : undefined,
    )
  },
}

/** An import of a package in loadedApart becomes a bundled one-line module that requires ./<name>.cjs (left external). */
const apart = {
  name: 'loaded-apart',
  setup(build) {
    build.onResolve({filter: /^[^./]/}, ({path, namespace}) =>
      namespace !== 'loaded-apart' && loadedApart.includes(path) ? {path, namespace: 'loaded-apart'} : undefined,
    )
    build.onResolve({filter: /^\.\/[\w-]+\.cjs$/, namespace: 'loaded-apart'}, ({path}) => ({path, external: true}))
    build.onLoad({filter: /.*/, namespace: 'loaded-apart'}, ({path}) => ({
      contents: `module.exports = require(${JSON.stringify(`./${path}.cjs`)})`,
    }))
  },
}

/** The options every bundled file shares. */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
}

rmSync(outdir, {recursive: true, force: true})
const {outputFiles} = await build({
  ...common,
  entryPoints: [join(root, 'dist', 'src', 'cli', 'entry.js')],
  outfile,
  external: ['typescript', 'ts-node'], // oclif's optional TypeScript loaders, never used by a built netdoc
  banner: {js: "const netdocImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  define: {'import.meta.url': 'netdocImportMetaUrl'},
  supported: {'dynamic-import': false}, // every import() becomes a require(): a function from the code cache cannot import()
  write: false,
  plugins: [asciiStringWidth, apart],
})
// Pure ASCII, so that bin/load-bundle.cjs can read it as Latin-1 (no UTF-8 decoding): esbuild escapes non-ASCII text in
// strings; a character it leaves inside a regular expression literal gets a \uXXXX escape, which means the same there.
const ascii = outputFiles[0].text.replace(/[^\x00-\x7f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
mkdirSync(outdir, {recursive: true})
writeFileSync(outfile, ascii)
for (const name of loadedApart)
  await build({
    ...common,
    stdin: {contents: `export * from ${JSON.stringify(name)}`, resolveDir: root},
    outfile: join(outdir, `${name}.cjs`),
  })

// The runs get a cache folder of their own, so a build writes nothing in the user's.
const scratch = mkdtempSync(join(tmpdir(), 'netdoc-bundle-'))
try {
  const machine = join(scratch, 'machine')
  mkdirSync(machine)
  const env = {
    ...process.env,
    NETDOC_ROOT: machine,
    XDG_CACHE_HOME: join(scratch, 'cache'),
    NO_COLOR: '1',
    NETDOC_RECORD_CODE_CACHE: codeCache,
  }
  for (const args of trainingRuns) {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'run.cjs'), ...args], {env, encoding: 'utf8', timeout: 30_000})
    if (run.status !== 0 && run.status !== 1) {
      console.error(`bundle: \`netdoc ${args.join(' ')}\` on an empty machine tree failed while recording the code cache:\n${run.stderr}`)
      process.exit(1)
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
