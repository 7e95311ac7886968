// `npm run fuzz`: bundles the fuzzer (test/fuzz/main.ts and its worker, TypeScript) with esbuild into dist/fuzz/ and runs it
// with the arguments given after `--` (see `npm run fuzz -- --help`).
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist', 'fuzz')

await build({
  entryPoints: [join(root, 'test', 'fuzz', 'main.ts'), join(root, 'test', 'fuzz', 'worker.ts')],
  outdir,
  outExtension: {'.js': '.mjs'},
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['typescript'],
  logLevel: 'warning',
})
const {fuzzMain} = await import(pathToFileURL(join(outdir, 'main.mjs')).href)
try {
  process.exitCode = await fuzzMain(process.argv.slice(2))
} catch (error) {
  console.error(`fuzz: ${error.message}`)
  process.exitCode = 2
}
