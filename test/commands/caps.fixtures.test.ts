// `netdoc caps --user` on recorded trees (PAM stacks and capability.conf cannot be changed on the machine running the tests): the
// story's Debian 12 machine (test/fixtures/caps-backuphelper), and copies of it with one file changed per case; and the caps
// section in snapshot, report and doctor, which show it only when asked with --caps.
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CapsReport} from '../../src/capabilities/caps/report.js'
import type {DoctorReport} from '../../src/report/doctor-report.js'
import type {FullReport} from '../../src/report/full-report.js'
import {fixtureTree, jsonOf, runNetdoc} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-caps-tree-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const STORY = ['caps', '/usr/bin/rdiff-backup', '--user', 'backuphelper', '--for', 'backup', '--json']

/** variant copies the story's tree and writes the files given (machine paths) into the copy. */
function variant(name: string, files: Record<string, string>): string {
  const root = join(dir, name)
  cpSync(fixtureTree('caps-backuphelper'), root, {recursive: true, verbatimSymlinks: true})
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text)
  return root
}

async function capsOf(root: string, args = STORY): Promise<{code: number; report: CapsReport}> {
  const result = await runNetdoc(args, {NETDOC_ROOT: root})
  return {code: result.code, report: jsonOf<CapsReport>(result)}
}

const GETFATTR_SCRIPT = 'commands/getfattr_--absolute-names_-e_hex_-n_security.capability_--_-usr-bin-rdiff-backup'
const GETFATTR_PYTHON = 'commands/getfattr_--absolute-names_-e_hex_-n_security.capability_--_-usr-bin-python3.11'

describe('netdoc caps on recorded trees', () => {
  it("says caps.ok for the story: pam_cap in common-auth, the user's rule, python3.11 with cap_dac_read_search=ei", async () => {
    const {code, report} = await capsOf(fixtureTree('caps-backuphelper'))
    expect(report.verdict?.id).toBe('caps.ok')
    expect(report.program?.steps.map(step => [step.path, step.kind, step.capabilities])).toEqual([
      ['/usr/bin/rdiff-backup', 'script', null],
      ['/usr/bin/python3', 'symlink', null],
      ['/usr/bin/python3.11', 'file', 'cap_dac_read_search=ei'],
    ])
    expect(report.user?.pam).toEqual([
      {service: 'sshd', pamCap: 'common-auth line 25: auth optional pam_cap.so', reached: true, endedBy: null},
      {service: 'su', pamCap: 'common-auth line 25: auth optional pam_cap.so', reached: true, endedBy: null},
      {service: 'cron', pamCap: 'common-auth line 25: auth optional pam_cap.so', reached: true, endedBy: null},
    ])
    expect(report.user?.capabilityConf).toMatchObject({
      match: 'line 14: cap_dac_read_search backuphelper',
      inheritable: ['cap_dac_read_search'],
    })
    expect(report.process).toBeNull()
    expect(code).toBe(0)
  })

  it('says caps.no-pam-cap when common-auth has no pam_cap line (libpam-cap not installed)', async () => {
    const root = variant('no-pam-cap', {
      'etc/pam.d/common-auth':
        'auth\t[success=1 default=ignore]\tpam_unix.so nullok\nauth\trequisite\tpam_deny.so\nauth\trequired\tpam_permit.so\n',
    })
    const {code, report} = await capsOf(root)
    expect(report.verdict?.id).toBe('caps.no-pam-cap')
    expect(report.findings.map(finding => finding.id)).toEqual(['caps.no-pam-cap'])
    expect(code).toBe(1)
  })

  it('says caps.pam-cap-order when a sufficient pam_unix ends the stack before pam_cap', async () => {
    const root = variant('order', {
      'etc/pam.d/common-auth': 'auth sufficient pam_unix.so nullok\nauth requisite pam_deny.so\nauth optional pam_cap.so\n',
    })
    const {report} = await capsOf(root)
    expect(report.verdict?.id).toBe('caps.pam-cap-order')
    expect(report.verdict?.title).toBe(
      'In sshd, su, cron, a successful login ends at common-auth line 1 (auth sufficient pam_unix.so nullok), before pam_cap.so',
    )
  })

  it('says caps.user-not-in-capabilities-conf when the rule went into capabilities.conf, which pam_cap does not read', async () => {
    const root = variant('misnamed', {
      'etc/security/capability.conf': 'none *\n',
      'etc/security/capabilities.conf': 'cap_dac_read_search backuphelper\n',
    })
    const {report} = await capsOf(root)
    expect(report.verdict?.id).toBe('caps.user-not-in-capabilities-conf')
    expect(report.verdict?.evidence.join('\n')).toContain(
      'but pam_cap reads /etc/security/capability.conf, not /etc/security/capabilities.conf',
    )
  })

  it('says caps.on-script when the capabilities went on the script and python3.11 has none', async () => {
    const root = variant('on-script', {
      [GETFATTR_SCRIPT]: '# file: /usr/bin/rdiff-backup\nsecurity.capability=0x0100000200000000040000000000000000000000\n\n',
      [GETFATTR_PYTHON]: '',
    })
    const {report} = await capsOf(root)
    expect(report.findings.map(finding => finding.id)).toEqual(['caps.on-script'])
    expect(report.verdict?.next.join('\n')).not.toContain('capability.conf')
    expect(report.verdict?.next[0]).toBe(
      'Put the capabilities on the file that really runs: `sudo setcap cap_dac_read_search+ei /usr/bin/python3.11`',
    )
  })

  it('says netdoc.undetermined when the attribute of the file that runs was not recorded', async () => {
    const root = variant('unrecorded', {})
    rmSync(join(root, GETFATTR_PYTHON))
    const {code, report} = await capsOf(root)
    expect(report.verdict?.id).toBe('netdoc.undetermined')
    expect(report.verdict?.evidence.join('\n')).toContain('the capabilities of /usr/bin/python3.11')
    expect(code).toBe(1)
  })

  it('refuses a user that is not in /etc/passwd, with one line and exit 2', async () => {
    const result = await runNetdoc(['caps', '--user', 'nosuchuser'], {NETDOC_ROOT: fixtureTree('caps-backuphelper')})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('netdoc: --user nosuchuser: there is no such user in /etc/passwd\n')
  })
})

describe('the caps section in snapshot, report and doctor', () => {
  const tree = fixtureTree('caps-backuphelper')

  it('is collected only when asked: doctor without --caps has no caps findings, with --caps it has', async () => {
    const without = jsonOf<DoctorReport>(await runNetdoc(['doctor', '--json'], {NETDOC_ROOT: tree}))
    expect(without.checked).not.toContain('caps')
    const asked = jsonOf<DoctorReport>(await runNetdoc(['doctor', '--caps', 'backup', '--json'], {NETDOC_ROOT: tree}))
    expect(asked.checked).toContain('caps')
    expect(asked.findings.map(finding => finding.id)).toContain('netdoc.undetermined')
  })

  it('joins report under its key, and replays from a snapshot with `caps --from` as report shows it', async () => {
    const file = join(dir, 'caps-snapshot.json')
    const made = await runNetdoc(['snapshot', '--caps', 'restore', '-o', file], {NETDOC_ROOT: tree})
    expect(made.code, made.stderr).toBe(0)
    const report = jsonOf<FullReport>(await runNetdoc(['report', '--from', file, '--json']))
    const replayed = jsonOf<CapsReport>(await runNetdoc(['caps', '--from', file, '--json']))
    expect(report.caps).toEqual(replayed)
    expect(replayed.needs).toEqual(['cap_dac_override', 'cap_fowner', 'cap_chown'])
    const markdown = await runNetdoc(['report', '--from', file])
    expect(markdown.stdout).toContain('Capabilities for restore')
  })

  it('refuses `caps --from` a snapshot without a caps section', async () => {
    const file = join(dir, 'plain-snapshot.json')
    await runNetdoc(['snapshot', '-o', file], {NETDOC_ROOT: tree})
    const result = await runNetdoc(['caps', '--from', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^netdoc: .* holds no caps facts/)
  })
})
