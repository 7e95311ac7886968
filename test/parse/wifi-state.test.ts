// rfkill, wpa_cli status, /proc/net/wireless and nmcli (-t, and the table) as posted from real machines, and empty, truncated and garbage input.
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {NMCLI_LIST} from '../../src/capabilities/wifi/collect.js'
import {recordedOutputName} from '../../src/host/run-command.js'
import {parseNmcliWifiList, parseProcNetWireless, parseRfkillList, parseWpaScanResults, parseWpaStatus} from '../../src/parse/wifi-state.js'
import {fixtureTree} from '../support/cli.js'

describe('parseRfkillList', () => {
  it('reads each switch and its blocks (adventuresinoss.com, 2014)', () => {
    const text =
      '0: phy0: Wireless LAN\n\tSoft blocked: yes\n\tHard blocked: no\n1: hci0: Bluetooth\n\tSoft blocked: no\n\tHard blocked: no\n'
    expect(parseRfkillList(text)).toEqual({
      ok: true,
      value: [
        {name: 'phy0', type: 'Wireless LAN', soft: true, hard: false},
        {name: 'hci0', type: 'Bluetooth', soft: false, hard: false},
      ],
    })
  })
  it('reads empty output as no switch, keeps a truncated switch unblocked, and refuses garbage', () => {
    expect(parseRfkillList('')).toEqual({ok: true, value: []})
    expect(parseRfkillList('0: phy0: Wireless LAN\n\tSoft bl')).toEqual({
      ok: true,
      value: [{name: 'phy0', type: 'Wireless LAN', soft: false, hard: false}],
    })
    expect(parseRfkillList('Soft blocked: yes').ok).toBe(false)
  })
})

describe('parseWpaStatus', () => {
  it('reads the fields of wpa_cli status (coderapp.vercel.app/answer/4849315)', () => {
    const status = parseWpaStatus(
      "Selected interface 'eth0'\nbssid=00:24:01:6a:3f:26\nssid=FirstFloorBGN\npairwise_cipher=WEP-40\nkey_mgmt=NONE\nwpa_state=COMPLETED\n",
    )
    expect(status.ok && {...status.value}).toEqual({
      bssid: '00:24:01:6a:3f:26',
      ssid: 'FirstFloorBGN',
      pairwise_cipher: 'WEP-40',
      key_mgmt: 'NONE',
      wpa_state: 'COMPLETED',
    })
  })
  it('refuses empty output, a refusal and a truncated status without wpa_state; __proto__ is a plain key', () => {
    expect(parseWpaStatus('').ok).toBe(false)
    expect(parseWpaStatus('Failed to connect to non-global ctrl_ifname: wlan0  error: No such file or directory').ok).toBe(false)
    expect(parseWpaStatus('bssid=00:24:01:6a:3f:26\nss').ok).toBe(false)
    const odd = parseWpaStatus('__proto__=x\nwpa_state=SCANNING\n')
    expect(odd.ok && Object.getPrototypeOf(odd.value)).toBe(Object.prototype)
  })
})

describe('parseProcNetWireless', () => {
  it('reads the level in dBm (OpenELEC/OpenELEC.tv#143)', () => {
    const text = `Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE
 face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22
 wlan0: 0000   45.  -65.  -256        0      0      0     16     47        0
`
    expect(parseProcNetWireless(text)).toEqual({ok: true, value: [{port: 'wlan0', quality: 45, level: -65, missedBeacons: 0}]})
  })
  it('refuses empty and garbage input, and skips a truncated line', () => {
    expect(parseProcNetWireless('').ok).toBe(false)
    expect(parseProcNetWireless('wlan0: 0000 45. -65.').ok).toBe(false)
    expect(parseProcNetWireless('Inter-| sta-|\n wlan0: 0000   45.  -6')).toEqual({ok: true, value: []})
  })
})

describe('parseNmcliWifiList', () => {
  it('reads terse lines, undoing the escaped colons of BSSIDs and SSIDs', () => {
    const text = '*:64\\:D1\\:54\\:68\\:93\\:AE:HOME5:56:5280:92:WPA2\n :02\\:00\\:5E\\:00\\:53\\:02:a\\:b:6:2437:40:\n'
    expect(parseNmcliWifiList(text)).toEqual({
      ok: true,
      value: [
        {inUse: true, bssid: '64:d1:54:68:93:ae', ssid: 'HOME5', channel: 56, freq: 5280, signal: 92, security: 'WPA2'},
        {inUse: false, bssid: '02:00:5e:00:53:02', ssid: 'a:b', channel: 6, freq: 2437, signal: 40, security: ''},
      ],
    })
  })
  it('reads empty output as no access point, and refuses garbage and a truncated line', () => {
    expect(parseNmcliWifiList('')).toEqual({ok: true, value: []})
    expect(parseNmcliWifiList('Error: NetworkManager is not running.').ok).toBe(false)
    expect(parseNmcliWifiList('*:64\\:D1\\:54').ok).toBe(false)
  })
  it('reads the table nmcli prints without -t, as users post it: SSIDs with spaces and emoji, -- for none, CHAN without FREQ', () => {
    const table = readFileSync(`${fixtureTree('wifi-nmcli-table')}/commands/${recordedOutputName(NMCLI_LIST)}`, 'utf8')
    const read = parseNmcliWifiList(table)
    if (!read.ok) throw new Error(read.error)
    expect(read.value).toHaveLength(12)
    expect(read.value[0]).toEqual({
      inUse: false,
      bssid: 'a2:39:ee:a2:fb:12',
      ssid: 'Personal Wifi Zone',
      channel: 1,
      freq: 2412,
      signal: 100,
      security: '',
    })
    expect(read.value.filter(point => point.inUse)).toEqual([
      {inUse: true, bssid: 'a0:39:ee:a2:fa:1f', ssid: 'LAG', channel: 112, freq: 5560, signal: 100, security: 'WPA2'},
    ])
    expect(read.value.map(point => point.ssid)).toContain('🦁 #Milei2023 🦁')
    expect(read.value.find(point => point.bssid === '58:2f:f7:8d:03:8c')?.security).toBe('WPA1 WPA2')
  })
  it('refuses a table header with no row, and a row cut short; a channel it cannot place has no frequency', () => {
    const header = 'IN-USE  BSSID              SSID  MODE   CHAN  RATE        SIGNAL  BARS  SECURITY\n'
    expect(parseNmcliWifiList(header).ok).toBe(false)
    expect(parseNmcliWifiList(`${header}        A2:39:EE:A2:FB:12  Personal Wifi Zone        Infra  1     195 Mbit/s`).ok).toBe(false)
    const far = parseNmcliWifiList(`${header}*       02:00:5E:00:53:01  x  Infra  233   573 Mbit/s  40  ▂▄__  WPA3`)
    expect(far.ok && far.value[0]).toMatchObject({channel: 233, freq: null, signal: 40, security: 'WPA3'})
  })
})

describe('parseWpaScanResults', () => {
  const posted = readFileSync(join(fixtureTree('wifi-weak-2ghz-crowded'), 'commands', 'wpa_cli_-i_wlan0_scan_results'), 'utf8')

  it('reads the posted scan (blanks for tabs): address, frequency, signal, the flags as RSN/WPA ciphers and suites, the SSID with its blank', () => {
    const read = parseWpaScanResults(posted)
    expect(read.ok && read.value.length).toBe(10)
    if (!read.ok) return
    expect(read.value.find(network => network.ssid === 'compulab-guest 3')).toEqual({
      bssid: '58:6d:8f:63:08:94',
      associated: false,
      ssid: 'compulab-guest 3',
      freq: 2432,
      signal: -83,
      privacy: true,
      rsn: ['CCMP', 'TKIP'],
      wpa: ['CCMP', 'TKIP'],
      authentication: ['PSK'],
    })
    expect(read.value.find(network => network.ssid === 'pfsense')).toMatchObject({privacy: false, rsn: null, wpa: null, authentication: []})
  })

  it('reads tabs as wpa_cli prints them, WEP, SAE and EAP, and a hidden network', () => {
    const header = 'bssid / frequency / signal level / flags / ssid\n'
    const read = parseWpaScanResults(
      `${header}02:00:5e:00:53:01\t5180\t-61\t[WPA2-SAE-CCMP][ESS]\thome\n02:00:5e:00:53:02\t2437\t-70\t[WEP][ESS]\told\n` +
        `02:00:5e:00:53:03\t2412\t-80\t[WPA2-EAP-CCMP][ESS]\twork\n02:00:5e:00:53:04\t2462\t-50\t[WPA2-PSK-CCMP][ESS]\t\n`,
    )
    expect(read.ok && read.value.map(network => [network.ssid, network.privacy, network.authentication])).toEqual([
      ['home', true, ['SAE']],
      ['old', true, []],
      ['work', true, ['IEEE 802.1X']],
      [null, true, ['PSK']],
    ])
  })

  it('refuses what is not scan_results, and keeps only whole lines of a cut one', () => {
    expect(parseWpaScanResults('').ok).toBe(false)
    expect(parseWpaScanResults('FAIL').ok).toBe(false)
    expect(parseWpaScanResults('Failed to connect to non-global ctrl_ifname: wlan0  error: No such file or directory').ok).toBe(false)
    expect(parseWpaScanResults('bssid / frequency / signal level / flags / ssid\n')).toEqual({ok: true, value: []})
    const cut = posted.slice(0, posted.indexOf('7c:dd:90:8a:46:aa') + 20)
    const read = parseWpaScanResults(cut)
    expect(read.ok && read.value.map(network => network.bssid)).toEqual([
      '04:d4:c4:4f:b9:ac',
      '04:d4:c4:4f:b9:a8',
      '7c:dd:90:05:dd:3e',
      'a6:cf:12:dd:67:17',
    ])
  })
})
