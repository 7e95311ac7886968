// Parses the smaller Wi-Fi sources: `rfkill list`, `wpa_cli status`, /proc/net/wireless and `nmcli -t` lists of access points.
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

/** parseNmcliWifiList reads the list above (the fields in that order); a line with another number of fields is skipped. */
export function parseNmcliWifiList(text: string): Parsed<NmAccessPoint[]> {
  if (text.trim() === '') return parsed([])
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
