// The probes as a library (for why-no-ping and `netdoc lan`), each run inside a lab namespace through the built code.
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, PROJECT_ROOT, canBuildLabs} from '../lab/lab.js'
import {OFFICE, buildOffice} from '../lab/scenarios/why-no-ping.js'

/** probeIn calls one exported probe function of dist/src/probe/<file>.js inside a host's namespace and returns its JSON result and
 * wall time; the call names the live machine as `host` (dist/src/host/host.js's liveHost()). */
async function probeIn(lab: Lab, host: string, file: string, call: string): Promise<{value: any; ms: number}> {
  const module = pathToFileURL(join(PROJECT_ROOT, 'dist', 'src', 'probe', `${file}.js`)).href
  const hostModule = pathToFileURL(join(PROJECT_ROOT, 'dist', 'src', 'host', 'host.js')).href
  const script = `const p = await import(${JSON.stringify(module)}); const host = (await import(${JSON.stringify(hostModule)})).liveHost(); const t = performance.now(); const value = await p.${call}; console.log(JSON.stringify({value, ms: performance.now() - t}))`
  const result = await lab.try(host, [process.execPath, '--input-type=module', '-e', script])
  if (result.code !== 0) throw new Error(result.stderr)
  return jsonOf(result)
}

describe.skipIf(!canBuildLabs())('probes in the lab', () => {
  let lab: Lab
  const macOf = (host: string) => lab.run(host, ['cat', '/sys/class/net/eth0/address']).trim()

  beforeAll(async () => {
    lab = new Lab('p6')
    await buildOffice(lab)
    lab.plugIn('twin', `${OFFICE.server}/24`, OFFICE.router)
    lab.plugIn('stale', `${OFFICE.stale}/24`, OFFICE.staleGateway)
    lab.background('stale', ['ping', '-n', '-q', '-i', '0.3', OFFICE.remote])
  })
  afterAll(() => lab?.destroy())

  it('arping lists every MAC holding an address, and stops soon after the answers are in', async () => {
    const {value, ms} = await probeIn(lab, 'pc', 'arping', `arping(${JSON.stringify(OFFICE.server)}, {host, dev: 'eth0', windowMs: 1000})`)
    expect(value).toMatchObject({outcome: 'replied', dev: 'eth0'})
    expect([...value.macs].sort()).toEqual([macOf('server'), macOf('twin')].sort())
    expect(ms).toBeLessThan(900)
  })

  it('arping -D tells a taken address from a free one, asking from 0.0.0.0', async () => {
    const taken = await probeIn(
      lab,
      'pc',
      'arping',
      `arping(${JSON.stringify(OFFICE.router)}, {host, dev: 'eth0', windowMs: 1000, duplicateDetection: true})`,
    )
    const free = await probeIn(
      lab,
      'pc',
      'arping',
      `arping('192.168.60.77', {host, dev: 'eth0', windowMs: 1000, duplicateDetection: true})`,
    )
    expect(taken.value).toMatchObject({outcome: 'replied', macs: [macOf('router')]})
    expect(free.value).toMatchObject({outcome: 'no-reply', macs: []})
  })

  it('listenArp hears a host on another subnet asking for its old gateway', async () => {
    const {value} = await probeIn(lab, 'pc', 'arp-listen', `listenArp({host, devs: ['eth0'], windowMs: 2500})`)
    expect(value.problems).toEqual([])
    expect(value.listening.sightings).toContainEqual({
      op: 'request',
      senderMac: macOf('stale'),
      senderIp: OFFICE.stale,
      targetIp: OFFICE.staleGateway,
      dev: 'eth0',
    })
  })

  it('routeGet tells on-link, via the gateway, and no route apart', async () => {
    const onLink = await probeIn(lab, 'pc', 'route-get', `routeGet(host, ${JSON.stringify(OFFICE.absent)})`)
    const remote = await probeIn(lab, 'pc', 'route-get', `routeGet(host, ${JSON.stringify(OFFICE.remote)})`)
    const none = await probeIn(lab, 'remote', 'route-get', `routeGet(host, '172.16.5.5')`)
    expect(onLink.value.route).toMatchObject({dev: 'eth0', gateway: null, source: OFFICE.pc})
    expect(remote.value.route).toMatchObject({dev: 'eth0', gateway: OFFICE.router})
    expect(none.value).toEqual({
      to: '172.16.5.5',
      route: {to: '172.16.5.5', dev: 'eth0', gateway: OFFICE.routerWan, source: OFFICE.remote, kind: null, linkdown: false},
      error: null,
    })
  })

  it('resolveName applies the search suffix, and gives up on a silent server within its window', async () => {
    const found = await probeIn(lab, 'pc', 'dns', `resolveName(host, 'server', 1000)`)
    expect(found.value.resolution).toMatchObject({source: 'dns', addresses: [OFFICE.server], names: ['server.lan', 'server']})
    const silent = await probeIn(lab, 'pc', 'dns', `queryServer(host, ${JSON.stringify(OFFICE.deadDns)}, 'server.lan', 700)`)
    expect(silent.value).toMatchObject({outcome: 'no-answer', addresses: []})
    expect(silent.ms).toBeLessThan(1200)
  })

  it('tcpConnect tells a reset (the host is there) from silence', async () => {
    const reset = await probeIn(lab, 'pc', 'tcp-connect', `tcpConnect(host, ${JSON.stringify(OFFICE.remote)}, 22, 800)`)
    const silence = await probeIn(lab, 'pc', 'tcp-connect', `tcpConnect(host, '10.60.0.99', 22, 500)`)
    expect(reset.value).toMatchObject({outcome: 'refused', code: 'ECONNREFUSED'})
    expect(silence.value).toMatchObject({outcome: 'timeout', code: null})
  })

  it('readNeighbours reads the kernel table with states', async () => {
    await lab.try('pc', ['ping', '-n', '-c', '1', '-w', '1', OFFICE.router])
    const {value} = await probeIn(lab, 'pc', 'neighbours', 'readNeighbours(host)')
    expect(value.problems).toEqual([])
    expect(value.neighbours).toContainEqual(expect.objectContaining({address: OFFICE.router, dev: 'eth0', mac: macOf('router')}))
  })
})
