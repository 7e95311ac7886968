// whyNoPingReport: the verdict is the most specific root cause when causes compete, symptoms stay quiet, and the path picture marks each step.
import {describe, expect, it} from 'vitest'
import {UNDETERMINED_ID, whyNoPingReport} from '../../../src/capabilities/ping/report.js'
import {
  arped,
  dnsAnswer,
  knocked,
  neighbour,
  office,
  officePort,
  officeRoutes,
  pingFacts,
  pinged,
  resolved,
  routeTo,
  ROUTER,
} from '../../support/ping.js'

const server = '192.168.1.20'
const remote = '10.60.0.5'
const nobody = {
  uid: 65534,
  gids: [65534],
  netRaw: false,
  groupRange: [1, 0] as [number, number],
  program: '/usr/bin/ping',
  capabilities: '',
  setuid: false,
}
const ids = (report: ReturnType<typeof whyNoPingReport>) => report.findings.map(f => f.id)

describe('the verdict when causes compete', () => {
  it('no link beats the DNS server that cannot answer (no DNS blame without a cable)', () => {
    const report = whyNoPingReport(
      office(
        pingFacts('server.lan', {
          resolution: resolved('server.lan', [dnsAnswer(ROUTER, 'server.lan', 'no-answer')]),
          routes: [routeTo(ROUTER)],
        }),
        {
          ports: [officePort({carrier: false})],
          routes: officeRoutes({linkdown: true}),
        },
      ),
    )
    expect(report.verdict.id).toBe('local.no-carrier')
    expect(ids(report)).not.toContain('dns.no-answer')
  })

  it('no link quiets the silent target behind it, whatever each finding is about', () => {
    const report = whyNoPingReport(
      office(
        pingFacts(server, {
          routes: [routeTo(server)],
          ping: pinged(server, 'no-reply'),
          neighbours: [neighbour(server, 'INCOMPLETE')],
          tcp: knocked('timeout'),
        }),
        {
          ports: [officePort({carrier: false})],
        },
      ),
    )
    expect(ids(report)).toEqual(['local.no-carrier'])
  })

  it('a dead gateway beats the silent DNS server behind it', () => {
    const report = whyNoPingReport(
      office(
        pingFacts('nas.example', {
          resolution: resolved('nas.example', [dnsAnswer('10.0.0.53', 'nas.example', 'no-answer')]),
          routes: [routeTo('10.0.0.53', {gateway: ROUTER})],
          arp: [arped(ROUTER)],
        }),
      ),
    )
    expect(report.verdict.id).toBe('gateway.unreachable')
    expect(ids(report)).toEqual(['gateway.unreachable'])
  })

  it('a self-assigned address beats the missing route it causes', () => {
    const report = whyNoPingReport(
      office(
        pingFacts(server, {
          routes: [routeTo(server, {error: 'Network is unreachable'})],
          ping: pinged(server, 'unreachable', {line: 'ping: connect: Network is unreachable'}),
        }),
        {
          ports: [officePort({addresses: ['169.254.7.7/16']})],
          routes: [],
        },
      ),
    )
    expect(report.verdict.id).toBe('local.no-address')
    expect(ids(report)).not.toContain('local.no-route')
  })

  it('two MACs on the address beat the replies ping got', () => {
    const report = whyNoPingReport(
      office(
        pingFacts(server, {
          routes: [routeTo(server)],
          ping: pinged(server, 'reply'),
          arp: [arped(server, ['aa:aa:aa:00:00:01', 'bb:bb:bb:00:00:02'])],
        }),
      ),
    )
    expect(report.verdict.id).toBe('target.ip-conflict')
    expect(ids(report)).toEqual(['target.ip-conflict', 'target.reachable'])
  })

  it('unprivileged and the target is gone: the neighbour table decides, the refused ping is listed too', () => {
    const report = whyNoPingReport(
      office(
        pingFacts('192.168.1.99', {
          routes: [routeTo('192.168.1.99')],
          ping: pinged('192.168.1.99', 'not-permitted'),
          permission: nobody,
          neighbours: [neighbour('192.168.1.99', 'FAILED')],
          tcp: knocked('timeout'),
        }),
      ),
    )
    expect(report.verdict.id).toBe('target.no-arp-reply')
    expect(ids(report)).toEqual(['target.no-arp-reply', 'ping.not-permitted'])
  })

  it('unprivileged and the target is there: the refused ping is the verdict', () => {
    const report = whyNoPingReport(
      office(
        pingFacts(server, {routes: [routeTo(server)], ping: pinged(server, 'not-permitted'), permission: nobody, tcp: knocked('refused')}),
      ),
    )
    expect(report.verdict.id).toBe('ping.not-permitted')
  })

  it('a dead gateway silences a private target that merely looks like an old subnet', () => {
    const report = whyNoPingReport(
      office(
        pingFacts('192.168.0.10', {
          routes: [routeTo('192.168.0.10', {gateway: ROUTER})],
          ping: pinged('192.168.0.10', 'no-reply'),
          arp: [arped(ROUTER), arped('192.168.0.10')],
        }),
      ),
    )
    expect(ids(report)).toEqual(['gateway.unreachable'])
  })

  it('a dead gateway still comes first when a stale device also answers ARP on the cable, which stays listed', () => {
    const report = whyNoPingReport(
      office(
        pingFacts('192.168.0.10', {
          routes: [routeTo('192.168.0.10', {gateway: ROUTER})],
          ping: pinged('192.168.0.10', 'no-reply'),
          arp: [arped(ROUTER), arped('192.168.0.10', ['b8:27:eb:00:00:10'])],
        }),
      ),
    )
    expect(ids(report)).toEqual(['gateway.unreachable', 'target.wrong-subnet'])
  })

  it('the last resort stays quiet whenever a specific cause is found', () => {
    const report = whyNoPingReport(
      office(pingFacts(server, {routes: [routeTo(server)], ping: pinged(server, 'no-reply'), arp: [arped(server, ['aa:aa:aa:00:00:01'])]})),
    )
    expect(ids(report)).toEqual(['target.icmp-blocked'])
  })

  it('says it could not decide, and why, when no rule fired', () => {
    const snapshot = office(pingFacts(server, {routes: [routeTo(server)]}))
    snapshot.gaps.push({fact: 'ping', reason: 'the --timeout left no time to ping'})
    const report = whyNoPingReport(snapshot)
    expect(report.verdict).toMatchObject({
      id: UNDETERMINED_ID,
      evidence: [
        'ping did not run',
        'ip route get 192.168.1.20: dev eth0 (on the local subnet, no gateway)',
        'not checked: ping: the --timeout left no time to ping',
      ],
    })
    expect(report.findings[0]).toBe(report.verdict)
  })

  it('says what was seen and what would decide, for a silent target in a netmask wider than the LAN', () => {
    const far = '192.168.61.20'
    const snapshot = office(pingFacts(far, {routes: [routeTo(far)], ping: pinged(far, 'no-reply'), arp: [arped(far)]}), {
      ports: [officePort({addresses: ['192.168.1.10/16']})],
    })
    const report = whyNoPingReport(snapshot)
    expect(report.verdict.id).toBe(UNDETERMINED_ID)
    expect(report.verdict.evidence.join('\n')).toMatch(
      /192\.168\.61\.20 lies in this machine's subnet 192\.168\.0\.0\/16 on eth0, which is wider than a home LAN's \/24/,
    )
    expect(report.verdict.next[0]).toMatch(/on a \/24 LAN the address is 192\.168\.1\.10\/24/)
  })
})

describe('the path picture', () => {
  const steps = (report: ReturnType<typeof whyNoPingReport>) => report.path.map(step => `${step.label}: ${step.status}`)

  it('an on-link target that answers: no gateway on the path', () => {
    const report = whyNoPingReport(office(pingFacts(server, {routes: [routeTo(server)], ping: pinged(server, 'reply')})))
    expect(steps(report)).toEqual(['this machine: ok', 'port eth0: ok', 'gateway: not used', 'target 192.168.1.20: ok'])
  })

  it('a remote target behind a silent gateway', () => {
    const report = whyNoPingReport(
      office(pingFacts(remote, {routes: [routeTo(remote, {gateway: ROUTER})], ping: pinged(remote, 'no-reply'), arp: [arped(ROUTER)]})),
    )
    expect(steps(report)).toEqual(['this machine: ok', 'port eth0: ok', 'gateway 192.168.1.1: failed', 'target 10.60.0.5: failed'])
  })

  it('a name adds a DNS step, and an unplugged port fails', () => {
    const report = whyNoPingReport(
      office(
        pingFacts('nas', {
          address: server,
          resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas.lan', 'answered', [server])]),
          routes: [routeTo(server)],
          ping: pinged(server, 'no-reply'),
        }),
        {
          ports: [officePort({carrier: false})],
        },
      ),
    )
    expect(steps(report)).toEqual([
      'this machine: failed',
      'port eth0: failed',
      'DNS: ok',
      'gateway: not used',
      'target nas (192.168.1.20): failed',
    ])
  })

  it('an IPv6 target: the machine step shows the IPv6 address, a silent gateway fails by neighbour discovery', () => {
    const v6remote = '2001:db8:60::5'
    const v6router = 'fd00:1::1'
    const report = whyNoPingReport(
      office(
        pingFacts(v6remote, {
          routes: [routeTo(v6remote, {gateway: v6router})],
          ping: pinged(v6remote, 'no-reply'),
          neighbours: [neighbour(v6router, 'FAILED')],
        }),
        {
          ports: [officePort({addresses: ['192.168.1.10/24', 'fd00:1::10/64', 'fe80::10/64']})],
        },
      ),
    )
    expect(report.path.map(step => `${step.label}: ${step.status} (${step.detail})`)).toEqual([
      'this machine: ok (fd00:1::10/64 on eth0)',
      'port eth0: ok (link up)',
      'gateway fd00:1::1: failed (no neighbour discovery reply)',
      'target 2001:db8:60::5: failed (no answer (no-reply))',
    ])
    expect(report.verdict.id).toBe('gateway.unreachable')
    expect(report.verdict.evidence).toContain(
      "the kernel's neighbour table: fd00:1::1 on eth0 is FAILED (no MAC: neighbour discovery got no answer)",
    )
  })

  it('an IPv6 target from a machine with only fe80:: addresses: the machine step says so', () => {
    const v6server = 'fd00:1::20'
    const report = whyNoPingReport(
      office(pingFacts(v6server, {routes: [routeTo(v6server, {error: 'Network is unreachable'})], ping: pinged(v6server, 'unreachable')}), {
        ports: [officePort({addresses: ['192.168.1.10/24', 'fe80::10/64']})],
      }),
    )
    expect(report.path[0]).toEqual({
      step: 'machine',
      label: 'this machine',
      status: 'failed',
      detail: 'no IPv6 address beyond the link (fe80::)',
    })
  })

  it('marks what could not be checked', () => {
    const report = whyNoPingReport(
      office(pingFacts(remote, {routes: [routeTo(remote, {gateway: ROUTER})], ping: pinged(remote, 'not-permitted'), permission: nobody})),
    )
    expect(steps(report)).toEqual([
      'this machine: ok',
      'port eth0: ok',
      'gateway 192.168.1.1: not checked',
      'target 10.60.0.5: not checked',
    ])
  })
})
