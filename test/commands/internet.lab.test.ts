// `netdoc internet` in the internet lab: each scenario on real kernel stacks, with the verdict and state it must reach.
import {copyFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {Lab, NETDOC_BIN, canBuildLabs} from '../lab/lab.js'
import {
  INTERNET_SCENARIOS,
  NET,
  buildInternet,
  internetArgv,
  labFiles,
  type Certificates,
  type LabFiles,
  type InternetJson,
} from '../lab/internet.js'
import {jsonOf} from '../support/cli.js'

describe.skipIf(!canBuildLabs())('netdoc internet in the lab', () => {
  let lab: Lab | null = null
  let files: LabFiles
  let certificates: Certificates
  let endpoints = ''

  beforeAll(() => {
    files = labFiles()
    ;({certificates, endpoints} = files)
  })
  afterAll(() => files?.remove())
  afterEach(() => {
    lab?.destroy()
    lab = null
  })

  for (const scenario of INTERNET_SCENARIOS) {
    it(`${scenario.name}: ${scenario.verdict} (${scenario.state})`, async () => {
      lab = new Lab('inet')
      await buildInternet(lab, certificates, scenario.options)
      await scenario.build?.(lab)
      const started = performance.now()
      const result = await lab.try('pc', internetArgv(scenario, certificates, endpoints, ['--json']))
      const ms = performance.now() - started
      const report = jsonOf<InternetJson>(result)
      if (!report.verdict) throw new Error(`no verdict (exit ${result.code}): ${result.stdout}${result.stderr}`)
      expect(
        report.verdict.id,
        `${report.verdict.title}\n${report.verdict.evidence.join('\n')}\n${JSON.stringify(report.probes, null, 1)}`,
      ).toBe(scenario.verdict)
      expect(report.state).toBe(scenario.state)
      expect(result.code).toBe(scenario.verdict === 'internet.ok' ? 0 : 1)
      // The deadline holds (with room for a loaded machine's start-up); how fast each verdict comes is `npm run bench internet`'s.
      expect(ms, 'every verdict within the 4 s --timeout, which counts from the start').toBeLessThan(5500)
    }, 30_000)
  }

  it('keeps a short --timeout for the whole run, and still names the line that is down', async () => {
    lab = new Lab('inet')
    const down = INTERNET_SCENARIOS.find(scenario => scenario.verdict === 'internet.upstream-down' && !scenario.unprivileged)!
    await buildInternet(lab, certificates, down.options)
    await down.build?.(lab)
    const started = performance.now()
    const result = await lab.try('pc', internetArgv(down, certificates, endpoints, ['--json', '--timeout', '1']))
    const ms = performance.now() - started
    expect(jsonOf<InternetJson>(result).verdict.id).toBe('internet.upstream-down')
    // Well under the default 4 s: the probes kept to the 1 s given (with room for a loaded machine's start-up).
    expect(ms).toBeLessThan(2500)
  }, 30_000)

  it('a snapshot taken with --internet replays to the same verdict and state elsewhere (--from), and its human view names the portal', async () => {
    lab = new Lab('inet')
    const portal = INTERNET_SCENARIOS.find(scenario => scenario.verdict === 'internet.portal')!
    await buildInternet(lab, certificates, portal.options)
    await portal.build?.(lab)
    const file = join(lab.tempDir(), 'snapshot.json')
    const config = lab.tempDir()
    const env = `env NODE_EXTRA_CA_CERTS=${certificates.ca} XDG_CONFIG_HOME=${config}`.split(' ')
    mkdirSync(join(config, 'netdoc'))
    copyFileSync(endpoints, join(config, 'netdoc', 'endpoints.json'))
    const taken = await lab.try('pc', [...env, process.execPath, NETDOC_BIN, 'snapshot', '--internet', '--timeout', '4', '-o', file])
    expect(taken.code, taken.stderr).toBe(0)
    const live = await lab.try('pc', [...env, process.execPath, NETDOC_BIN, 'internet', '--json'])
    const replayed = await lab.try('pc', [process.execPath, NETDOC_BIN, 'internet', '--from', file])
    expect(jsonOf<InternetJson & {endpoints: string}>(live)).toMatchObject({
      endpoints: join(config, 'netdoc', 'endpoints.json'),
      verdict: {id: 'internet.portal'},
    })
    expect(replayed.code).toBe(1)
    expect(replayed.stdout.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^PROBLEM +A captive portal holds the connection: log in at ${NET.portalLogin.replace(/[./]/g, '\\$&')} +\\[internet\\.portal\\]$`,
        ),
      ),
      'Connectivity: portal',
    ])
  }, 30_000)
})
