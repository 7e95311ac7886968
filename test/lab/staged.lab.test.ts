// The lab's netdoc is a staged copy every user can read, so runs as nobody work from a clone in a mode-700 home directory.
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../support/cli.js'
import {NETDOC_BIN, canBuildLabs} from './lab.js'

describe.skipIf(!canBuildLabs())('the staged netdoc', () => {
  it('lies outside the checkout, and nobody can run it', () => {
    expect(NETDOC_BIN.startsWith(PROJECT_ROOT)).toBe(false)
    const version = execFileSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', '--reset-env', '--', process.execPath, NETDOC_BIN, '--version'],
      {encoding: 'utf8'},
    )
    expect(version).toMatch(/^netdoc\/\d+\.\d+\.\d+ /)
  })
})
