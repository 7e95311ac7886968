// Parses the smaller Wi-Fi sources: `rfkill list`, `wpa_cli status` and `scan_results`, /proc/net/wireless and `nmcli -t` lists
// of access points.
import type {ScannedNetwork} from './iw.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** RadioSwitch is one rfkill switch: its name (phy0, hci0, ideapad_wlan), type and whether software or a switch blocks it. */
export interface RadioSwitch {
  name: string
  type: string
  soft: boolean
  hard: boolean
}

/** parseRfkillList reads `rfkill list`: `0: phy0: Wireless LAN` then `Soft blocked: yes`, `Hard blocked: no`. */
export function parseRfkillList(text: string): Parsed<RadioSwitch[]> {
  if (text.trim() === '') return parsed([])
  const switches: RadioSwitch[] = []
  for (const line of text.split('\n')) {
    const head = /^\d+:\s*([^:]+):\s*(.+?)\s*$/.exec(line)
    const state = /^\s*(Soft|Hard) blocked:\s*(yes|no)/.exec(line)
    if (head) switches.push({name: head[1]!.trim(), type: head[2]!, soft: false, hard: false})
    else if (state && switches.length > 0) switches.at(-1)![state[1] === 'Soft' ? 'soft' : 'hard'] = state[2] === 'yes'
  }
  return switches.length > 0 ? parsed(switches) : unparsable('no "N: name: type" line: not the output of `rfkill list`')
}

/** parseWpaStatus reads `wpa_cli status` (key=value a line) into a record: wpa_state, ssid, bssid, freq, key_mgmt, pairwise_cipher… */
export function parseWpaStatus(text: string): Parsed<Record<string, string>> {
  const status: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^([a-z_0-9]+)=(.*)$/.exec(line.trim())
    if (match && !Object.hasOwn(status, match[1]!)) Object.defineProperty(status, match[1]!, {value: match[2]!, enumerable: true})
  }
  return 'wpa_state' in status ? parsed(status) : unparsable('no wpa_state= line: not the output of `wpa_cli status`')
}

/** parseWpaScanResults reads `wpa_cli scan_results`, the supplicant's cached scan (asking for it starts none): a header, then
 * `bssid<TAB>frequency<TAB>signal level<TAB>flags<TAB>ssid` a line, flags as bracketed groups (`[WPA2-PSK-CCMP][WPS][ESS]`). Runs of
 * blanks are read as the tabs (pages that quote it turn tabs into spaces); the SSID is the rest of the line, blanks and all. */
export function parseWpaScanResults(text: string): Parsed<ScannedNetwork[]> {
  const lines = text.split('\n').map(line => line.trim())
  if (!lines.some(line => /^bssid \/ frequency \/ signal level \/ flags \/ ssid$/.test(line)))
    return unparsable('no "bssid / frequency / signal level / flags / ssid" header: not the output of `wpa_cli scan_results`')
  const networks = lines.flatMap(line => {
    const match = /^([0-9a-f]{2}(?::[0-9a-f]{2}){5})\s+(\d{4,5})\s+(-?\d{1,3})\s+((?:\[[^\]\n]{0,80}\]){0,16})[ \t]*(.{0,64})$/i.exec(line)
    return match ? [scannedFromFlags(match[1]!.toLowerCase(), Number(match[2]), Number(match[3]), match[4]!, match[5]!)] : []
  })
  return parsed(networks)
}

/** scannedFromFlags reads wpa_supplicant's flags: `[WPA2-PSK-CCMP+TKIP]` is RSN with PSK and those ciphers, `[WPA-…]` the older WPA
 * element, `[WEP]` WEP, `[ESS]` alone an open network. */
function scannedFromFlags(bssid: string, freq: number, signal: number, flags: string, ssid: string): ScannedNetwork {
  const groups = [...flags.matchAll(/\[([^\]]*)\]/g)].map(group => group[1]!)
  const element = (name: 'WPA' | 'WPA2' | 'RSN') =>
    groups.filter(group => group.startsWith(`${name}-`)).map(group => group.slice(name.length + 1).split('-'))
  const rsn = [...element('WPA2'), ...element('RSN')]
  const wpa = element('WPA')
  const ciphers = (found: string[][]) => (found.length > 0 ? [...new Set(found.flatMap(parts => (parts.at(-1) ?? '').split('+')))] : null)
  const suites = [...rsn, ...wpa].flatMap(parts => parts.slice(0, -1).join('-').split('+'))
  const authentication = [...new Set(suites.map(suite => (suite === 'EAP' ? 'IEEE 802.1X' : suite)).filter(Boolean))]
  return {
    bssid,
    associated: false,
    ssid: ssid === '' ? null : ssid,
    freq,
    signal,
    privacy: rsn.length > 0 || wpa.length > 0 || groups.includes('WEP'),
    rsn: ciphers(rsn),
    wpa: ciphers(wpa),
    authentication,
  }
}

/** WirelessLevel is one port's line of /proc/net/wireless: link quality and signal level (dBm when negative). */
export interface WirelessLevel {
  port: string
  quality: number | null
  level: number | null
  missedBeacons: number | null
}

/** parseProcNetWireless reads /proc/net/wireless: `wlan0: 0000   52.  -58.  -256  0 0 0 0 0 0`. */
export function parseProcNetWireless(text: string): Parsed<WirelessLevel[]> {
  if (!/Inter-\|/.test(text)) return unparsable('no "Inter-|" header: not /proc/net/wireless')
  return parsed(
    text.split('\n').flatMap(line => {
      const match = /^\s*([^\s:]+):\s+\S+\s+(-?\d+)\.?\s+(-?\d+)\.?\s+\S+\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+(\d+)/.exec(line)
      if (!match) return []
      const level = Number(match[3])
      return [{port: match[1]!, quality: Number(match[2]), level: level < 0 ? level : null, missedBeacons: Number(match[4])}]
    }),
  )
}

/** NmAccessPoint is one line of `nmcli -t -f IN-USE,BSSID,SSID,CHAN,FREQ,SIGNAL,SECURITY dev wifi list`. */
export interface NmAccessPoint {
  inUse: boolean
  bssid: string
  ssid: string | null
  channel: number | null
  freq: number | null
  /** signal is NetworkManager's 0–100 strength, not dBm. */
  signal: number | null
  security: string
}

/** terseFields splits one line of `nmcli -t` at unescaped colons, undoing its `\:` and `\\` escapes. */
function terseFields(line: string): string[] {
  const out = ['']
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '\\' && i + 1 < line.length) out[out.length - 1] += line[++i]!
    else if (c === ':') out.push('')
    else out[out.length - 1] += c
  }
  return out
}

/** nmcliChannelFreq is a channel number's frequency, for nmcli's table, which shows CHAN but no FREQ: 1–14 are 2.4 GHz and
 * 32–177 are 5 GHz (a 6 GHz network, whose channels are numbered from 1 again, cannot be told from its CHAN alone). */
function nmcliChannelFreq(channel: number): number | null {
  if (channel === 14) return 2484
  if (channel >= 1 && channel <= 13) return 2407 + 5 * channel
  return channel >= 32 && channel <= 177 ? 5000 + 5 * channel : null
}

/** TABLE_ROW is one row of `nmcli dev wifi list`'s table: IN-USE, BSSID, SSID (spaces allowed), MODE, CHAN, RATE, SIGNAL, BARS,
 * SECURITY (`--` for none). MODE ends the SSID; every run is bounded (an SSID is at most 32 bytes), so a long line cannot make
 * the pattern backtrack for long. */
const TABLE_ROW =
  /^(\*?)[ \t]{0,16}([0-9A-F]{2}(?::[0-9A-F]{2}){5})[ \t]{1,8}(.{1,64}?)[ \t]{1,64}(?:Infra|Ad-Hoc|Mesh|AP|Unknown)[ \t]{1,8}(\d{1,3})[ \t]{1,8}\d{1,5}(?:\.\d{1,2})?[ \t][kMG]?bit\/s[ \t]{1,8}(\d{1,3})[ \t]{1,8}\S{1,8}[ \t]{1,8}(\S.{0,40}?)[ \t]{0,16}$/i

/** parseNmcliTable reads the table `nmcli dev wifi list` (or `nmcli dev wifi`) prints without -t, as users post it. */
function parseNmcliTable(text: string): NmAccessPoint[] {
  return text.split('\n').flatMap(line => {
    const row = TABLE_ROW.exec(line)
    if (!row) return []
    const channel = Number(row[4])
    const security = row[6]!.trim()
    return [
      {
        inUse: row[1] === '*',
        bssid: row[2]!.toLowerCase(),
        ssid: row[3] === '--' ? null : row[3]!,
        channel,
        freq: nmcliChannelFreq(channel),
        signal: Number(row[5]),
        security: security === '--' ? '' : security,
      },
    ]
  })
}

/** parseNmcliWifiList reads the list above (the fields in that order; a line with another number of fields is skipped), or the
 * table nmcli prints without -t (whose header starts `IN-USE  BSSID  SSID`). */
export function parseNmcliWifiList(text: string): Parsed<NmAccessPoint[]> {
  if (text.trim() === '') return parsed([])
  if (/^[ \t]*IN-USE[ \t]+BSSID[ \t]+SSID[ \t]/m.test(text)) {
    const rows = parseNmcliTable(text)
    return rows.length > 0 ? parsed(rows) : unparsable('an `nmcli dev wifi list` header but no row with a BSSID, mode and channel')
  }
  const points = text.split('\n').flatMap(line => {
    const f = terseFields(line)
    if (f.length !== 7 || !/^[0-9A-F]{2}(?::[0-9A-F]{2}){5}$/i.test(f[1]!)) return []
    const int = (value: string) => (/^\d+/.test(value) ? Number.parseInt(value, 10) : null)
    return [
      {
        inUse: f[0] === '*',
        bssid: f[1]!.toLowerCase(),
        ssid: f[2] || null,
        channel: int(f[3]!),
        freq: int(f[4]!),
        signal: int(f[5]!),
        security: f[6]!,
      },
    ]
  })
  return points.length > 0
    ? parsed(points)
    : unparsable('no line of seven fields with a BSSID: not `nmcli -t -f IN-USE,BSSID,SSID,CHAN,FREQ,SIGNAL,SECURITY dev wifi list`')
}
