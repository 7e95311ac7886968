import {it} from 'vitest'
import {mkdtempSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Lab} from '../lab/lab.js'
import {INTERNET_SCENARIOS, buildInternet, internetArgv, makeCertificates, writeEndpoints} from '../lab/internet.js'

it('prints', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ndinet-certs-'))
  execFileSync('chmod', ['755', dir])
  const certificates = makeCertificates(dir)
  const endpoints = writeEndpoints(dir)
  for (const name of (process.env.SCEN ?? 'healthy').split(',')) {
    const scenario = INTERNET_SCENARIOS.find(s => s.name.startsWith(name))!
    const lab = new Lab('inet')
    try {
      await buildInternet(lab, certificates, scenario.options)
      await scenario.build?.(lab)
      const result = await lab.try('pc', internetArgv(scenario, certificates, endpoints, process.env.VERB ? ['--verbose'] : []))
      console.log(`=== ${scenario.name} (exit ${result.code})\n${result.stdout}${result.stderr}`)
    } finally {
      lab.destroy()
    }
  }
}, 120_000)
