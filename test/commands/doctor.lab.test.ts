// `netdoc doctor` on a real kernel stack: a healthy office LAN, a PC left on the old router's subnet, --quick, and an ordinary
// user without CAP_NET_RAW: the verdicts of every section at once (its times are in `npm run bench doctor`).
import {afterEach, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, NETDOC_BIN, canBuildLabs} from '../lab/lab.js'
import {buildInternet, labFiles} from '../lab/internet.js'
import {buildLan, LAN} from '../lab/scenarios/lan.js'
import {UNPRIVILEGED} from '../lab/scenarios/why-no-ping.js'
import type {DoctorReport} from '../../src/report/doctor-report.js'

async function doctor(
  lab: Lab,
  args: string[] = [],
  prefix: string[] = [],
  env: string[] = [],
): Promise<{code: number; report: DoctorReport}> {
  const result = await lab.try('pc', [...prefix, 'env', ...env, process.execPath, NETDOC_BIN, 'doctor', '--json', ...args], {NO_COLOR: '1'})
  return {code: result.code, report: jsonOf<DoctorReport>(result)}
}

describe.skipIf(!canBuildLabs())('netdoc doctor in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('finds nothing wrong on a healthy LAN with a working way to the internet, the DHCP wait included', async () => {
    const {certificates, endpoints, remove} = labFiles()
    try {
      lab = new Lab('dr1')
      await buildInternet(lab, certificates)
      await lab.dnsmasq('router', {dev: 'eth0', dhcpRange: '192.168.71.100,192.168.71.150,255.255.255.0'})
      const {code, report} = await doctor(lab, ['--endpoints', endpoints], [], [`NODE_EXTRA_CA_CERTS=${certificates.ca}`])
      expect(report.findings.filter(finding => finding.severity !== 'info')).toEqual([])
      expect(code).toBe(0)
      expect(report.checked).toEqual(['internet', 'nics', 'wifi', 'lan', 'displays'])
      expect(report.notChecked.map(gap => gap.fact)).not.toContain('listening on the cable and the DHCP DISCOVER')
    } finally {
      remove()
    }
  })

  it("names the old router's subnet and the silent gateway first on a PC left behind by a router swap, and exits 1", async () => {
    lab = new Lab('dr1')
    await buildLan(lab, `${LAN.oldStatic}/24`, LAN.oldGateway, LAN.oldGateway)
    const {code, report} = await doctor(lab)
    expect(code).toBe(1)
    expect(report.findings.map(finding => finding.id)).toEqual(
      expect.arrayContaining(['lan.gateway-silent', 'lan.static-off-subnet', 'internet.no-gateway']),
    )
    expect(report.findings[0]?.severity).toBe('error')
  })

  it('with --quick skips the listening and the DHCP wait, says so, and still checks the gateway', async () => {
    lab = new Lab('dr1')
    await buildLan(lab, `${LAN.oldStatic}/24`, LAN.oldGateway, LAN.oldGateway)
    const {code, report} = await doctor(lab, ['--quick'])
    expect(code).toBe(1)
    expect(report.findings.map(finding => finding.id)).toContain('lan.gateway-silent')
    expect(report.notChecked).toContainEqual(
      expect.objectContaining({fact: 'listening on the cable and the DHCP DISCOVER', reason: expect.stringContaining('--quick')}),
    )
  })

  it('as an ordinary user without CAP_NET_RAW gives the verdicts it can and says what needs root', async () => {
    lab = new Lab('dr1')
    await buildLan(lab, `${LAN.oldStatic}/24`, LAN.oldGateway, LAN.oldGateway)
    const {code, report} = await doctor(lab, [], UNPRIVILEGED)
    expect(code).toBe(1)
    expect(report.findings.length).toBeGreaterThan(0)
    expect(report.notChecked.map(gap => gap.reason).join('\n')).toMatch(/CAP_NET_RAW|root/)
  })
})
