// `netdoc wifi` on recorded trees of real machines' output (NETDOC_ROOT; each tree's README names the page it was posted on):
// the verdict, the JSON contract's new fields (maker, samples, trend, retries), the exit code, and --redact keeping the maker.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {WifiReport} from '../../src/capabilities/wifi/report.js'
import {fixtureTree, jsonOf, runNetdoc} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-wifi-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function wifi(tree: string, args: string[] = []): Promise<{code: number; report: WifiReport; stderr: string}> {
  const result = await runNetdoc(['wifi', '--json', ...args], {NETDOC_ROOT: fixtureTree(tree)})
  return {code: result.code, report: jsonOf<WifiReport>(result), stderr: result.stderr}
}

describe('netdoc wifi on recorded machines', () => {
  it('wifi-weak-2ghz: a station dump at -72 dBm is a weak signal, with no band claimed (the output names none)', async () => {
    const {code, report, stderr} = await wifi('wifi-weak-2ghz')
    expect([code, stderr]).toEqual([1, ''])
    expect(report.verdict).toMatchObject({id: 'wifi.weak-signal', severity: 'warning', subject: 'wlan0'})
    expect(report.verdict?.title).toBe('wlan0: the signal from the access point is weak (-72 dBm)')
    expect(report.verdict?.evidence[0]).toMatch(/^iw dev wlan0 station dump \(signal avg\): signal -72 dBm/)
    expect(report.verdict?.evidence.join('\n')).not.toMatch(/retries/)
    expect(report.ports[0]).toMatchObject({
      associated: true,
      bssid: 'dc:1a:41:b6:1c:56',
      maker: null,
      band: null,
      retries: {txPackets: 4490, txRetries: 0, txFailed: 0, beaconLoss: null},
      samples: [],
      trend: null,
    })
    const text = await runNetdoc(['wifi'], {NETDOC_ROOT: fixtureTree('wifi-weak-2ghz')})
    expect(text.stdout).toContain('wlan0: station counters: tx retries 0 of 4490 packets (0%), 0 failed')
  })

  it("wifi-weak-2ghz-crowded: -85 dBm on channel 2 is the verdict, and wpa_supplicant's cached scan shows the channel crowded", async () => {
    const {code, report, stderr} = await wifi('wifi-weak-2ghz-crowded')
    expect([code, stderr]).toEqual([1, ''])
    expect(report.verdict).toMatchObject({
      id: 'wifi.weak-signal',
      severity: 'error',
      title: 'wlan0: the signal from the access point is weak (-85 dBm on 2.4 GHz)',
    })
    const crowded = report.findings.find(finding => finding.id === 'wifi.crowded-channel')
    expect(crowded?.title).toBe('wlan0: 4 other networks share channel 2 (2.4 GHz); channel 6 has 3')
    expect(crowded?.evidence[0]).toBe(
      'wpa_cli -i wlan0 scan_results: 4 networks heard above -85 dBm on channel 2 or a channel overlapping it',
    )
    expect(crowded?.evidence.slice(1, 5).map(line => line.trim().split(' ')[0])).toEqual([
      'MicroPython-dd6717',
      'Porebrick',
      'compulab-guest',
      'pfsense',
    ])
    expect(crowded?.next[0]).toBe('Set the router\'s Wi-Fi channel to 6 (instead of "auto" or 2).')
    expect(report.ports[0]).toMatchObject({
      associated: true,
      band: '2.4 GHz',
      channel: 2,
      signal: -85,
      security: 'wpa2',
      securitySource: 'wpa_cli status',
      neighbours: {sharingChannel: 4, bestChannel: 6, bestChannelSharing: 3, seen: 10},
    })
  })

  it("wifi-scan-associated-5ghz: the scan's associated BSS is the link; a crowded 2.4 GHz band is not its channel", async () => {
    const {code, report} = await wifi('wifi-scan-associated-5ghz')
    expect(code).toBe(0)
    expect(report.verdict).toMatchObject({
      id: 'wifi.ok',
      title: 'wlan0 is connected to "UPCCDB29F5" with a good signal (-30 dBm, 5 GHz channel 36)',
    })
    expect(report.findings.map(finding => finding.id)).not.toContain('wifi.crowded-channel')
    expect(report.ports[0]).toMatchObject({
      associated: true,
      bssid: 'ac:22:05:e6:ff:24',
      maker: 'Compal Broadband Networks, Inc.',
      security: 'wpa2',
      securitySource: 'iw dev wlan0 scan dump',
      signalSource: 'iw dev wlan0 scan dump (the associated BSS at the last scan)',
      neighbours: {sharingChannel: 0, bestChannel: 36, bestChannelSharing: 0, seen: 26},
    })
  })

  it("wifi-nmcli-table: NetworkManager's table as posted gives the network, its security, its strength in dBm and the maker", async () => {
    const {code, report} = await wifi('wifi-nmcli-table')
    expect(code).toBe(0)
    expect(report.verdict?.id).toBe('wifi.ok')
    expect(report.ports[0]).toMatchObject({
      associated: true,
      ssid: 'LAG',
      bssid: 'a0:39:ee:a2:fa:1f',
      maker: 'Sagemcom Broadband SAS',
      band: '5 GHz',
      channel: 112,
      signal: -40,
      signalSource: 'nmcli dev wifi list (SIGNAL 100%)',
      security: 'wpa2',
      securitySource: 'nmcli dev wifi list',
      neighbours: {sharingChannel: 0, seen: 12},
    })
  })

  it('--samples reads the link that many times (a tree that kept one reading gives it each time), 1 reads it once', async () => {
    const three = await wifi('wifi-healthy-5ghz-ax')
    expect(three.report.ports[0]).toMatchObject({signal: -61, samples: [-61, -61, -61], trend: 'steady'})
    const once = await wifi('wifi-healthy-5ghz-ax', ['--samples', '1'])
    expect(once.report.ports[0]).toMatchObject({samples: [-61], trend: null})
    const text = await runNetdoc(['wifi', '--samples', '2'], {NETDOC_ROOT: fixtureTree('wifi-healthy-5ghz-ax')})
    expect(text.stdout).toContain('-61 → -61 dBm, steady')
  })

  it('refuses a --samples that is not a whole number from 1 to 30 with one line and exit 2', async () => {
    for (const bad of ['0', '31', 'x']) {
      const result = await runNetdoc(['wifi', '--samples', bad], {NETDOC_ROOT: fixtureTree('wifi-healthy-5ghz-ax')})
      expect([result.code, result.stdout, result.stderr.trim().split('\n')]).toEqual([
        2,
        '',
        [expect.stringContaining(`--samples takes a whole number from 1 to 30, not "${bad}"`)],
      ])
    }
  })

  it('--redact masks the BSSID but keeps its maker and the verdict', async () => {
    const file = join(dir, 'scan.json')
    const made = await runNetdoc(['snapshot', '--redact', '-o', file], {NETDOC_ROOT: fixtureTree('wifi-scan-associated-5ghz')})
    expect(made.code).toBe(0)
    const replayed = await runNetdoc(['wifi', '--json', '--from', file])
    const report = jsonOf<WifiReport>(replayed)
    expect(report.verdict?.id).toBe('wifi.ok')
    expect(report.ports[0]!.maker).toBe('Compal Broadband Networks, Inc.')
    expect(report.ports[0]!.bssid).not.toBe('ac:22:05:e6:ff:24')
    expect(report.ports[0]!.bssid?.startsWith('ac:22:05:')).toBe(true)
    expect(replayed.stdout).not.toContain('UPCCDB29F5')
  })
})
