// redactValue over a whole snapshot: every string and data-carrying key, one mask per value across sections, nothing else touched.
import {describe, expect, it} from 'vitest'
import {fieldMatches} from '../../src/redact/fields.js'
import {createRedactor} from '../../src/redact/redactor.js'
import {validateSnapshot} from '../../src/snapshot/schema.js'

const port = (name: string, mac: string, addresses: string[]) => ({
  name,
  kind: 'onboard',
  kindEvidence: 'firmware index 1 (acpi_index)',
  virtualType: null,
  wireless: name.startsWith('wl'),
  adminUp: true,
  carrier: true,
  operstate: 'up',
  speedMbps: 1000,
  maxSpeedMbps: 1000,
  duplex: 'full',
  mac,
  driver: 'r8169',
  busId: '0000:03:00.0',
  vendorId: '0x10ec',
  deviceId: '0x8168',
  vendor: 'Realtek Semiconductor Co., Ltd.',
  model: 'RTL8111/8168/8411',
  addresses,
  carrierUpCount: 1,
  carrierDownCount: 0,
  counters: null,
})

/** snapshot is a machine on a home LAN that pinged its NAS by name; nics and ping follow src/snapshot/, radio and logs stand for sections of no schema (the wifi section has its own). */
function snapshot() {
  return {
    format: 'netdoc-snapshot',
    version: 1,
    collectedAt: '2026-11-26T10:00:00.000Z',
    gaps: [{fact: 'ping nas.smith-family.org', reason: 'needs CAP_NET_RAW: run netdoc as root (sudo) to include it'}],
    nics: {
      ports: [
        port('enp3s0', '00:e0:4c:68:12:34', ['192.168.1.10/24', '2a02:c7f:1234:5600:2e0:4cff:fe68:1234/64', 'fe80::2e0:4cff:fe68:1234/64']),
        port('wlp2s0', '3c:28:6d:c4:79:f9', ['81.2.69.142/24']),
      ],
      routes: [
        {destination: 'default', gateway: '192.168.1.1', dev: 'enp3s0', linkdown: false},
        {destination: '81.2.69.0/24', gateway: null, dev: 'wlp2s0', linkdown: false},
      ],
    },
    ping: {
      target: {input: 'nas.smith-family.org', kind: 'name'},
      address: '192.168.1.5',
      resolution: {
        name: 'nas.smith-family.org',
        source: 'dns',
        addresses: ['192.168.1.5'],
        servers: ['192.168.1.1', '8.8.8.8'],
        names: ['nas.smith-family.org'],
        answers: [
          {server: '192.168.1.1', name: 'nas.smith-family.org', outcome: 'answered', addresses: ['192.168.1.5'], ms: 3, code: null},
        ],
        hostsChecked: true,
        timeoutMs: 1200,
      },
      routes: [
        {
          to: '192.168.1.5',
          route: {to: '192.168.1.5', dev: 'enp3s0', gateway: null, source: '192.168.1.10', kind: null, linkdown: false},
          error: null,
        },
      ],
      ping: {
        address: '192.168.1.5',
        argv: ['ping', '-c', '3', '--', '192.168.1.5'],
        outcome: 'reply',
        sent: 3,
        received: 3,
        lossPercent: 0,
        rtt: {minMs: 0.4, avgMs: 0.5, maxMs: 0.6},
        line: '64 bytes from 192.168.1.5: icmp_seq=1 ttl=64 time=0.412 ms',
      },
      tcp: [{port: 22, outcome: 'open', ms: 1, code: null}],
      listening: {
        devs: ['enp3s0'],
        ms: 1200,
        sightings: [{op: 'request', senderMac: '00:11:32:50:be:d9', senderIp: '192.168.1.5', targetIp: '192.168.1.1', dev: 'enp3s0'}],
      },
      permission: {
        uid: 1000,
        gids: [1000],
        netRaw: false,
        groupRange: [0, 2147483647],
        program: '/usr/bin/ping',
        capabilities: 'cap_net_raw=ep',
        setuid: false,
      },
      arp: [
        {
          address: '192.168.1.5',
          dev: 'enp3s0',
          outcome: 'replied',
          macs: ['00:11:32:50:be:d9'],
          windowMs: 1000,
          line: 'Unicast reply from 192.168.1.5 [00:11:32:50:BE:D9]  0.611ms',
        },
      ],
      neighbours: [{address: '192.168.1.5', dev: 'enp3s0', mac: '00:11:32:50:be:d9', state: 'REACHABLE', confirmedSecondsAgo: 2}],
      probes: [
        {
          probe: 'dns',
          subject: 'nas.smith-family.org',
          outcome: 'answered',
          detail: 'nas.smith-family.org has 192.168.1.5 (from 192.168.1.1)',
          ms: 3,
        },
      ],
    },
    radio: {
      ssid: 'Kookaburra Nest',
      bssid: '24:a7:dc:1a:51:02',
      seenBy: {'24:a7:dc:1a:51:02': -61, '192.168.1.1': 'gateway', 'nas.smith-family.org': 'target'},
    },
    logs: {
      xLog: {
        path: '/home/david/.local/share/xorg/Xorg.0.log',
        text: '[    34.697] (II) modeset(G0): Manufacturer: SAM  Model: dd3  Serial#: 810635607\n',
      },
      kernelLog:
        "Jul 20 00:20:53 kestrels-mac NetworkManager[451]: <info> device (wlp2s0): Activation: starting connection 'Kookaburra Nest' (5d9c2b3a-1111-2222-3333-444455556666)\nJul 20 00:20:54 kestrels-mac kernel: r8169 0000:03:00.0 enp3s0: RTL8168h/8111h, 00:e0:4c:68:12:34, XID 541, IRQ 130\n",
    },
  }
}

describe('redactValue', () => {
  it('gives one value one mask in every field, list, log line and key of the snapshot', () => {
    const redacted = createRedactor({names: ['kestrels-mac']}).redactValue(snapshot())
    expect(redacted.nics.ports[0]?.mac).toBe('00:e0:4c:00:00:01')
    expect(redacted.logs.kernelLog).toContain('enp3s0: RTL8168h/8111h, 00:e0:4c:00:00:01, XID 541')
    expect(redacted.nics.ports[0]?.addresses).toEqual(['192.168.1.10/24', '2001:db8:1:5600:2e0:4cff:fe00:1/64', 'fe80::2e0:4cff:fe00:1/64'])
    expect(redacted.ping.neighbours[0]?.mac).toBe('00:11:32:00:00:01')
    expect(redacted.ping.listening.sightings[0]?.senderMac).toBe('00:11:32:00:00:01')
    expect(redacted.ping.arp[0]).toMatchObject({
      macs: ['00:11:32:00:00:01'],
      line: 'Unicast reply from 192.168.1.5 [00:11:32:00:00:01]  0.611ms',
    })
    expect(redacted.ping.target.input).toBe('host-2.host-3.example')
    expect(redacted.ping.resolution).toMatchObject({
      name: 'host-2.host-3.example',
      names: ['host-2.host-3.example'],
      answers: [{name: 'host-2.host-3.example'}],
    })
    expect(redacted.ping.probes[0]).toMatchObject({
      subject: 'host-2.host-3.example',
      detail: 'host-2.host-3.example has 192.168.1.5 (from 192.168.1.1)',
    })
    expect(redacted.gaps[0]?.fact).toBe('ping host-2.host-3.example')
    expect(redacted.nics.ports[1]?.addresses).toEqual(['192.0.2.142/24'])
    expect(redacted.nics.routes[1]?.destination).toBe('192.0.2.0/24')
    expect(redacted.radio).toEqual({
      ssid: 'wifi-1',
      bssid: '24:a7:dc:00:00:01',
      seenBy: {'24:a7:dc:00:00:01': -61, '192.168.1.1': 'gateway', 'host-2.host-3.example': 'target'},
    })
    expect(redacted.logs.kernelLog).toContain(
      "host-1 NetworkManager[451]: <info> device (wlp2s0): Activation: starting connection 'wifi-1'",
    )
    expect(redacted.logs.xLog).toEqual({
      path: '/home/user-1/.local/share/xorg/Xorg.0.log',
      text: '[    34.697] (II) modeset(G0): Manufacturer: SAM  Model: dd3  Serial#: 1\n',
    })
  })

  it('leaves interface names, drivers, PCI ids, models, private addresses, enums and error text as they were', () => {
    const original = snapshot()
    const redacted = createRedactor().redactValue(original)
    const {mac: _mac, addresses: _addresses, ...rest} = original.nics.ports[0]!
    expect(redacted.nics.ports[0]).toMatchObject(rest)
    expect(redacted.nics.routes[0]).toEqual(original.nics.routes[0])
    expect(redacted.ping).toMatchObject({
      address: '192.168.1.5',
      resolution: {source: 'dns', servers: ['192.168.1.1', '8.8.8.8'], addresses: ['192.168.1.5']},
    })
    for (const part of ['routes', 'ping', 'tcp', 'permission'] as const) expect(redacted.ping[part]).toEqual(original.ping[part])
    expect(redacted.gaps[0]?.reason).toBe(original.gaps[0]?.reason)
    expect(redacted.collectedAt).toBe(original.collectedAt)
  })

  it('returns a copy and leaves the snapshot it was given alone', () => {
    const original = snapshot()
    const before = JSON.stringify(original)
    createRedactor().redactValue(original)
    expect(JSON.stringify(original)).toBe(before)
  })

  it('keeps a valid snapshot valid against the snapshot schema', () => {
    const original = snapshot()
    const checked = validateSnapshot(original)
    expect(checked.ok, checked.ok ? '' : checked.error).toBe(true)
    expect(validateSnapshot(createRedactor().redactValue(original)).ok).toBe(true)
  })

  it('masks a name seen in one section also where it appears earlier in another', () => {
    const value = {
      early: 'backup to kestrels-mac failed',
      later: {hostname: 'kestrels-mac'},
      lease: {domainName: 'smith-family'},
      note: 'search smith-family',
    }
    expect(createRedactor().redactValue(value)).toEqual({
      early: 'backup to host-1 failed',
      later: {hostname: 'host-1'},
      lease: {domainName: 'host-2'},
      note: 'search host-2',
    })
  })

  it('keeps masks across calls, so a snapshot and a report made from it agree', () => {
    const redactor = createRedactor()
    const first = redactor.redactValue({mac: '00:e0:4c:68:12:34', wan: '81.2.69.142'})
    expect(redactor.redactText('r8169 enp3s0: 00:e0:4c:68:12:34 via 81.2.69.1')).toBe(`r8169 enp3s0: ${first.mac} via 192.0.2.1`)
  })
})

describe('fieldMatches', () => {
  it.each([
    [['ping', 'target', 'input'], 'target.input', true],
    [['ping', 'resolution', 'answers', 'name'], 'answers.name', true],
    [['nics', 'ports', 'name'], 'answers.name', false],
    [['nics', 'ports', 'name'], 'hostname', false],
    [['machine', 'hostname'], 'hostname', true],
    [['input'], 'target.input', false],
  ])('%j against %s is %s', (path, field, expected) => {
    expect(fieldMatches(path, field)).toBe(expected)
  })
})
