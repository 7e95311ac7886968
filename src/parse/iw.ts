// Parses iw's output (iw dev; iw dev X link; iw dev X station dump; iw dev X scan dump; iw reg get): the wireless ports, the link
// to the access point, its counters, the networks a scan saw and the regulatory country. Formats as iw 5.x and 6.x print them.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** WifiPort is one wireless interface `iw dev` lists. */
export interface WifiPort {
  name: string
  phy: string | null
  type: string | null
  ssid: string | null
  /** freq is the channel's frequency in MHz, null when iw shows none (not connected). */
  freq: number | null
  width: number | null
}

/** Standard is a Wi-Fi standard a rate can name. */
export type Standard = 'be' | 'ax' | 'ac' | 'n' | 'legacy'

/** LEGACY_RATES are the rates of 802.11b (1, 2, 5.5, 11) and 802.11a/g (6 to 54), in Mbit/s. */
const LEGACY_RATES = new Set([1, 2, 5.5, 11, 6, 9, 12, 18, 24, 36, 48, 54])

/** Bitrate is one `tx bitrate:` / `rx bitrate:` value: Mbit/s and the standard its MCS names (ax: HE, ac: VHT, n: MCS, be: EHT);
 * `legacy` for a rate without MCS that is an 802.11a/b/g rate, null for one that is none: a driver that prints only the number
 * (brcmfmac's `180.0 MBit/s` on 40 MHz), which names no standard. */
export interface Bitrate {
  mbps: number
  standard: Standard | null
  mcs: number | null
  nss: number | null
  widthMhz: number | null
}

/** IwLink is `iw dev X link`: connected to an access point, or not. */
export type IwLink =
  | {connected: false}
  | {
      connected: true
      bssid: string
      ssid: string | null
      freq: number | null
      signal: number | null
      tx: Bitrate | null
      rx: Bitrate | null
      /** txPackets is the link line `TX: 387 bytes (3 packets)`: frames sent to the access point since joining. */
      txPackets: number | null
    }

/** IwStation is the access point's entry of `iw dev X station dump` on a client: signal, rates and error counters. */
export interface IwStation {
  bssid: string
  signal: number | null
  signalAvg: number | null
  tx: Bitrate | null
  rx: Bitrate | null
  txPackets: number | null
  txRetries: number | null
  txFailed: number | null
  beaconLoss: number | null
  connectedSeconds: number | null
}

/** ScannedNetwork is one BSS of `iw dev X scan dump`. */
export interface ScannedNetwork {
  bssid: string
  associated: boolean
  ssid: string | null
  freq: number | null
  signal: number | null
  /** privacy is the capability's Privacy bit: traffic is encrypted (WEP when no RSN or WPA element says otherwise). */
  privacy: boolean
  rsn: string[] | null
  wpa: string[] | null
  /** authentication lists the RSN element's suites (PSK, SAE, IEEE 802.1X…). */
  authentication: string[]
}

const MAC = /([0-9a-f]{2}(?::[0-9a-f]{2}){5})/i

function numberOf(text: string | undefined): number | null {
  if (text === undefined) return null
  const value = Number.parseFloat(text)
  return Number.isFinite(value) ? value : null
}

/** fields reads `key: value` lines (tabs or spaces before, any spacing after the colon) into a map; the first of a key wins. */
function fields(lines: readonly string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of lines) {
    const match = /^[ \t]*([A-Za-z][A-Za-z0-9 /#.-]{0,40}?):[ \t]*(.*)$/.exec(line)
    if (match && !map.has(match[1]!.toLowerCase())) map.set(match[1]!.toLowerCase(), match[2]!.trim())
  }
  return map
}

/** parseBitrate reads `960.7 MBit/s 80MHz HE-MCS 9 HE-NSS 2 HE-GI 0`, `300.0 MBit/s MCS 15 40Mhz short GI`, `1.0 MBit/s`. */
export function parseBitrate(text: string): Bitrate | null {
  const rate = /^(\d+(?:\.\d+)?)\s*MBit\/s/i.exec(text.trim())
  if (!rate) return null
  const standard = /\bEHT-MCS\b/.test(text)
    ? 'be'
    : /\bHE-MCS\b/.test(text)
      ? 'ax'
      : /\bVHT-MCS\b/.test(text)
        ? 'ac'
        : /\bMCS\b/.test(text)
          ? 'n'
          : LEGACY_RATES.has(Number.parseFloat(rate[1]!))
            ? 'legacy'
            : null
  const mcs = /\bMCS (\d+)/.exec(text)
  const nss = /-NSS (\d+)/.exec(text)
  const width = /\b(\d+)\s*MHz\b/i.exec(text)
  return {
    mbps: Number.parseFloat(rate[1]!),
    standard,
    mcs: mcs ? Number(mcs[1]) : null,
    nss: nss ? Number(nss[1]) : standard === 'n' && mcs ? Math.floor(Number(mcs[1]) / 8) + 1 : null,
    widthMhz: width ? Number(width[1]) : null,
  }
}

function dbm(text: string | undefined): number | null {
  const match = text === undefined ? null : /^(-?\d+(?:\.\d+)?)\s*(?:\[[^\]]*\]\s*)?dBm/.exec(text)
  return match ? Number.parseFloat(match[1]!) : null
}

/** blocks splits output at lines that open an entry (`Interface wlan0`, `Station …`, `BSS …`), keeping each opening line first. */
function blocks(text: string, opens: RegExp): string[][] {
  const found: string[][] = []
  for (const line of text.split('\n')) {
    if (opens.test(line)) found.push([line])
    else found.at(-1)?.push(line)
  }
  return found
}

/** parseIwDev lists the interfaces of `iw dev` (managed, AP, monitor…) with the channel each is on. */
export function parseIwDev(text: string): Parsed<WifiPort[]> {
  if (text.trim() === '') return parsed([])
  const ports: WifiPort[] = []
  let phy: string | null = null
  for (const block of blocks(text, /^[ \t]*(?:Interface[ \t]+\S|phy#\d+)/)) {
    const head = block[0]!.trim()
    if (head.startsWith('phy#')) {
      phy = head.replace('#', '')
      continue
    }
    const map = fields(block.slice(1).map(line => line.replace(/^[ \t]*(type|ssid|channel)[ \t]+/, '$1: ')))
    const channel = /\((\d+) MHz\)(?:, width: (\d+) MHz)?/.exec(map.get('channel') ?? '')
    ports.push({
      name: head.slice('Interface'.length).trim(),
      phy,
      type: map.get('type') ?? null,
      ssid: map.get('ssid') ?? null,
      freq: channel ? Number(channel[1]) : null,
      width: channel?.[2] ? Number(channel[2]) : null,
    })
  }
  return ports.length > 0 || /^[ \t]*phy#\d+[ \t]*$/m.test(text)
    ? parsed(ports)
    : unparsable('no "Interface" line: not the output of `iw dev`')
}

/** parseIwLink reads `iw dev X link`: "Not connected." or the access point, its SSID, frequency, signal and rates. */
export function parseIwLink(text: string): Parsed<IwLink> {
  if (/^[ \t]*Not connected\.?[ \t]*$/m.test(text)) return parsed({connected: false})
  const head = /^[ \t]*Connected to ([0-9a-f:]{17})/im.exec(text)
  if (!head) return unparsable('neither "Connected to" nor "Not connected": not the output of `iw dev X link`')
  const map = fields(text.split('\n').slice(1))
  const tx = map.get('tx bitrate')
  const rx = map.get('rx bitrate')
  return parsed({
    connected: true,
    bssid: head[1]!.toLowerCase(),
    ssid: map.get('ssid') ?? null,
    freq: numberOf(map.get('freq')),
    signal: dbm(map.get('signal')),
    tx: tx ? parseBitrate(tx) : null,
    rx: rx ? parseBitrate(rx) : null,
    txPackets: numberOf(/\((\d+) packets\)/.exec(map.get('tx') ?? '')?.[1]),
  })
}

function count(map: Map<string, string>, key: string): number | null {
  const value = map.get(key)
  return value !== undefined && /^\d+/.test(value) ? Number.parseInt(value, 10) : null
}

/** parseIwStation reads `iw dev X station dump`: on a client, one station, the access point (the first entry is kept). */
export function parseIwStation(text: string): Parsed<IwStation | null> {
  if (text.trim() === '') return parsed(null)
  const first = blocks(text, /^Station\s/)[0]
  const bssid = first ? MAC.exec(first[0]!) : null
  if (!first || !bssid) return unparsable('no "Station" line: not the output of `iw dev X station dump`')
  const map = fields(first.slice(1))
  const tx = map.get('tx bitrate')
  const rx = map.get('rx bitrate')
  const connected = /^(\d+) seconds/.exec(map.get('connected time') ?? '')
  return parsed({
    bssid: bssid[1]!.toLowerCase(),
    signal: dbm(map.get('signal')),
    signalAvg: dbm(map.get('signal avg')),
    tx: tx ? parseBitrate(tx) : null,
    rx: rx ? parseBitrate(rx) : null,
    txPackets: count(map, 'tx packets'),
    txRetries: count(map, 'tx retries'),
    txFailed: count(map, 'tx failed'),
    beaconLoss: count(map, 'beacon loss'),
    connectedSeconds: connected ? Number(connected[1]) : null,
  })
}

/** suiteLine reads an RSN or WPA element's `* Pairwise ciphers: CCMP TKIP` line under it. */
function suiteLine(lines: readonly string[], element: string, name: string): string[] | null {
  const start = lines.findIndex(line => new RegExp(`^\\s*${element}:`).test(line))
  if (start < 0) return null
  for (const line of lines.slice(start, start + 8)) {
    const match = new RegExp(`\\*\\s*${name}:\\s*(.*)$`).exec(line)
    if (match) return match[1]!.trim().split(/\s+/).filter(Boolean)
  }
  return []
}

/** parseIwScan reads `iw dev X scan dump` (or `scan`): each BSS, its channel, signal and security elements. */
export function parseIwScan(text: string): Parsed<ScannedNetwork[]> {
  if (text.trim() === '') return parsed([])
  const found = blocks(text, /^BSS\s+[0-9a-f]{2}(?::[0-9a-f]{2}){5}/i)
  if (found.length === 0) return unparsable('no "BSS" line: not the output of `iw dev X scan`')
  return parsed(
    found.map(lines => {
      const map = fields(lines.slice(1))
      const ssid = map.get('ssid')
      return {
        bssid: MAC.exec(lines[0]!)![1]!.toLowerCase(),
        associated: /--\s*associated/.test(lines[0]!),
        ssid: ssid === undefined || ssid === '' ? null : ssid,
        freq: numberOf(map.get('freq')),
        signal: dbm(map.get('signal')),
        privacy: /\bPrivacy\b/.test(map.get('capability') ?? ''),
        rsn: suiteLine(lines, 'RSN', 'Pairwise ciphers'),
        wpa: suiteLine(lines, 'WPA', 'Pairwise ciphers'),
        authentication: suiteLine(lines, 'RSN', 'Authentication suites') ?? suiteLine(lines, 'WPA', 'Authentication suites') ?? [],
      }
    }),
  )
}

/** parseIwReg reads the country of `iw reg get` (the global one, or the first phy's): `country DE: DFS-ETSI`. */
export function parseIwReg(text: string): Parsed<string> {
  const match = /^country ([A-Z0-9]{2}):/m.exec(text)
  return match ? parsed(match[1]!) : unparsable('no "country XX:" line: not the output of `iw reg get`')
}
