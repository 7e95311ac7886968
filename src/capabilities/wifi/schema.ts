// The schema of a snapshot's wifi section (zod), checked when a snapshot file is replayed with --from; the types of
// src/capabilities/wifi/facts.ts are derived from it. Command output is kept whole and parsed again when the report is built, so
// a replay reads exactly what the machine printed, and --redact masks SSIDs and BSSIDs in it as in any log.
import {z} from 'zod'

import {nullableString, strings} from '../../snapshot/schema-parts.js'

/** commandText is what one command printed (null when it could not run), and why not. */
export const commandText = z.object({text: nullableString, problem: nullableString})

/** wifiPortFacts is one wireless port and the outputs read about it. */
export const wifiPortFacts = z.object({
  port: z.string(),
  /** link is `iw dev PORT link`. */
  link: commandText,
  /** station is `iw dev PORT station dump`: on a client, the access point's counters. */
  station: commandText,
  /** scan is `iw dev PORT scan dump`: the networks of the last scan, kept by the kernel (nothing is sent to read it). */
  scan: commandText,
  /** wpa is `wpa_cli -i PORT status` (needs the supplicant's control socket: root or the netdev group). */
  wpa: commandText,
  /** wpaScan is `wpa_cli -i PORT scan_results`: the supplicant's cached scan, asked only where `wpa` answered (absent from older
   * snapshots). */
  wpaScan: commandText.default({text: null, problem: 'not read by the netdoc that took this snapshot'}),
  /** samples are the further readings of `iw dev PORT link`, a second apart after `link` (none when one reading was asked for). */
  samples: z.array(commandText).default([]),
  /** wirelessSamples are the further readings of /proc/net/wireless (the whole file, null when unreadable), a second apart, taken
   * instead of `samples` where `iw dev PORT link` could not be read but the file gave the port's signal (a machine without iw). */
  wirelessSamples: z.array(nullableString).default([]),
})

/** accessPointMaker is the maker of an access point's BSSID by its OUI (null: unknown, or a locally administered address). */
export const accessPointMaker = z.object({bssid: z.string(), maker: nullableString})

/** radioSwitch is one rfkill switch of /sys/class/rfkill (or `rfkill list`). */
export const radioSwitch = z.object({name: z.string(), type: z.string(), soft: z.boolean(), hard: z.boolean()})

/** wifiSchema validates the wifi section. */
export const wifiSchema = z.object({
  /** iwDev is `iw dev`, the wireless ports (also those without a link). */
  iwDev: commandText,
  ports: z.array(wifiPortFacts),
  rfkill: z.array(radioSwitch),
  /** procWireless is /proc/net/wireless, null when unreadable (a kernel without wireless extensions' compatibility). */
  procWireless: nullableString,
  /** regulatory is `iw reg get`. */
  regulatory: commandText,
  /** nmcli is `nmcli -t -f IN-USE,BSSID,SSID,CHAN,FREQ,SIGNAL,SECURITY dev wifi list --rescan no` where NetworkManager runs. */
  nmcli: commandText,
  /** log holds the journal's (or syslog's) Wi-Fi lines of this boot: disconnects, refusals, NetworkManager state changes. */
  log: strings,
  /** logSource says where they came from (`journalctl`, `/var/log/syslog`), null when no log was read. */
  logSource: nullableString,
  /** makers name the makers of the access points the ports are joined to, looked up when collected (the OUI database is the
   * machine's). */
  makers: z.array(accessPointMaker).default([]),
})
