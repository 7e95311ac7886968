// `netdoc caps` on real files and real processes (as root): capabilities set with setcap on copies of a binary in a temporary
// folder, a script with a #! line, a symlink; processes started as nobody with setpriv --inh-caps, --ambient-caps and
// --no-new-privs. Nothing of the machine is changed: only the test's own copies get capabilities, and everything is removed after.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CapsReport} from '../../src/capabilities/caps/report.js'
import {jsonOf, runNetdoc} from '../support/cli.js'

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0
const CAN_RUN = process.getuid?.() === 0 && ['setcap', 'getcap', 'setpriv', 'getfattr'].every(has)

const dir = mkdtempSync(join(tmpdir(), 'netdoc-caps-'))
chmodSync(dir, 0o755)
const processes: ChildProcess[] = []
afterAll(() => {
  for (const child of processes) child.kill('SIGKILL')
  rmSync(dir, {recursive: true, force: true})
})

/** copy puts a copy of a system binary into the test's folder, with capabilities when given (setcap on the copy only). */
function copy(name: string, source: string, caps?: string, rootid?: number): string {
  const path = join(dir, name)
  copyFileSync(source, path)
  if (caps) setcap(path, caps, rootid)
  return path
}

function setcap(path: string, caps: string, rootid?: number): void {
  const result = spawnSync('setcap', [...(rootid === undefined ? [] : ['-n', String(rootid)]), caps, path], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`setcap ${caps} ${path}: ${result.stderr}`)
}

/** getcap is what libcap's getcap prints for a file, without the file's name. */
function getcap(path: string): string {
  return spawnSync('getcap', [path], {encoding: 'utf8'})
    .stdout.trim()
    .slice(path.length + 1)
}

/** startAsNobody starts `sleep` as nobody through setpriv with the options given, and waits until it runs (its status says sleep). */
async function startAsNobody(options: string[]): Promise<number> {
  const child = spawn('setpriv', ['--reuid', '65534', '--regid', '65534', '--clear-groups', ...options, 'sleep', '120'], {stdio: 'ignore'})
  processes.push(child)
  const pid = child.pid!
  for (let tries = 0; tries < 100; tries++) {
    try {
      if (/^Name:\s+sleep$/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))) return pid
    } catch {
      // not there yet
    }
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  throw new Error(`setpriv ${options.join(' ')} did not start sleep`)
}

async function caps(args: string[]): Promise<{code: number; report: CapsReport}> {
  const result = await runNetdoc(['caps', ...args, '--json'])
  return {code: result.code, report: jsonOf<CapsReport>(result)}
}

describe.skipIf(!CAN_RUN)('netdoc caps on real files and processes', () => {
  let plain: number
  beforeAll(async () => {
    plain = await startAsNobody([])
  })

  it.each([
    ['cap_net_raw+ep'],
    ['cap_net_raw+p'],
    ['cap_dac_read_search+ei'],
    ['cap_chown,cap_fowner,cap_dac_override+ep'],
    ['all+ep'],
    ['all+ep cap_sys_admin-ep'],
    ['cap_net_raw+p cap_chown+i'],
    ['cap_chown+p cap_net_raw+i cap_kill+ip'],
    ['all=ip cap_chown-i'],
  ])('reads %s as getcap prints it', async spec => {
    const path = copy(`decode-${spec.replace(/\W+/g, '-')}`, '/bin/true', spec)
    const {report} = await caps([path])
    expect(report.program?.steps).toHaveLength(1)
    expect(report.program?.steps[0]?.capabilities).toBe(getcap(path))
  })

  it('reads a revision 3 attribute with its root user id (setcap -n 1000), which outside its namespace gives nothing', async () => {
    const path = copy('rootid', '/bin/true', 'cap_net_raw+ep', 1000)
    const {code, report} = await caps([path, '--pid', String(plain), '--for', 'ping'])
    expect(report.program?.steps[0]).toMatchObject({capabilities: 'cap_net_raw=ep', rootid: 1000})
    expect(spawnSync('getcap', ['-n', path], {encoding: 'utf8'}).stdout).toContain('[rootid=1000]')
    expect(report.verdict?.id).toBe('caps.missing-capability')
    expect(code).toBe(1)
  })

  it('says caps.ok for a copy of a binary with cap_net_raw=ep, started by an ordinary process, and exits 0', async () => {
    const path = copy('ping-ep', '/bin/true', 'cap_net_raw+ep')
    const {code, report} = await caps([path, '--pid', String(plain), '--for', 'ping'])
    expect(report.verdict).toMatchObject({id: 'caps.ok', severity: 'info'})
    expect(report.process?.sets?.inheritable.mask).toBe('0000000000000000')
    expect(report.process?.uid).toEqual([65534, 65534, 65534, 65534])
    expect(code).toBe(0)
  })

  it('says caps.no-new-privs when the process was started with setpriv --no-new-privs', async () => {
    const pid = await startAsNobody(['--no-new-privs'])
    const path = copy('ping-nnp', '/bin/true', 'cap_net_raw+ep')
    const {code, report} = await caps([path, '--pid', String(pid), '--for', 'ping'])
    expect(report.process?.noNewPrivs).toBe(true)
    expect(report.verdict?.id).toBe('caps.no-new-privs')
    expect(code).toBe(1)
  })

  it('says caps.on-symlink for a symlink to a copy without capabilities, with the setcap line for the target', async () => {
    const target = copy('python3.11', '/bin/true')
    symlinkSync('python3.11', join(dir, 'python'))
    const {report} = await caps([join(dir, 'python'), '--pid', String(plain), '--for', 'backup'])
    expect(report.program?.steps.map(step => step.kind)).toEqual(['symlink', 'file'])
    expect(report.program?.runs).toBe(target)
    expect(report.verdict?.id).toBe('caps.on-symlink')
    expect(report.verdict?.next).toContain(
      `Put the capabilities on the file that really runs: \`sudo setcap cap_dac_read_search+ep ${target}\``,
    )
  })

  it('says caps.on-script for capabilities set on a script whose interpreter (a copy of dash) has none', async () => {
    const interpreter = copy('sh-bare', '/bin/dash')
    const script = join(dir, 'backup-bare.sh')
    writeFileSync(script, `#!${interpreter}\necho backup\n`, {mode: 0o755})
    setcap(script, 'cap_dac_read_search+ei')
    const {report} = await caps([script, '--pid', String(plain), '--for', 'backup'])
    expect(report.program?.steps.map(step => [step.kind, step.capabilities])).toEqual([
      ['script', 'cap_dac_read_search=ei'],
      ['file', null],
    ])
    expect(report.verdict).toMatchObject({id: 'caps.on-script', severity: 'error'})
    expect(report.verdict?.title).toContain(`it runs ${interpreter}`)
  })

  describe('a script whose interpreter holds cap_dac_read_search+ei (the pam_cap way)', () => {
    let script: string
    beforeAll(() => {
      const interpreter = copy('sh-ei', '/bin/dash', 'cap_dac_read_search+ei')
      script = join(dir, 'backup-ei.sh')
      writeFileSync(script, `#!${interpreter}\necho backup\n`, {mode: 0o755})
    })

    it('is caps.ok for a process with cap_dac_read_search inheritable (setpriv --inh-caps)', async () => {
      const pid = await startAsNobody(['--inh-caps', '+dac_read_search'])
      const {code, report} = await caps([script, '--pid', String(pid), '--for', 'backup'])
      expect(report.process?.sets?.inheritable.names).toEqual(['cap_dac_read_search'])
      expect(report.verdict?.id).toBe('caps.ok')
      expect(code).toBe(0)
    })

    it('is caps.inheritable-empty for a process whose CapInh is all zeroes', async () => {
      const {report} = await caps([script, '--pid', String(plain), '--for', 'backup'])
      expect(report.verdict?.id).toBe('caps.inheritable-empty')
      expect(report.verdict?.evidence[0]).toBe(`/proc/${plain}/status: CapInh: 0000000000000000 (all zeroes)`)
    })
  })

  describe('a program without file capabilities', () => {
    let bare: string
    beforeAll(() => {
      bare = copy('server', '/bin/true')
    })

    it('is caps.ok when the process holds the capability ambient (setpriv --inh-caps --ambient-caps)', async () => {
      const pid = await startAsNobody(['--inh-caps', '+net_bind_service', '--ambient-caps', '+net_bind_service'])
      const {report} = await caps([bare, '--pid', String(pid), '--for', 'bind'])
      expect(report.process?.sets?.ambient?.names).toEqual(['cap_net_bind_service'])
      expect(report.verdict?.id).toBe('caps.ok')
    })

    it('is caps.ambient-empty when the process holds it only inheritable', async () => {
      const pid = await startAsNobody(['--inh-caps', '+net_bind_service'])
      const {report} = await caps([bare, '--pid', String(pid), '--for', 'bind'])
      expect(report.verdict?.id).toBe('caps.ambient-empty')
    })

    it('is caps.missing-capability for a restore from a process without capabilities, with the warning about root', async () => {
      const {code, report} = await caps([bare, '--pid', String(plain), '--for', 'restore'])
      expect(report.verdict?.id).toBe('caps.missing-capability')
      expect(report.needs).toEqual(['cap_dac_override', 'cap_fowner', 'cap_chown'])
      expect(report.verdict?.next.join('\n')).toMatch(/sudo setcap cap_chown,cap_dac_override,cap_fowner\+ep .*\n.*close to root/)
      expect(code).toBe(1)
    })
  })

  it.each([
    ['cap_dac_read_search+ei', ['--inh-caps', '+dac_read_search']],
    ['cap_dac_read_search+ei', []],
    ['cap_dac_read_search+ep', []],
    ['cap_dac_read_search+p', []],
    ['cap_dac_read_search+ep', ['--no-new-privs']],
    ['cap_dac_read_search+ei', ['--inh-caps', '+dac_read_search', '--ambient-caps', '+dac_read_search']],
    [null, ['--inh-caps', '+dac_read_search', '--ambient-caps', '+dac_read_search']],
    [null, ['--inh-caps', '+dac_read_search']],
  ])('agrees with the kernel: an interpreter with %s, started by nobody with setpriv %j', async (fileCaps, options) => {
    const name = `truth-${String(fileCaps).replace(/\W+/g, '-')}-${options.join('').replace(/\W+/g, '-')}`
    const interpreter = copy(`${name}-sh`, '/bin/dash', fileCaps ?? undefined)
    const script = join(dir, `${name}.sh`)
    writeFileSync(script, `#!${interpreter}\nwhile read -r key value; do [ "$key" = CapEff: ] && echo "$value"; done < /proc/$$/status\n`, {
      mode: 0o755,
    })
    // The script is started by a shell that setpriv started (as netdoc reads a sleep that setpriv started), so the process that
    // runs execve holds the same sets as the one netdoc reads.
    const argv = ['--reuid', '65534', '--regid', '65534', '--clear-groups', ...options, '/bin/sh', '-c', 'exec "$0"', script]
    const ran = spawnSync('setpriv', argv, {encoding: 'utf8'})
    expect(ran.stdout.trim(), ran.stderr).toMatch(/^[0-9a-f]{16}$/)
    const kernelGives = (BigInt(`0x${ran.stdout.trim()}`) & 4n) === 4n
    const pid = await startAsNobody(options)
    const {report} = await caps([script, '--pid', String(pid), '--for', 'backup'])
    expect(report.verdict?.id === 'caps.ok', `kernel CapEff ${ran.stdout.trim()}, netdoc ${report.verdict?.id}`).toBe(kernelGives)
  })

  it('agrees with the kernel on a set-uid root copy of cat: it runs as root, so it gets cap_net_raw (caps.ok)', async () => {
    const cat = copy('cat-setuid', '/bin/cat')
    chmodSync(cat, 0o4755)
    const ran = spawnSync(
      'setpriv',
      ['--reuid', '65534', '--regid', '65534', '--clear-groups', '/bin/sh', '-c', 'exec "$0" /proc/self/status', cat],
      {
        encoding: 'utf8',
      },
    )
    const effective = /^CapEff:\s*([0-9a-f]+)$/m.exec(ran.stdout)?.[1]
    expect((BigInt(`0x${effective}`) >> 13n) & 1n).toBe(1n)
    const {report} = await caps([cat, '--pid', String(plain), '--for', 'ping'])
    expect(report.program?.steps[0]?.mode).toBe('4755')
    expect(report.verdict?.id).toBe('caps.ok')
  })

  describe('on a tmpfs mounted nosuid', () => {
    const point = join(dir, 'nosuid')
    let mounted = false
    beforeAll(() => {
      mkdirSync(point)
      mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'nosuid,size=16m', 'tmpfs', point]).status === 0
    })
    afterAll(() => {
      if (mounted) spawnSync('umount', [point])
    })

    it('agrees with the kernel: an interpreter with cap_dac_read_search+ep there gives nothing', async ({skip}) => {
      if (!mounted) skip()
      const interpreter = join(point, 'sh-ep')
      copyFileSync('/bin/dash', interpreter)
      setcap(interpreter, 'cap_dac_read_search+ep')
      const script = join(dir, 'on-nosuid.sh')
      writeFileSync(
        script,
        `#!${interpreter}\nwhile read -r key value; do [ "$key" = CapEff: ] && echo "$value"; done < /proc/$$/status\n`,
        {mode: 0o755},
      )
      const ran = spawnSync('setpriv', ['--reuid', '65534', '--regid', '65534', '--clear-groups', '/bin/sh', '-c', 'exec "$0"', script], {
        encoding: 'utf8',
      })
      expect(ran.stdout.trim()).toBe('0000000000000000')
      const {report} = await caps([script, '--pid', String(plain), '--for', 'backup'])
      expect(report.program?.steps[1]?.capabilities).toBe('cap_dac_read_search=ep')
      expect(report.verdict?.id).toBe('caps.missing-capability')
      expect(report.verdict?.title).toContain(`${point} is mounted nosuid`)
    })
  })

  it('reads the shell that ran netdoc by default: a shell started as nobody with cap_net_bind_service ambient', async () => {
    const bin = process.env.NETDOC_LAB_BIN!
    const shell = 'node "$0" caps --for bind --json; true'
    const argv = [
      '--reuid',
      '65534',
      '--regid',
      '65534',
      '--clear-groups',
      '--inh-caps',
      '+net_bind_service',
      '--ambient-caps',
      '+net_bind_service',
    ]
    const ran = spawnSync('setpriv', [...argv, '/bin/sh', '-c', shell, bin], {
      encoding: 'utf8',
      env: {...process.env, HOME: dir, NODE_ENV: ''},
    })
    const report = JSON.parse(ran.stdout) as CapsReport
    expect(report.process).toMatchObject({source: 'parent', name: 'sh', uid: [65534, 65534, 65534, 65534]})
    expect(report.process?.sets?.ambient?.names).toEqual(['cap_net_bind_service'])
    expect(report.verdict?.id).toBe('caps.ok')
  })

  it('refuses a process that is not there, with one line and exit 2', async () => {
    const pid = await startAsNobody([])
    process.kill(pid, 'SIGKILL')
    await new Promise(resolve => setTimeout(resolve, 100))
    const result = await runNetdoc(['caps', '--pid', String(pid)])
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe(`netdoc: --pid ${pid}: there is no process ${pid}`)
  })

  it('never changes a file it reads: the attribute is the same after the run', async () => {
    const path = copy('unchanged', '/bin/true', 'cap_net_raw+ep')
    const before = spawnSync('getfattr', ['--absolute-names', '-e', 'hex', '-n', 'security.capability', path], {encoding: 'utf8'}).stdout
    await caps([path, '--pid', String(plain), '--for', 'ping'])
    expect(spawnSync('getfattr', ['--absolute-names', '-e', 'hex', '-n', 'security.capability', path], {encoding: 'utf8'}).stdout).toBe(
      before,
    )
  })
})
