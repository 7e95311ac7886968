// netdoc wifi on recorded trees of real machines' output (each tree's README names its source): the collector reads them through
// the host's runner and files, the report reaches the verdict the posted output supports, and a redacted snapshot keeps it.
import {describe, expect, it} from 'vitest'
import {collectWifi} from '../../../src/capabilities/wifi/collect.js'
import {wifiReport} from '../../../src/capabilities/wifi/report.js'
import {recordedHost} from '../../../src/host/host.js'
import {redactSnapshot} from '../../../src/redact/snapshot.js'
import {emptySnapshot, type Gap, type Snapshot} from '../../../src/snapshot/snapshot.js'
import {fixtureTree} from '../../support/cli.js'

async function snapshotOf(name: string): Promise<Snapshot> {
  const gaps: Gap[] = []
  const wifi = await collectWifi(recordedHost(fixtureTree(name)), gaps)
  return {...emptySnapshot(), gaps: gaps.map(gap => ({...gap, section: 'wifi'})), wifi}
}

const CASES: [string, string, RegExp][] = [
  ['wifi-healthy-5ghz-ax', 'wifi.ok', /good signal \(-61 dBm, 5 GHz channel 120\)/],
  ['wifi-wep', 'wifi.insecure', /WEP/],
  ['wifi-open-guest-scan', 'wifi.insecure', /"GoogleGuest" is open/],
  ['wifi-disconnects-reason-16', 'wifi.roaming-drops', /8 times this boot, mostly reason 16 \(group key handshake timeout/],
  ['wifi-rfkill-hard-block', 'wifi.blocked', /hardware switch or the Fn key/],
  ['wifi-no-signal', 'netdoc.undetermined', /could not decide whether the Wi-Fi signal of wlan1/],
  ['wifi-not-connected-before-joining', 'wifi.not-associated', /^wlan0 is not connected to a Wi-Fi network$/],
  // Real low tx rates that are no slow link: just joined (3 packets sent), and drivers' placeholders beside VHT and HE rx rates.
  ['wifi-just-joined-1mbit', 'wifi.ok', /"1702" with a good signal \(-35 dBm, 2.4 GHz channel 7\)/],
  ['wifi-wcn36xx-placeholder-tx-rate', 'wifi.ok', /good signal \(-27 dBm, 5 GHz channel 60\)/],
  ['wifi-mt7921-6ghz-tx-rate', 'wifi.ok', /"Maverick6g" with a good signal \(-49 dBm, 6 GHz channel 33\)/],
  // brcmfmac prints a bare 180.0 MBit/s: no 802.11a/b/g rate, so no standard and no best rate to call it slow against.
  ['wifi-brcmfmac-rate-without-mcs', 'wifi.ok', /wlan0 is connected with a good signal \(-51 dBm, 5 GHz channel 44\)/],
]

describe('netdoc wifi on recorded machines', () => {
  for (const [tree, id, title] of CASES)
    it(`${tree}: ${id}`, async () => {
      const report = wifiReport(await snapshotOf(tree))
      expect(report.verdict?.id).toBe(id)
      expect(report.verdict?.title).toMatch(title)
    })

  it('a bare rate that is no 802.11a/b/g rate names no standard: none claimed, no best rate, and the advice says why', async () => {
    const report = wifiReport(await snapshotOf('wifi-brcmfmac-rate-without-mcs'))
    expect(report.ports.map(port => [port.txBitrate, port.standard, port.maxBitrate])).toEqual([[180, null, null]])
    expect(report.verdict?.next).toEqual([expect.stringMatching(/gives its rate without the standard/)])
  })

  it('reads the port from sysfs when iw dev was not recorded, and lists what it could not read', async () => {
    const report = wifiReport(await snapshotOf('wifi-healthy-5ghz-ax'))
    expect(report.ports.map(port => [port.port, port.band, port.channel, port.standard, port.maxBitrate])).toEqual([
      ['wlp2s0', '5 GHz', 120, 'Wi-Fi 6 (802.11ax)', 1201],
    ])
    expect(report.notChecked.map(gap => gap.fact)).toContain('wlp2s0: networks nearby (cached scan)')
  })

  it('counts radios, not networks, on the guest scan: not crowded, channel 1 the freest', async () => {
    const report = wifiReport(await snapshotOf('wifi-open-guest-scan'))
    expect(report.findings.map(finding => finding.id)).not.toContain('wifi.crowded-channel')
    expect(report.ports[0]!.neighbours).toEqual({sharingChannel: 2, bestChannel: 1, bestChannelSharing: 1, seen: 8})
  })

  it('not connected with no log recorded: says the last failure is not known, not that the log holds none', async () => {
    const report = wifiReport(await snapshotOf('wifi-not-connected-before-joining'))
    expect(report.verdict?.evidence).toEqual([
      'iw dev wlan0 link: not connected',
      'the log of this boot could not be read, so the last failure is not known',
    ])
  })

  it('a hard block quiets "not connected" (its cause)', async () => {
    const report = wifiReport(await snapshotOf('wifi-rfkill-hard-block'))
    expect(report.findings.map(finding => finding.id)).toEqual(['wifi.blocked'])
  })

  it('waits a second between readings through the host, and only for a link with a signal (no trend to wait for otherwise)', async () => {
    const waits = async (tree: string) => {
      const asked: number[] = []
      const host = {...recordedHost(fixtureTree(tree)), sleep: async (ms: number) => void asked.push(ms)}
      const wifi = await collectWifi(host, [], 3)
      return {asked, readings: wifi.ports.map(port => port.samples.length)}
    }
    expect(await waits('wifi-healthy-5ghz-ax')).toEqual({asked: [1000, 1000], readings: [2]})
    expect(await waits('wifi-no-signal')).toEqual({asked: [], readings: [0]})
    expect(await waits('wifi-rfkill-hard-block')).toEqual({asked: [], readings: [0]})
  })

  it('--redact masks SSIDs and BSSIDs in the recorded outputs and keeps every verdict', async () => {
    for (const [tree, id] of CASES) {
      const snapshot = await snapshotOf(tree)
      const result = await redactSnapshot(snapshot, [])
      if (!result.ok) throw new Error(result.error)
      const text = JSON.stringify(result.snapshot)
      for (const secret of ['example-home', 'FirstFloorBGN', 'GoogleGuest', '00:24:01:6a:3f:26', 'e0:63:da:18:43:db', '94:b4:0f:f1:3a:e1'])
        expect(text, `${tree}: ${secret}`).not.toContain(secret)
      expect(wifiReport(result.snapshot).verdict?.id, tree).toBe(id)
    }
  })
})
