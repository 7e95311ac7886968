// `netdoc internet --from FILE`: a saved snapshot with an internet section replays to the same verdict and state, offline.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {internetReport} from '../../src/capabilities/internet/report.js'
import {validateSnapshot} from '../../src/snapshot/schema.js'
import {ENDPOINTS, healthyInternet, httpAnswer, online} from '../support/internet.js'
import {runNetdoc} from '../support/cli.js'
import {office, pingFacts} from '../support/ping.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-internet-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const portal = online(
  healthyInternet({
    http: [
      httpAnswer(ENDPOINTS.http[0]!.url, 302, {location: 'http://192.168.1.1/login'}),
      httpAnswer(ENDPOINTS.http[1]!.url, 302, {location: 'http://192.168.1.1/login'}),
    ],
  }),
)
const healthy = online(healthyInternet())
const write = (name: string, value: unknown) => {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(value))
  return file
}

describe('internet --from', () => {
  it('keeps an internet section through the schema unchanged (the round trip --from relies on)', () => {
    const checked = validateSnapshot(JSON.parse(JSON.stringify(portal)))
    expect(checked.ok && checked.snapshot).toEqual(JSON.parse(JSON.stringify(portal)))
  })

  it('refuses an internet section whose facts are not what netdoc writes', () => {
    const broken = JSON.parse(JSON.stringify(healthy))
    broken.internet.http[0].outcome = 'teleported'
    expect(validateSnapshot(broken)).toMatchObject({ok: false, error: expect.stringMatching(/^internet\.http\.0\.outcome/)})
    broken.internet.http[0].outcome = 'answered'
    broken.internet.servers = ['not an address']
    expect(validateSnapshot(broken)).toMatchObject({ok: false, error: expect.stringMatching(/^internet\.servers\.0/)})
  })

  it('replays a portal to its verdict and state, as JSON, with exit code 1', async () => {
    const result = await runNetdoc(['internet', '--json', '--from', write('portal.json', portal)])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({state: 'portal', verdict: {id: 'internet.portal'}})
    expect(report).toEqual(JSON.parse(JSON.stringify(internetReport(portal))))
  })

  it('replays a healthy run with exit code 0, the verdict first in plain words, then the state and the path', async () => {
    const result = await runNetdoc(['internet', '--from', write('healthy.json', healthy)])
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(
      /^NOTE +The internet works: DNS, the connectivity check and HTTPS all answer as they should +\[internet\.ok\]$/,
    )
    expect(lines[1]).toBe('Connectivity: full')
    expect(lines.slice(3, 6)).toEqual([
      'Path:',
      expect.stringMatching(/^ {4}this machine\s+OK\s+192\.168\.1\.10\/24 on eth0$/),
      expect.stringMatching(/^ {2}→ port eth0\s+OK\s+link up$/),
    ])
  })

  it('refuses a snapshot without an internet section with one line and exit code 2', async () => {
    const result = await runNetdoc(['internet', '--from', write('ping-only.json', office(pingFacts('192.168.1.20')))])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^netdoc: .*ping-only\.json holds no internet facts/)
    expect(result.stdout).toBe('')
  })
})
