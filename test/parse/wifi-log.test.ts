// The Wi-Fi history in journal and syslog lines as posted from real machines, and empty, truncated and garbage input.
import {describe, expect, it} from 'vitest'
import {parseWifiLog} from '../../src/parse/wifi-log.js'

describe('parseWifiLog', () => {
  it('reads disconnects with their reason and who sent them (lwfinger/rtw89#22, RPi-Distro/firmware-nonfree#38)', () => {
    const events = parseWifiLog(
      [
        'Jul 20 00:19:42 pca-yoga wpa_supplicant[1485]: wlan0: CTRL-EVENT-DISCONNECTED bssid=68:a0:3e:71:6d:60 reason=3 locally_generated=1',
        'Aug 03 15:38:01 office-paperpi wpa_supplicant[563]: wlan0: CTRL-EVENT-DISCONNECTED bssid=e0:63:da:18:43:db reason=16',
        'Jul 20 00:19:52 pca-yoga wpa_supplicant[1485]: wlan0: CTRL-EVENT-SCAN-FAILED ret=-16',
      ].join('\n'),
    )
    expect(events.map(event => event.kind === 'disconnected' && [event.port, event.bssid, event.reason, event.locallyGenerated])).toEqual([
      ['wlan0', '68:a0:3e:71:6d:60', 3, true],
      ['wlan0', 'e0:63:da:18:43:db', 16, false],
    ])
  })
  it('reads refusals, a paused network and NetworkManager state changes', () => {
    const events = parseWifiLog(
      [
        'wlan0: CTRL-EVENT-ASSOC-REJECT bssid=e0:63:da:18:43:db status_code=16',
        'wlan0: CTRL-EVENT-SSID-TEMP-DISABLED id=0 ssid="Gattaca" auth_failures=5 duration=20 reason=WRONG_KEY',
        "NetworkManager[568]: <info>  [1722854282.3494] device (wlan0): state change: activated -> failed (reason 'no-secrets', sys-iface-state: 'managed')",
      ].join('\n'),
    )
    expect(events.map(event => event.kind)).toEqual(['assoc-reject', 'temp-disabled', 'nm-state'])
    expect(events[2]).toMatchObject({port: 'wlan0', from: 'activated', to: 'failed', reason: 'no-secrets'})
  })
  it('gives no events for empty, truncated and garbage text', () => {
    expect(parseWifiLog('')).toEqual([])
    expect(parseWifiLog('wlan0: CTRL-EVENT-DISCONNECTED bssid=68:a0:3e:71:6d:60 rea')).toEqual([])
    expect(parseWifiLog('\u0000\u001b[31mreason=4 CTRL-EVENT')).toEqual([])
  })
})
