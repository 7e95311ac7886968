// Loads netdoc's bundle (dist/bundle/netdoc.cjs) with a V8 code cache. Node 20 has no module.enableCompileCache(), so the
// functions a run needs are compiled once, at build time (scripts/bundle.mjs records them), instead of at every start. A
// missing, stale or rejected cache (another Node version) costs only speed: the bundle is then compiled as usual.
// The bundle is pure ASCII, so it is read as Latin-1 (no UTF-8 decoding). It holds no dynamic import(), which Node 20 cannot
// run in a function compiled from a code cache: scripts/bundle.mjs has esbuild turn every one into a require().
'use strict'
const {readFileSync, statSync, writeFileSync} = require('node:fs')
const {dirname} = require('node:path')
const Module = require('node:module')
const vm = require('node:vm')

/** cacheFor returns the code cache recorded for bundleFile, or undefined when there is none or it is older than the bundle. */
function cacheFor(bundleFile, cacheFile) {
  try {
    return statSync(cacheFile).mtimeMs >= statSync(bundleFile).mtimeMs ? readFileSync(cacheFile) : undefined
  } catch {
    return undefined
  }
}

/**
 * loadBundle runs the CommonJS bundle as the module registered under its own path (so oclif, which requires the bundle for
 * its commands, finds it loaded). It returns the bundle's exports and what became of the code cache (accepted, rejected
 * or absent). With recordTo set, the code cache of everything this process compiled is written there at exit.
 */
function loadBundle(bundleFile, cacheFile, recordTo) {
  const cachedData = cacheFor(bundleFile, cacheFile)
  const script = new vm.Script(Module.wrap(readFileSync(bundleFile, 'latin1')), {filename: bundleFile, cachedData})
  const bundle = new Module(bundleFile, module)
  bundle.filename = bundleFile
  require.cache[bundleFile] = bundle
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(bundleFile), bundle, bundleFile, dirname(bundleFile))
  bundle.loaded = true
  if (recordTo) process.on('exit', () => writeFileSync(recordTo, script.createCachedData()))
  return {exports: bundle.exports, codeCache: cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'}
}

module.exports = {loadBundle}
