// `netdoc wifi`: signal, band and channel, security, the neighbourhood, and why the connection keeps dropping.
import {countFlag} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {WifiReport} from '../src/capabilities/wifi/report.js'

/** Wifi says how good this machine's Wi-Fi connection is, and the one thing wrong with it. */
export default class Wifi extends NetdocCommand {
  static override summary = 'The Wi-Fi connection: signal, band and channel, security, crowded channels, and why it keeps dropping.'
  static override description = `One row per wireless port: connected or not (or switched off by rfkill), the network (SSID, access point), band and channel, the signal as bars and in dBm (and its trend over --samples readings a second apart), the access point's maker, the transmit rate and standard (Wi-Fi 4/5/6/7), and the security (open, WEP, WPA/TKIP, WPA2, WPA3).
Then the station counters (packets sent, retried, failed; beacons lost), the neighbourhood of the last scan the kernel kept (nothing is sent: \`iw dev PORT scan dump\`, \`nmcli dev wifi list --rescan no\`), this boot's disconnects named by their IEEE 802.11 reason codes (from the journal or syslog), and the regulatory domain.
Then one verdict, e.g. "the signal is weak (-78 dBm on 5 GHz): move closer; 5 GHz falls off faster through walls", "the Wi-Fi is switched off by a hardware switch", "disconnected 7 times, mostly reason 16 (group key handshake timeout)", or "6 other networks share channel 6; channel 11 has 1". Signal thresholds: -70 dBm and better is good, below -70 weak, below -80 very weak.

Reads \`iw\`, \`wpa_cli status\` and \`scan_results\` (need access to wpa_supplicant's socket: root or the netdev group), \`nmcli\`, /proc/net/wireless, /sys/class/rfkill and the journal; with NETDOC_ROOT set, a recorded tree instead. Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> wifi', description: 'How good the Wi-Fi is, and what is wrong with it.'},
    {command: '<%= config.bin %> wifi --samples 10', description: 'Watch the signal for ten seconds (walk around with the laptop).'},
    {command: '<%= config.bin %> wifi --json', description: 'The report as JSON (stable contract; see the README).'},
    {command: '<%= config.bin %> wifi --from snapshot.json', description: 'Replay a snapshot a volunteer sent (see `netdoc snapshot`).'},
    {
      command: 'NETDOC_ROOT=./machine-tree <%= config.bin %> wifi',
      description: 'Read a recorded tree (commands/iw_dev_wlan0_link…) instead of this machine.',
    },
  ]
  static override flags = {
    ...replayFlags,
    samples: countFlag({
      description:
        "Read each link's signal this many times, a second apart, to show its trend (\"-71 → -78 dBm, falling\"); 1 reads it once. `doctor` and `report` read it once (no extra seconds). The readings are iw's (`iw dev PORT link`), or /proc/net/wireless' on a machine without iw. A recorded tree replays its readings (commands/iw_dev_PORT_link, then iw_dev_PORT_link.2, .3…; proc/net/wireless, .2, .3…) without waiting.",
      default: 3,
      min: 1,
      max: 30,
    }),
  }

  async run(): Promise<WifiReport> {
    const {flags} = await this.parse(Wifi)
    const {collectSnapshot} = await import('../src/collect/snapshot.js')
    const {wifiReport} = await import('../src/capabilities/wifi/report.js')
    const {renderWifi} = await import('../src/capabilities/wifi/render.js')
    const snapshot = await this.obtainSnapshot(flags.from, ['wifi'], () => collectSnapshot(['wifi'], {wifi: {samples: flags.samples}}))
    return this.finish(wifiReport(snapshot), renderWifi)
  }
}
