// `netdoc internet` in the internet lab: each scenario on real kernel stacks, with the verdict and state it must reach.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {mkdtempSync, rmSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {INTERNET_SCENARIOS, buildInternet, internetArgv, makeCertificates, writeEndpoints, type Certificates, type InternetJson} from '../lab/internet.js'
import {jsonOf} from '../support/cli.js'

describe.skipIf(!canBuildLabs())('netdoc internet in the lab', () => {
  let lab: Lab | null = null
  let dir = ''
  let certificates: Certificates
  let endpoints = ''

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ndinet-certs-'))
    execFileSync('chmod', ['755', dir])
    certificates = makeCertificates(dir)
    endpoints = writeEndpoints(dir)
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
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
      expect(report.verdict.id, `${report.verdict.title}\n${report.verdict.evidence.join('\n')}\n${JSON.stringify(report.probes, null, 1)}`).toBe(scenario.verdict)
      expect(report.state).toBe(scenario.state)
      expect(result.code).toBe(scenario.verdict === 'internet.ok' ? 0 : 1)
      expect(ms, 'every verdict within the 4 s --timeout (and the start-up)').toBeLessThan(5000)
      if (scenario.verdict === 'internet.ok') expect(ms, 'a healthy run').toBeLessThan(1500)
    }, 30_000)
  }
})
