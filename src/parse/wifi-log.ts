// Parses the Wi-Fi history in a journal or syslog: wpa_supplicant's disconnects (CTRL-EVENT-DISCONNECTED … reason=N), refused
// associations (CTRL-EVENT-ASSOC-REJECT … status_code=N), a wrong key (CTRL-EVENT-SSID-TEMP-DISABLED … reason=WRONG_KEY), and
// NetworkManager's device state changes (`device (wlan0): state change: activated -> deactivating (reason 'supplicant-disconnect'`).

/** WifiEvent is one line of the history, in the order of the log. */
export type WifiEvent =
  | {kind: 'disconnected'; port: string | null; bssid: string | null; reason: number; locallyGenerated: boolean; line: string}
  | {kind: 'assoc-reject'; port: string | null; bssid: string | null; status: number; line: string}
  | {kind: 'temp-disabled'; port: string | null; reason: string; line: string}
  | {kind: 'nm-state'; port: string; from: string; to: string; reason: string | null; line: string}

const PORT = /\b([A-Za-z0-9_.-]+): CTRL-EVENT-/
const BSSID = /\bbssid=([0-9a-f:]{17})/i

/** parseWifiLog picks the events out of log text; every other line is ignored, so any text parses (to no events at worst). */
export function parseWifiLog(text: string): WifiEvent[] {
  const events: WifiEvent[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    const port = PORT.exec(line)?.[1] ?? null
    const bssid = BSSID.exec(line)?.[1]?.toLowerCase() ?? null
    let match: RegExpExecArray | null
    if ((match = /CTRL-EVENT-DISCONNECTED\b.*?\breason=(\d+)/.exec(line)))
      events.push({kind: 'disconnected', port, bssid, reason: Number(match[1]), locallyGenerated: /locally_generated=1/.test(line), line})
    else if ((match = /CTRL-EVENT-ASSOC-REJECT\b.*?\bstatus_code=(\d+)/.exec(line)))
      events.push({kind: 'assoc-reject', port, bssid, status: Number(match[1]), line})
    else if ((match = /CTRL-EVENT-SSID-TEMP-DISABLED\b.*?\breason=([A-Z_]+)/.exec(line)))
      events.push({kind: 'temp-disabled', port, reason: match[1]!, line})
    else if ((match = /device \(([^)\s]+)\): state change: ([a-z-]+) -> ([a-z-]+)(?: \(reason '([^']*)')?/.exec(line)))
      events.push({kind: 'nm-state', port: match[1]!, from: match[2]!, to: match[3]!, reason: match[4] ?? null, line})
  }
  return events
}
