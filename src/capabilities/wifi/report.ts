// Builds the `netdoc wifi` report from a snapshot: each wireless port's link, security, neighbourhood and history, the rules'
// findings, and `netdoc.undetermined` where a connected port's signal cannot be read (the facts cannot decide weak or good).
import type {Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {parseIwReg} from '../../parse/iw.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import {wifiRules} from '../../../rules/wifi/index.js'
import {describeEvent, disconnects, maxRate, neighbourhood, standardName, wifiLinks, type WifiLink} from './model.js'

/** UNDETERMINED_ID is the verdict when the facts cannot decide. */
export const UNDETERMINED_ID = 'netdoc.undetermined'

/** WifiPortRow is one wireless port in the JSON contract of `netdoc wifi`. */
export interface WifiPortRow {
  port: string
  blocked: {soft: boolean; hard: boolean}
  associated: boolean | null
  ssid: string | null
  bssid: string | null
  /** maker is the access point's maker by the OUI of its BSSID; null when unknown or a locally administered address. */
  maker: string | null
  band: string | null
  channel: number | null
  freq: number | null
  signal: number | null
  signalSource: string | null
  /** samples are the signal readings a second apart (`--samples`), in dBm; samplesSource what they were read from (`iw dev PORT link`,
   * else /proc/net/wireless), null without samples; trend how they moved, null with fewer than two. */
  samples: number[]
  samplesSource: string | null
  trend: 'falling' | 'rising' | 'steady' | null
  /** retries are the station counters of `iw dev PORT station dump`, null when not read. */
  retries: {txPackets: number; txRetries: number | null; txFailed: number | null; beaconLoss: number | null} | null
  txBitrate: number | null
  rxBitrate: number | null
  standard: string | null
  maxBitrate: number | null
  security: string | null
  securitySource: string | null
  neighbours: {sharingChannel: number; bestChannel: number | null; bestChannelSharing: number | null; seen: number} | null
  disconnects: number
  history: string[]
}

/** WifiReport is exactly what `netdoc wifi --json` prints. */
export interface WifiReport {
  ports: WifiPortRow[]
  regulatory: string | null
  logSource: string | null
  verdict: Finding | null
  findings: Finding[]
  notChecked: Gap[]
}

function row(link: WifiLink): WifiPortRow {
  const seen = neighbourhood(link)
  return {
    port: link.port,
    blocked: {soft: link.blocked.soft, hard: link.blocked.hard},
    associated: link.associated,
    ssid: link.ssid,
    bssid: link.bssid,
    maker: link.maker,
    band: link.band,
    channel: link.channel,
    freq: link.freq,
    signal: link.signal,
    signalSource: link.signalFrom,
    samples: link.samples,
    samplesSource: link.samplesFrom,
    trend: link.trend,
    retries: link.retries,
    txBitrate: link.tx?.mbps ?? null,
    rxBitrate: link.rx?.mbps ?? null,
    standard: standardName(link.tx),
    maxBitrate: link.tx ? maxRate(link.tx) : null,
    security: link.security,
    securitySource: link.securityFrom,
    neighbours: seen
      ? {
          sharingChannel: seen.sharing.length,
          bestChannel: seen.best?.channel ?? null,
          bestChannelSharing: seen.best?.sharing ?? null,
          seen: link.scan?.length ?? 0,
        }
      : null,
    disconnects: disconnects(link).length,
    history: link.events.slice(-10).map(describeEvent),
  }
}

/** undetermined is the finding for a connected port whose signal no source reported, when no rule spoke for the port. */
function undetermined(link: WifiLink): Finding {
  return {
    id: UNDETERMINED_ID,
    severity: 'warning',
    title: `netdoc could not decide whether the Wi-Fi signal of ${link.port} is good or weak`,
    evidence: [
      `${link.associatedFrom}: connected${link.ssid ? ` to "${link.ssid}"` : ''}`,
      link.signalUnreported
        ? 'the driver reports the signal as 0 dBm, which means it does not know it (no real receiver reads 0 dBm)'
        : 'no signal in iw dev link, station dump or /proc/net/wireless',
    ],
    next: [
      'What would decide it: a signal reading. Try `iw dev PORT station dump` while traffic flows, or another driver for this card (some out-of-tree Realtek drivers report none).'.replace(
        'PORT',
        link.port,
      ),
    ],
    subject: link.port,
  }
}

/** wifiReport runs the wifi rules over a snapshot; a pure function of it. */
export function wifiReport(snapshot: Snapshot): WifiReport {
  if (!snapshot.wifi) throw new Error('wifiReport needs a snapshot with a wifi section')
  const links = wifiLinks(snapshot)
  const found = runRules(wifiRules, snapshot)
  const spoken = new Set(found.map(finding => finding.subject))
  const open = links.filter(link => link.associated === true && link.signal === null && !spoken.has(link.port)).map(undetermined)
  const findings = [
    ...found.filter(finding => finding.severity !== 'info'),
    ...open,
    ...found.filter(finding => finding.severity === 'info'),
  ]
  const reg = snapshot.wifi.regulatory.text === null ? null : parseIwReg(snapshot.wifi.regulatory.text)
  return {
    ports: links.map(row),
    regulatory: reg?.ok ? reg.value : null,
    logSource: snapshot.wifi.logSource,
    verdict: findings[0] ?? null,
    findings,
    notChecked: sectionGaps(snapshot, 'wifi'),
  }
}
