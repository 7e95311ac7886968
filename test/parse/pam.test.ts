// PAM service files: module lines, bracket controls, includes (Debian's @include and `include`/`substack`), comments, continued
// lines; and what a control does with a module's success.
import {describe, expect, it} from 'vitest'
import {parsePamFile, successAction} from '../../src/parse/pam.js'
import {DEBIAN_COMMON_AUTH, DEBIAN_SSHD} from '../support/caps.js'

describe('parsePamFile', () => {
  it("reads Debian's common-auth with libpam-cap", () => {
    const lines = parsePamFile(DEBIAN_COMMON_AUTH)
    expect(lines.map(line => (line.kind === 'module' ? `${line.line} ${line.type} ${line.control} ${line.module}` : ''))).toEqual([
      '2 auth [success=1 default=ignore] pam_unix.so',
      '4 auth requisite pam_deny.so',
      '6 auth required pam_permit.so',
      '8 auth optional pam_cap.so',
    ])
  })

  it("reads sshd's includes and a bracket control with spaces", () => {
    const lines = parsePamFile(DEBIAN_SSHD)
    expect(lines.filter(line => line.kind === 'include').map(line => line.kind === 'include' && line.file)).toEqual([
      'common-auth',
      'common-account',
      'common-session',
    ])
    expect(lines.find(line => line.kind === 'module' && line.module === 'pam_selinux.so')).toMatchObject({
      control: '[success=ok ignore=ignore module_unknown=ignore default=bad]',
      args: ['close'],
    })
  })

  it('reads Red Hat style includes, a leading dash, continued lines and arguments', () => {
    const lines = parsePamFile('auth  substack  system-auth\n-auth optional pam_cap.so \\\n  config=/etc/caps.conf debug\n')
    expect(lines).toEqual([
      {kind: 'include', line: 1, text: 'auth substack system-auth', type: 'auth', file: 'system-auth', substack: true},
      expect.objectContaining({kind: 'module', line: 2, type: 'auth', module: 'pam_cap.so', args: ['config=/etc/caps.conf', 'debug']}),
    ])
  })

  it.each(['', '# only a comment\n', 'garbage\n', 'auth\n', 'session required\n', 'bogus required pam_unix.so\n', '\u0000\u0001'])(
    'skips what PAM cannot read: %j',
    text => {
      expect(parsePamFile(text)).toEqual([])
    },
  )
})

describe('successAction', () => {
  it.each([
    ['required', 'continue'],
    ['sufficient', 'end'],
    ['[success=done default=ignore]', 'end'],
    ['[success=ok default=bad]', 'continue'],
    ['[default=die]', 'end'],
    ['[success=2 default=ignore]', 'jump'],
    ['[success=0]', 'continue'],
  ])('%s → %s', (control, kind) => {
    expect(successAction(control).kind).toBe(kind)
  })
})
