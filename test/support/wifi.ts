// Snapshots with a wifi section for the wifi rules' tables: one port (wlan0) and the outputs read about it, as iw prints them.
import type {WifiFacts} from '../../src/capabilities/wifi/facts.js'
import {emptySnapshot} from '../../src/snapshot/snapshot.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

const NONE = {text: null, problem: 'not recorded'}

/** WifiOutputs are the texts of one port's commands and the section's other facts; what is left out was not read. */
export interface WifiOutputs {
  link?: string
  station?: string
  scan?: string
  wpa?: string
  /** wpaScan is `wpa_cli -i wlan0 scan_results`. */
  wpaScan?: string
  rfkill?: WifiFacts['rfkill']
  log?: string[]
  /** samples are the further readings of `iw dev wlan0 link`, a second apart. */
  samples?: string[]
  /** procWireless is /proc/net/wireless; wirelessSamples its further readings, a second apart. */
  procWireless?: string
  wirelessSamples?: string[]
  nmcli?: string
  makers?: WifiFacts['makers']
}

/** wifiSnapshot is a snapshot whose wifi section holds wlan0 with these outputs. */
export function wifiSnapshot(outputs: WifiOutputs): Snapshot {
  const text = (value: string | undefined) => (value === undefined ? NONE : {text: value, problem: null})
  return {
    ...emptySnapshot(),
    wifi: {
      iwDev: NONE,
      ports: [
        {
          port: 'wlan0',
          link: text(outputs.link),
          station: text(outputs.station),
          scan: text(outputs.scan),
          wpa: text(outputs.wpa),
          wpaScan: text(outputs.wpaScan),
          samples: (outputs.samples ?? []).map(text),
          wirelessSamples: outputs.wirelessSamples ?? [],
        },
      ],
      rfkill: outputs.rfkill ?? [],
      procWireless: outputs.procWireless ?? null,
      regulatory: NONE,
      nmcli: text(outputs.nmcli),
      log: outputs.log ?? [],
      logSource: outputs.log ? 'journalctl' : null,
      makers: outputs.makers ?? [],
    },
  }
}

/** link is `iw dev wlan0 link` for an access point at this frequency, signal and transmit rate. */
export function link(
  freq: number,
  signal: number | string,
  tx = '866.7 MBit/s VHT-MCS 9 80MHz short GI VHT-NSS 2',
  bssid = '02:00:5e:00:53:01',
): string {
  return `Connected to ${bssid} (on wlan0)\n\tSSID: home\n\tfreq: ${freq}\n\tsignal: ${signal} dBm\n\ttx bitrate: ${tx}\n`
}

/** bss is one BSS of a scan. */
export function bss(bssid: string, freq: number, signal: number, security: 'open' | 'wep' | 'tkip' | 'wpa2' = 'wpa2'): string {
  const privacy = security === 'open' ? 'ESS ShortSlotTime (0x0401)' : 'ESS Privacy ShortSlotTime (0x0411)'
  const rsn = security === 'wpa2' ? '\tRSN:\t * Version: 1\n\t\t * Pairwise ciphers: CCMP\n\t\t * Authentication suites: PSK\n' : ''
  const wpa = security === 'tkip' ? '\tWPA:\t * Version: 1\n\t\t * Pairwise ciphers: TKIP\n\t\t * Authentication suites: PSK\n' : ''
  return `BSS ${bssid}(on wlan0)\n\tfreq: ${freq}\n\tcapability: ${privacy}\n\tsignal: ${signal}.00 dBm\n\tSSID: net-${bssid.slice(-2)}\n${rsn}${wpa}`
}

/** disconnect is a journal line of wpa_supplicant's disconnect with this reason. */
export function disconnect(reason: number, bssid = '02:00:5e:00:53:01'): string {
  return `2024-08-03T15:38:01+0200 host wpa_supplicant[563]: wlan0: CTRL-EVENT-DISCONNECTED bssid=${bssid} reason=${reason}`
}

/** procWireless is /proc/net/wireless with wlan0 at this signal level (the kernel's layout). */
export function procWireless(level: number): string {
  return `Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE
 face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22
 wlan0: 0000   ${level + 110}.  ${level}.  -256        0      0      0      0      0        0
`
}
