// What the wifi section says, port by port: whether the radio is blocked, the link (access point, band, channel, signal, rate,
// standard), its security, the neighbourhood a scan saw, and the disconnects of this boot. Pure: the rules, the report and the
// renderer all read these answers, so each fact is decided once.
import {describeReasonCode, describeStatusCode} from '../../explain/ieee80211.js'
import {parseIwLink, parseIwScan, parseIwStation, type Bitrate, type ScannedNetwork, type Standard} from '../../parse/iw.js'
import {parseWifiLog, type WifiEvent} from '../../parse/wifi-log.js'
import {parseNmcliWifiList, parseProcNetWireless, parseWpaScanResults, parseWpaStatus, type NmAccessPoint} from '../../parse/wifi-state.js'
import type {Snapshot} from '../../snapshot/snapshot.js'
import type {CommandText, RadioSwitchFacts, WifiFacts, WifiPortFacts} from './facts.js'

/** WEAK_SIGNAL_DBM: below it a link is weak (rates drop, drops begin); VERY_WEAK_SIGNAL_DBM: below it the link barely holds.
 * -67 dBm is what voice and video want, -70 dBm the usual floor for reliable data, -80 dBm where association is lost. */
export const WEAK_SIGNAL_DBM = -70
export const VERY_WEAK_SIGNAL_DBM = -80
/** RATE_SETTLED_PACKETS: rate control starts a link at its lowest rate and climbs with traffic, so the tx rate of a link that has
 * sent fewer frames than this (just joined, idle) says nothing of what the air allows. */
export const RATE_SETTLED_PACKETS = 100
/** SLOW_LINK_SHARE: a transmit rate below this share of what the standard allows at the link's width and streams is "slow". */
export const SLOW_LINK_SHARE = 0.15
/** ROAMING_DROPS: this many disconnects in one boot's log is a pattern, not chance. */
export const ROAMING_DROPS = 3
/** CROWDED_NETWORKS: this many other access points (radios) heard on (or, at 2.4 GHz, overlapping) the channel make it crowded. */
export const CROWDED_NETWORKS = 4
/** AUDIBLE_DBM: networks heard weaker than this barely share the air and are not counted. */
export const AUDIBLE_DBM = -85
/** TREND_DB: readings a second apart that end this many dB below (above) where they began are a falling (rising) signal; less is
 * the usual jitter of a reading. */
export const TREND_DB = 3
/** MANY_RETRIES_SHARE: this share of transmitted packets retried is many (the air is lossy: a weak signal or interference). */
export const MANY_RETRIES_SHARE = 0.1

export type Band = '2.4 GHz' | '5 GHz' | '6 GHz'
export type Security = 'open' | 'wep' | 'wpa-tkip' | 'wpa2' | 'wpa3' | 'enterprise' | 'wpa2/wpa3'

/** WifiLink is one port as the rules read it. */
export interface WifiLink {
  port: string
  blocked: {soft: boolean; hard: boolean; switches: string[]}
  associated: boolean | null
  /** associatedFrom names the output that decided `associated`. */
  associatedFrom: string | null
  ssid: string | null
  bssid: string | null
  freq: number | null
  band: Band | null
  channel: number | null
  /** signal in dBm, null when no source reported one (0 dBm counts as none: drivers print it when they do not know). */
  signal: number | null
  signalFrom: string | null
  /** signalUnreported is true when a source printed a signal line with no real value (0 dBm). */
  signalUnreported: boolean
  /** samples are the signal readings a second apart, in dBm, of `iw dev PORT link` (the first is the link's own), or of
   * /proc/net/wireless where iw's link could not be read; those without a real value are left out. */
  samples: number[]
  /** samplesFrom names what the samples were read from (null without samples). */
  samplesFrom: string | null
  /** trend is how the samples moved (null with fewer than two). */
  trend: 'falling' | 'rising' | 'steady' | null
  /** maker is the access point's maker by the OUI of its BSSID (null: unknown, or a locally administered address). */
  maker: string | null
  tx: Bitrate | null
  rx: Bitrate | null
  /** txPackets are the frames sent to the access point since joining (station dump, else the link's `TX: … (N packets)`). */
  txPackets: number | null
  retries: {txPackets: number; txRetries: number | null; txFailed: number | null; beaconLoss: number | null} | null
  connectedSeconds: number | null
  security: Security | null
  securityDetail: string | null
  securityFrom: string | null
  scan: ScannedNetwork[] | null
  scanFrom: string | null
  events: WifiEvent[]
}

/** frequencyChannel is a frequency's band and channel number (802.11 channel numbering). */
export function frequencyChannel(freq: number | null): {band: Band; channel: number} | null {
  if (freq === null) return null
  if (freq === 2484) return {band: '2.4 GHz', channel: 14}
  if (freq >= 2412 && freq <= 2472) return {band: '2.4 GHz', channel: (freq - 2407) / 5}
  if (freq >= 5955 && freq <= 7115) return {band: '6 GHz', channel: (freq - 5950) / 5}
  if (freq >= 5160 && freq <= 5885) return {band: '5 GHz', channel: (freq - 5000) / 5}
  return null
}

function textOf(output: CommandText): string | null {
  return output.text
}

/** securityOfWpa reads wpa_supplicant's key_mgmt and pairwise cipher. */
function securityOfWpa(status: Record<string, string>): {security: Security; detail: string} | null {
  const keyMgmt = status['key_mgmt'] ?? ''
  const pairwise = status['pairwise_cipher'] ?? ''
  const detail = [`key_mgmt=${keyMgmt || '?'}`, pairwise && `pairwise_cipher=${pairwise}`].filter(Boolean).join(', ')
  if (/WEP/.test(pairwise) || /WEP/.test(status['group_cipher'] ?? '')) return {security: 'wep', detail}
  if (keyMgmt === 'NONE' || keyMgmt === '') return keyMgmt === 'NONE' ? {security: 'open', detail} : null
  if (/TKIP/.test(pairwise)) return {security: 'wpa-tkip', detail}
  if (/SAE/.test(keyMgmt)) return {security: 'wpa3', detail}
  if (/802\.1X|EAP/.test(keyMgmt)) return {security: 'enterprise', detail}
  if (/WPA2|PSK|WPA/.test(keyMgmt)) return {security: 'wpa2', detail}
  return null
}

/** securityOfScan reads the associated network's scan entry: no Privacy bit is open, Privacy without RSN or WPA is WEP. */
function securityOfScan(network: ScannedNetwork): {security: Security; detail: string} {
  const ciphers = [...(network.rsn ?? []), ...(network.wpa ?? [])]
  const detail = network.privacy
    ? `${network.rsn ? `RSN ${network.rsn.join(' ')}` : ''}${network.wpa ? ` WPA ${network.wpa.join(' ')}` : ''}`.trim() ||
      'Privacy, no RSN or WPA element'
    : 'no Privacy bit in the beacon'
  if (!network.privacy) return {security: 'open', detail}
  if (!network.rsn && !network.wpa) return {security: 'wep', detail}
  if (ciphers.length > 0 && ciphers.every(cipher => cipher === 'TKIP')) return {security: 'wpa-tkip', detail}
  if (network.authentication.includes('SAE')) return {security: network.authentication.includes('PSK') ? 'wpa2/wpa3' : 'wpa3', detail}
  if (network.authentication.some(suite => /802\.1X/.test(suite))) return {security: 'enterprise', detail}
  return {security: 'wpa2', detail}
}

/** securityOfNm reads NetworkManager's SECURITY field (`WPA2`, `WPA1 WPA2`, `WEP`, `` for open, `WPA3`, `802.1X`). */
function securityOfNm(point: NmAccessPoint): {security: Security; detail: string} {
  const words = point.security.split(/\s+/).filter(Boolean)
  const detail = `SECURITY=${point.security || '(none)'}`
  if (words.length === 0 || words.includes('--')) return {security: 'open', detail}
  if (words.includes('WEP')) return {security: 'wep', detail}
  if (words.includes('802.1X')) return {security: 'enterprise', detail}
  if (words.includes('WPA3')) return {security: words.includes('WPA2') ? 'wpa2/wpa3' : 'wpa3', detail}
  if (words.includes('WPA2')) return {security: 'wpa2', detail}
  return {security: 'wpa-tkip', detail}
}

function nmPoints(facts: WifiFacts): NmAccessPoint[] | null {
  const text = textOf(facts.nmcli)
  const list = text === null ? null : parseNmcliWifiList(text)
  return list?.ok ? list.value : null
}

function scanOf(port: WifiPortFacts, nm: NmAccessPoint[] | null): {networks: ScannedNetwork[]; from: string} | null {
  const text = textOf(port.scan)
  const scan = text === null ? null : parseIwScan(text)
  if (scan?.ok && scan.value.length > 0) return {networks: scan.value, from: `iw dev ${port.port} scan dump`}
  const wpaText = textOf(port.wpaScan)
  const wpaScan = wpaText === null ? null : parseWpaScanResults(wpaText)
  if (wpaScan?.ok && wpaScan.value.length > 0) return {networks: wpaScan.value, from: `wpa_cli -i ${port.port} scan_results`}
  if (!nm || nm.length === 0) return null
  const networks = nm.map(point => ({
    bssid: point.bssid,
    associated: point.inUse,
    ssid: point.ssid,
    freq: point.freq,
    signal: point.signal === null ? null : nmStrengthDbm(point.signal),
    privacy: point.security !== '',
    rsn: null,
    wpa: null,
    authentication: [],
  }))
  return {networks, from: 'nmcli dev wifi list'}
}

/** nmStrengthDbm turns NetworkManager's 0–100 strength back into dBm: NetworkManager maps -100..-40 dBm onto 0..100 (linear,
 * clamped: 100 is -40 dBm or stronger), so 50 is -70 dBm. */
export function nmStrengthDbm(strength: number): number {
  return Math.round(-40 - 0.6 * (100 - Math.min(100, Math.max(0, strength))))
}

/** blockedOf says whether an rfkill switch of type wlan blocks the radio, and which. */
export function blockedOf(switches: readonly RadioSwitchFacts[]): WifiLink['blocked'] {
  const wlan = switches.filter(entry => /^(wlan|Wireless LAN)$/i.test(entry.type))
  return {
    soft: wlan.some(entry => entry.soft),
    hard: wlan.some(entry => entry.hard),
    switches: wlan
      .filter(entry => entry.soft || entry.hard)
      .map(entry => `${entry.name} (${[entry.hard && 'hard', entry.soft && 'soft'].filter(Boolean).join(' and ')} blocked)`),
  }
}

/** realSignal drops the 0 dBm (and positive) values drivers print when they report no signal. */
function realSignal(value: number | null | undefined): number | null {
  return value === null || value === undefined || value >= 0 ? null : value
}

/** trendOf says how readings a second apart moved: by TREND_DB or more from the first to the last, else steady. */
export function trendOf(samples: readonly number[]): WifiLink['trend'] {
  if (samples.length < 2) return null
  const moved = samples.at(-1)! - samples[0]!
  return moved <= -TREND_DB ? 'falling' : moved >= TREND_DB ? 'rising' : 'steady'
}

/** linkSignal is the signal of one `iw dev PORT link` reading, or null. */
export function linkSignal(output: CommandText): number | null {
  const read = output.text === null ? null : parseIwLink(output.text)
  return read?.ok && read.value.connected ? realSignal(read.value.signal) : null
}

/** wirelessSignal is a port's signal in one reading of /proc/net/wireless, or null. */
export function wirelessSignal(text: string | null, port: string): number | null {
  const read = text === null ? null : parseProcNetWireless(text)
  return read?.ok ? realSignal(read.value.find(entry => entry.port === port)?.level) : null
}

/** readSignals are a port's signal readings a second apart: `iw dev PORT link`'s where it was read, else /proc/net/wireless'. */
function readSignals(facts: WifiFacts, port: WifiPortFacts): {samples: number[]; from: string | null} {
  const [readings, from] =
    port.link.text !== null
      ? [[port.link, ...port.samples].map(linkSignal), `iw dev ${port.port} link`]
      : [[facts.procWireless, ...port.wirelessSamples].map(text => wirelessSignal(text, port.port)), '/proc/net/wireless']
  const samples = readings.flatMap(value => (value === null ? [] : [value]))
  return {samples, from: samples.length > 0 ? from : null}
}

/** wifiLink decides one port's facts from the outputs, preferring iw's own view, then the station's, wpa_supplicant's and NM's. */
function wifiLink(facts: WifiFacts, port: WifiPortFacts, events: WifiEvent[], nm: NmAccessPoint[] | null): WifiLink {
  const linkText = textOf(port.link)
  const link = linkText === null ? null : parseIwLink(linkText)
  const stationText = textOf(port.station)
  const station = stationText === null ? null : parseIwStation(stationText)
  const wpaText = textOf(port.wpa)
  const wpa = wpaText === null ? null : parseWpaStatus(wpaText)
  const inUse = nm?.find(point => point.inUse) ?? null
  const scan = scanOf(port, nm)
  const linked = link?.ok && link.value.connected ? link.value : null
  const st = station?.ok ? station.value : null
  const status = wpa?.ok ? wpa.value : null
  /** marked is the BSS an iw scan marks `-- associated`: the kernel's own word that the port is joined to it. */
  const marked = scan?.from.startsWith('iw') ? (scan.networks.find(network => network.associated) ?? null) : null

  let associated: boolean | null = null
  let associatedFrom: string | null = null
  if (link?.ok) [associated, associatedFrom] = [link.value.connected, `iw dev ${port.port} link`]
  else if (status) [associated, associatedFrom] = [status['wpa_state'] === 'COMPLETED', `wpa_cli status (wpa_state=${status['wpa_state']})`]
  else if (st) [associated, associatedFrom] = [true, `iw dev ${port.port} station dump (the access point ${st.bssid} is listed)`]
  else if (marked) [associated, associatedFrom] = [true, `${scan!.from} (BSS ${marked.bssid} -- associated)`]
  else if (nm) [associated, associatedFrom] = [inUse !== null, 'nmcli dev wifi list']

  const bssid = linked?.bssid ?? status?.['bssid']?.toLowerCase() ?? inUse?.bssid ?? st?.bssid ?? marked?.bssid ?? null
  const freq = linked?.freq ?? (status?.['freq'] ? Number(status['freq']) : null) ?? inUse?.freq ?? marked?.freq ?? null
  const place = frequencyChannel(Number.isFinite(freq) ? freq : null)
  const sources: [number | null | undefined, string][] = [
    [linked?.signal, `iw dev ${port.port} link`],
    [st?.signalAvg, `iw dev ${port.port} station dump (signal avg)`],
    [st?.signal, `iw dev ${port.port} station dump`],
    [wirelessSignal(facts.procWireless, port.port), '/proc/net/wireless'],
    [marked?.signal, `${scan?.from} (the associated BSS at the last scan)`],
    [inUse?.signal == null ? null : nmStrengthDbm(inUse.signal), `nmcli dev wifi list (SIGNAL ${inUse?.signal}%)`],
  ]
  const found = sources.find(([value]) => realSignal(value) !== null)
  const printed = sources.some(([value]) => value !== null && value !== undefined)
  const associatedScan = scan?.networks.find(network => network.associated || (bssid !== null && network.bssid === bssid)) ?? null
  const security =
    (status && securityOfWpa(status) && {...securityOfWpa(status)!, from: 'wpa_cli status'}) ||
    (associatedScan && scan?.from.startsWith('iw') && {...securityOfScan(associatedScan), from: scan.from}) ||
    (inUse && {...securityOfNm(inUse), from: 'nmcli dev wifi list'}) ||
    null
  const {samples, from: samplesFrom} = readSignals(facts, port)
  const mine = events.filter(event => event.port === null || event.port === port.port || event.port === `p2p-dev-${port.port}`)
  return {
    port: port.port,
    blocked: blockedOf(facts.rfkill),
    associated,
    associatedFrom,
    ssid: linked?.ssid ?? status?.['ssid'] ?? inUse?.ssid ?? marked?.ssid ?? null,
    bssid,
    freq: place ? freq : null,
    band: place?.band ?? null,
    channel: place?.channel ?? null,
    signal: found ? realSignal(found[0]) : null,
    signalFrom: found ? found[1] : null,
    signalUnreported: !found && printed,
    samples,
    samplesFrom,
    trend: trendOf(samples),
    maker: (bssid && facts.makers.find(entry => entry.bssid === bssid)?.maker) ?? null,
    tx: linked?.tx ?? st?.tx ?? null,
    rx: linked?.rx ?? st?.rx ?? null,
    txPackets: st?.txPackets ?? linked?.txPackets ?? null,
    retries:
      st && st.txPackets !== null
        ? {txPackets: st.txPackets, txRetries: st.txRetries, txFailed: st.txFailed, beaconLoss: st.beaconLoss}
        : null,
    connectedSeconds: st?.connectedSeconds ?? null,
    security: security ? security.security : null,
    securityDetail: security ? security.detail : null,
    securityFrom: security ? security.from : null,
    scan: scan?.networks ?? null,
    scanFrom: scan?.from ?? null,
    events: mine,
  }
}

/** wifiLinks is every wireless port of the snapshot, decided (none without a wifi section). */
export function wifiLinks(snapshot: Snapshot): WifiLink[] {
  return snapshot.wifi ? linksOf(snapshot.wifi) : []
}

/** linksOf decides every wireless port of a wifi section. */
export function linksOf(facts: WifiFacts): WifiLink[] {
  const events = parseWifiLog(facts.log.join('\n'))
  const nm = nmPoints(facts)
  return facts.ports.map(port => wifiLink(facts, port, events, nm))
}

/** disconnects are a link's wpa_supplicant disconnects, in log order. */
export function disconnects(link: WifiLink): Extract<WifiEvent, {kind: 'disconnected'}>[] {
  return link.events.flatMap(event => (event.kind === 'disconnected' ? [event] : []))
}

/** describeEvent words one event of the history with the 802.11 name of its code. */
export function describeEvent(event: WifiEvent): string {
  switch (event.kind) {
    case 'disconnected':
      return `disconnected${event.bssid ? ` from ${event.bssid}` : ''}, reason ${describeReasonCode(String(event.reason))}${event.locallyGenerated ? ', sent by this machine' : ''}`
    case 'assoc-reject':
      return `association refused${event.bssid ? ` by ${event.bssid}` : ''}, status ${describeStatusCode(String(event.status))}`
    case 'temp-disabled':
      return `wpa_supplicant paused the network: ${event.reason === 'WRONG_KEY' ? 'wrong key (password)' : event.reason}`
    case 'nm-state':
      return `NetworkManager: ${event.from} -> ${event.to}${event.reason ? ` (${event.reason})` : ''}`
  }
}

/** lastFailure is the last event that says why a connection ended or was refused, or null. */
export function lastFailure(link: WifiLink): WifiEvent | null {
  const failures = link.events.filter(
    event => event.kind !== 'nm-state' || (event.reason !== null && /fail|disconnect|no-secrets|timeout/.test(event.reason)),
  )
  return failures.at(-1) ?? null
}

/** describeSamples words the readings a second apart: "-71 → -78 dBm, falling" (null with fewer than two). */
export function describeSamples(link: Pick<WifiLink, 'samples' | 'trend'>): string | null {
  return link.trend ? `${link.samples.join(' → ')} dBm, ${link.trend}` : null
}

/** retryShare is the share of transmitted packets the station counters say were retried (null without the counters). */
export function retryShare(link: Pick<WifiLink, 'retries'>): number | null {
  const counters = link.retries
  return counters && counters.txRetries !== null && counters.txPackets > 0 ? counters.txRetries / counters.txPackets : null
}

/** manyRetries tells whether the station counters show MANY_RETRIES_SHARE or more of the packets sent again (a lossy air). */
export function manyRetries(link: Pick<WifiLink, 'retries'>): boolean {
  return (retryShare(link) ?? 0) >= MANY_RETRIES_SHARE
}

/** describeRetries words the station counters: "tx retries 12% of 4490 packets, 3 failed, beacon loss 0" (null without them). */
export function describeRetries(link: Pick<WifiLink, 'retries'>): string | null {
  const counters = link.retries
  if (!counters) return null
  const share = retryShare(link)
  return (
    [
      counters.txRetries === null
        ? null
        : `tx retries ${counters.txRetries} of ${counters.txPackets} packets${share === null ? '' : ` (${Math.round(share * 100)}%)`}`,
      counters.txFailed === null ? null : `${counters.txFailed} failed`,
      counters.beaconLoss === null ? null : `beacon loss ${counters.beaconLoss}`,
    ]
      .filter(Boolean)
      .join(', ') || null
  )
}

/** MAX_PER_STREAM is the top rate of one spatial stream (short guard interval) by standard and channel width, in Mbit/s. */
const MAX_PER_STREAM: Record<Standard, Record<number, number>> = {
  legacy: {20: 54},
  n: {20: 72.2, 40: 150},
  ac: {20: 96.3, 40: 200, 80: 433.3, 160: 866.7},
  ax: {20: 143.4, 40: 286.8, 80: 600.5, 160: 1201},
  be: {20: 172.1, 40: 344.1, 80: 720.6, 160: 1441.2, 320: 2882.4},
}

/** maxRate is the best rate the link's standard allows at its width and stream count (20 MHz and one stream when not said); null
 * for a rate that names no standard. */
export function maxRate(rate: Bitrate): number | null {
  if (rate.standard === null) return null
  const table = MAX_PER_STREAM[rate.standard]
  const width = rate.widthMhz && table[rate.widthMhz] ? rate.widthMhz : 20
  return table[width]! * (rate.standard === 'legacy' ? 1 : (rate.nss ?? 1))
}

/** STANDARD_NAMES are the Wi-Fi generations' names. */
export const STANDARD_NAMES: Record<Standard, string> = {
  legacy: '802.11a/b/g',
  n: 'Wi-Fi 4 (802.11n)',
  ac: 'Wi-Fi 5 (802.11ac)',
  ax: 'Wi-Fi 6 (802.11ax)',
  be: 'Wi-Fi 7 (802.11be)',
}

/** standardName names the standard a rate was sent with, null when it names none (a driver that prints only the number). */
export function standardName(rate: Bitrate | null): string | null {
  return rate?.standard ? STANDARD_NAMES[rate.standard] : null
}

/** channelsOverlap tells whether two 2.4 GHz channels share air (20 MHz channels 5 MHz apart: fewer than 5 apart overlap). */
function channelsOverlap(a: number, b: number): boolean {
  return Math.abs(a - b) < 5
}

/** Neighbourhood is what the scan says of the link's channel: the networks sharing it, and the channel with the fewest. */
export interface Neighbourhood {
  band: Band
  channel: number
  /** sharing are the other radios' networks (one each) on the same channel, or (2.4 GHz) on one that overlaps it. */
  sharing: ScannedNetwork[]
  best: {channel: number; sharing: number} | null
}

/** radioOf is the part of a BSSID one radio keeps for all its networks: an access point's guest and main network differ only in
 * the first octet (the locally administered bit) or the last (94:b4:0f:f1:3a:e0 and …:e1 are one radio, one share of the air). */
function radioOf(bssid: string): string {
  return bssid.split(':').slice(1, 5).join(':')
}

/** oneEachRadio keeps the first network of each radio (of one band). */
function oneEachRadio(networks: readonly ScannedNetwork[]): ScannedNetwork[] {
  const seen = new Set<string>()
  return networks.filter(network => !seen.has(radioOf(network.bssid)) && Boolean(seen.add(radioOf(network.bssid))))
}

/** neighbourhood counts the audible radios (other than this one's access point) by channel. */
export function neighbourhood(link: WifiLink): Neighbourhood | null {
  if (!link.scan || link.channel === null || !link.band) return null
  const own = link.bssid === null ? null : radioOf(link.bssid)
  const audible = link.scan.filter(network => radioOf(network.bssid) !== own && (network.signal ?? -100) >= AUDIBLE_DBM)
  // One each radio of this band: a dual-band access point's 5 GHz network is another radio, and does not hide its 2.4 GHz one.
  const inBand = audible.filter(network => frequencyChannel(network.freq)?.band === link.band)
  const placed = oneEachRadio(inBand).map(network => ({network, channel: frequencyChannel(network.freq)!.channel}))
  const sharingOn = (channel: number) =>
    placed
      .filter(entry => (link.band === '2.4 GHz' ? channelsOverlap(entry.channel, channel) : entry.channel === channel))
      .map(entry => entry.network)
  const candidates = link.band === '2.4 GHz' ? [1, 6, 11] : [...new Set([link.channel, ...placed.map(entry => entry.channel)])]
  const ranked = candidates
    .map(channel => ({channel, sharing: sharingOn(channel).length}))
    .sort((a, b) => a.sharing - b.sharing || a.channel - b.channel)
  return {band: link.band, channel: link.channel, sharing: sharingOn(link.channel), best: ranked[0] ?? null}
}
