#!/usr/bin/env node
// netdoc's executable: loads the bundle built by `npm run build` (with its code cache) and hands the arguments to oclif.
'use strict'
const {join} = require('node:path')
const {loadBundle} = require('./load-bundle.cjs')

const bundle = join(__dirname, '..', 'dist', 'bundle', 'netdoc.cjs')
loadBundle(bundle, `${bundle}.v8cache`, process.env.NETDOC_RECORD_CODE_CACHE).exports.main(process.argv.slice(2), __filename)
