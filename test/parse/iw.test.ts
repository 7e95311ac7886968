// iw's outputs as real machines print them (sources in test/fixtures/wifi-*/README.md), and empty, truncated and garbage input.
import {describe, expect, it} from 'vitest'
import {parseBitrate, parseIwDev, parseIwLink, parseIwReg, parseIwScan, parseIwStation} from '../../src/parse/iw.js'

// iw dev of morrownr/8821cu-20210916#123 (two phys, a P2P device, two managed ports).
const IW_DEV = `phy#1
        Interface wlxa0d768116efe
                ifindex 3
                wdev 0x100000001
                addr a0:d7:68:11:6e:fe
                ssid barolat-wlan-n
                type managed
                channel 40 (5200 MHz), width: 40 MHz, center1: 5190 MHz
                txpower 13.00 dBm
phy#0
        Unnamed/non-netdev interface
                wdev 0x3
                addr da:3a:dd:7a:23:39
                type P2P-device
                txpower 31.00 dBm
        Interface wlan0
                ifindex 2
                wdev 0x1
                addr d8:3a:dd:7a:23:39
                ssid barolat-wlan
                type managed
                channel 10 (2457 MHz), width: 20 MHz, center1: 2457 MHz
`

// iw dev wlp0s20f3 link of linuxmint/cinnamon#9301.
const LINK = `Connected to 64:d1:54:68:93:ae (on wlp0s20f3)
\tSSID: HOME5
\tfreq: 5280
\tRX: 2254846655 bytes (1728945 packets)
\tTX: 67296834 bytes (393089 packets)
\tsignal: -44 dBm
\trx bitrate: 702.0 MBit/s VHT-MCS 8 80MHz VHT-NSS 2
\ttx bitrate: 866.7 MBit/s VHT-MCS 9 80MHz short GI VHT-NSS 2
`

// iw dev wlan0 station dump of lwfinger/rtw88#243.
const STATION = `Station xx:xx:xx:xx:xx:xx (on wlan0)
        inactive time:  283 ms
        tx packets:     324
        tx retries:     0
        tx failed:      17
        beacon loss:    0
        signal:         -62 [-62] dBm
        signal avg:     -48 [-48] dBm
        tx bitrate:     26.0 MBit/s MCS 3
        connected time: 21 seconds
`

// the start of the iw scan of aircrack-ng/rtl8812au#88.
const SCAN = `BSS 10:9a:dd:83:41:85 (on wlan3)
        TSF: 502073267042 usec (5d, 19:27:53)
        freq: 2412
        capability: ESS Privacy ShortPreamble ShortSlotTime (0x1431)
        signal: -88.00 dBm
        SSID: RXOOM-tCAP-834185
        RSN:     * Version: 1
                 * Group cipher: TKIP
                 * Pairwise ciphers: CCMP TKIP
                 * Authentication suites: PSK
BSS 00:19:77:1d:e8:94(on wlan0) -- associated
        freq: 2472
        capability: ESS Privacy ShortPreamble ShortSlotTime (0x0431)
        signal: -59.00 dBm
        SSID: LOVER
`

describe('parseIwDev', () => {
  it('lists the managed ports with their phy, type and channel, and the unnamed P2P device too', () => {
    const ports = parseIwDev(IW_DEV)
    expect(ports.ok && ports.value.map(port => [port.name, port.phy, port.type, port.freq, port.width])).toEqual([
      ['wlxa0d768116efe', 'phy1', 'managed', 5200, 40],
      ['wlan0', 'phy0', 'managed', 2457, 20],
    ])
  })
  it('reads empty output as no port, a phy without ports as none, and refuses garbage', () => {
    expect(parseIwDev('')).toEqual({ok: true, value: []})
    expect(parseIwDev('phy#0\n')).toEqual({ok: true, value: []})
    expect(parseIwDev('command failed: No such device (-19)').ok).toBe(false)
  })
})

describe('parseIwLink', () => {
  it('reads the access point, SSID, frequency, signal, both rates and the packets sent', () => {
    const link = parseIwLink(LINK)
    expect(link).toEqual({
      ok: true,
      value: {
        connected: true,
        bssid: '64:d1:54:68:93:ae',
        ssid: 'HOME5',
        freq: 5280,
        signal: -44,
        tx: {mbps: 866.7, standard: 'ac', mcs: 9, nss: 2, widthMhz: 80},
        rx: {mbps: 702, standard: 'ac', mcs: 8, nss: 2, widthMhz: 80},
        txPackets: 393089,
      },
    })
  })
  it('reads "Not connected." and keeps what a truncated output holds', () => {
    expect(parseIwLink('Not connected.\n')).toEqual({ok: true, value: {connected: false}})
    const cut = parseIwLink(LINK.slice(0, 70))
    expect(cut.ok && cut.value.connected && cut.value.signal).toBeNull()
  })
  it('refuses empty and garbage output', () => {
    expect(parseIwLink('').ok).toBe(false)
    expect(parseIwLink('\u0000\u0001 Connected to nothing').ok).toBe(false)
  })
})

describe('parseIwStation', () => {
  it('reads the counters, and the signal before its per-chain values', () => {
    const station = parseIwStation(STATION.replace('xx:xx:xx:xx:xx:xx', '02:00:5e:00:53:07'))
    expect(station.ok && station.value).toMatchObject({
      signal: -62,
      signalAvg: -48,
      txPackets: 324,
      txFailed: 17,
      beaconLoss: 0,
      connectedSeconds: 21,
      tx: {mbps: 26, standard: 'n', mcs: 3, nss: 1},
    })
  })
  it('gives null for empty output (no station) and refuses a station without an address, or garbage', () => {
    expect(parseIwStation('')).toEqual({ok: true, value: null})
    expect(parseIwStation(STATION).ok).toBe(false)
    expect(parseIwStation('signal: -40 dBm').ok).toBe(false)
  })
})

describe('parseIwScan', () => {
  it('reads each BSS, the associated one marked, with its Privacy bit and RSN suites', () => {
    const scan = parseIwScan(SCAN)
    expect(scan.ok && scan.value).toEqual([
      {
        bssid: '10:9a:dd:83:41:85',
        associated: false,
        ssid: 'RXOOM-tCAP-834185',
        freq: 2412,
        signal: -88,
        privacy: true,
        rsn: ['CCMP', 'TKIP'],
        wpa: null,
        authentication: ['PSK'],
      },
      {
        bssid: '00:19:77:1d:e8:94',
        associated: true,
        ssid: 'LOVER',
        freq: 2472,
        signal: -59,
        privacy: true,
        rsn: null,
        wpa: null,
        authentication: [],
      },
    ])
  })
  it('reads empty output as no network, and refuses garbage; a truncated scan keeps its whole BSSes', () => {
    expect(parseIwScan('')).toEqual({ok: true, value: []})
    expect(parseIwScan('scan aborted!').ok).toBe(false)
    const cut = parseIwScan(SCAN.slice(0, 120))
    expect(cut.ok && cut.value.map(network => network.bssid)).toEqual(['10:9a:dd:83:41:85'])
  })
})

describe('parseBitrate and parseIwReg', () => {
  it('names the standard of each MCS form, and refuses a value without MBit/s', () => {
    expect(parseBitrate('960.7 MBit/s 80MHz HE-MCS 9 HE-NSS 2 HE-GI 0 HE-DCM 0')).toEqual({
      mbps: 960.7,
      standard: 'ax',
      mcs: 9,
      nss: 2,
      widthMhz: 80,
    })
    expect(parseBitrate('300.0 MBit/s MCS 15 40Mhz short GI')).toEqual({mbps: 300, standard: 'n', mcs: 15, nss: 2, widthMhz: 40})
    expect(parseBitrate('1.0 MBit/s')).toEqual({mbps: 1, standard: 'legacy', mcs: null, nss: null, widthMhz: null})
    expect(parseBitrate('54.0 MBit/s')?.standard).toBe('legacy')
    expect(parseBitrate('5.5 MBit/s')?.standard).toBe('legacy')
    // brcmfmac prints the number only: 180 (or 72.2) is no 802.11a/b/g rate, so it names no standard.
    expect(parseBitrate('180.0 MBit/s')).toEqual({mbps: 180, standard: null, mcs: null, nss: null, widthMhz: null})
    expect(parseBitrate('72.2 MBit/s')?.standard).toBeNull()
    expect(parseBitrate('')).toBeNull()
    expect(parseBitrate('fast')).toBeNull()
  })
  it('reads the country of iw reg get, and refuses output without one', () => {
    expect(parseIwReg('global\ncountry DE: DFS-ETSI\n\t(2400 - 2483 @ 40), (N/A, 20), (N/A)\n')).toEqual({ok: true, value: 'DE'})
    expect(parseIwReg('').ok).toBe(false)
    expect(parseIwReg('country').ok).toBe(false)
  })
})

describe('parseIwScan on a cut address', () => {
  it('takes a BSS line whose address is cut for a line of the BSS before it (found by the fuzzer)', () => {
    const scan = parseIwScan(`${SCAN.split('\n').slice(0, 5).join('\n')}\nBSS 00:19:77\n`)
    expect(scan.ok && scan.value.map(network => network.bssid)).toEqual(['10:9a:dd:83:41:85'])
    expect(parseIwScan('BSS 00:19:77:1d').ok).toBe(false)
  })
})
