// Collects the wifi section: the wireless ports (`iw dev`, else /sys/class/net/*/phy80211), for each its link, station counters,
// the kernel's cached scan, wpa_supplicant's status and cached scan; rfkill, /proc/net/wireless, the regulatory domain,
// NetworkManager's list of access points, and this boot's Wi-Fi history from the journal (else syslog). It only reads: the scans are
// caches (`scan dump`, `scan_results`, `--rescan no`), nothing is sent. Every command goes through the host's runner, so a recorded tree replays them from commands/,
// and a lab with mac80211_hwsim and hostapd needs nothing new.
import {loadVendorBook} from '../../collect/oui.js'
import type {ReadResult} from '../../host/files.js'
import type {Host} from '../../host/host.js'
import {outcomeReason} from '../../host/run-command.js'
import {parseIwDev} from '../../parse/iw.js'
import {isLocallyAdministered} from '../../parse/oui.js'
import {parseRfkillList} from '../../parse/wifi-state.js'
import type {Gap} from '../../snapshot/snapshot.js'
import type {CommandText, RadioSwitchFacts, WifiFacts, WifiPortFacts} from './facts.js'
import {linkSignal, linksOf, wirelessSignal} from './model.js'

const TIMEOUT_MS = 3000
/** PROC_WIRELESS is the kernel's table of wireless ports' link quality and signal (wireless extensions' compatibility). */
const PROC_WIRELESS = '/proc/net/wireless'
/** SAMPLE_INTERVAL_MS is the time between two readings of a link's signal. */
export const SAMPLE_INTERVAL_MS = 1000
/** MAX_LOG_LINES keeps the newest Wi-Fi lines of the log. */
const MAX_LOG_LINES = 500
const WIFI_LINE = /CTRL-EVENT-(?:DISCONNECTED|ASSOC-REJECT|SSID-TEMP-DISABLED)|device \([^)]+\): state change:/
/** NMCLI_LIST is NetworkManager's cached list of access points, in the fields parseNmcliWifiList reads. */
export const NMCLI_LIST = ['nmcli', '-t', '-f', 'IN-USE,BSSID,SSID,CHAN,FREQ,SIGNAL,SECURITY', 'dev', 'wifi', 'list', '--rescan', 'no']
/** WPA_SCAN is the supplicant's cached scan of a port (reading it starts no scan); asked only where `wpa_cli status` answered. */
export const WPA_SCAN = (port: string) => ['wpa_cli', '-i', port, 'scan_results']
/** JOURNAL is this boot's lines of the services that log Wi-Fi events. */
export const JOURNAL = ['journalctl', '-b', '--no-pager', '-o', 'short-iso', '-u', 'wpa_supplicant', '-u', 'NetworkManager', '-n', '20000']

async function run(host: Host, argv: string[], gaps: Gap[], fact: string): Promise<CommandText> {
  const outcome = await host.commands.run(argv, {timeoutMs: TIMEOUT_MS})
  if (outcome.kind === 'ok') return {text: outcome.stdout, problem: null}
  const problem = outcomeReason(outcome)
  gaps.push({fact, reason: problem})
  return {text: null, problem}
}

function sysfsSwitches(host: Host): RadioSwitchFacts[] {
  return host.files.subdirs('/sys/class/rfkill').flatMap(entry => {
    const dir = `/sys/class/rfkill/${entry}`
    const [type, name, soft, hard] = ['type', 'name', 'soft', 'hard'].map(file => host.files.value(`${dir}/${file}`))
    return type && name ? [{name, type, soft: soft === '1', hard: hard === '1'}] : []
  })
}

async function radioSwitches(host: Host, gaps: Gap[]): Promise<RadioSwitchFacts[]> {
  const fromSysfs = sysfsSwitches(host)
  if (fromSysfs.length > 0) return fromSysfs
  const listed = await run(host, ['rfkill', 'list'], gaps, 'rfkill switches')
  const parsedList = listed.text === null ? null : parseRfkillList(listed.text)
  return parsedList?.ok ? parsedList.value : []
}

async function wifiLog(host: Host): Promise<{lines: string[]; source: string | null}> {
  const journal = await host.commands.run(JOURNAL, {timeoutMs: TIMEOUT_MS})
  const pick = (text: string) =>
    text
      .split('\n')
      .filter(line => WIFI_LINE.test(line))
      .slice(-MAX_LOG_LINES)
  if (journal.kind === 'ok') return {lines: pick(journal.stdout), source: 'journalctl'}
  for (const path of ['/var/log/syslog', '/var/log/messages']) {
    const read = host.files.tail(path, 4 * 1024 * 1024)
    if (read.ok) return {lines: pick(read.text), source: path}
  }
  return {lines: [], source: null}
}

/** wirelessPorts are the managed ports `iw dev` lists, else the ports sysfs marks wireless. */
function wirelessPorts(host: Host, iwDev: CommandText): string[] {
  const listed = iwDev.text === null ? null : parseIwDev(iwDev.text)
  if (listed?.ok) return listed.value.filter(port => port.type === null || port.type === 'managed').map(port => port.name)
  return host.files.subdirs('/sys/class/net').filter(port => host.files.exists(`/sys/class/net/${port}/phy80211`))
}

/** laterReadings takes readings 2..`samples` of a port's signal, a second apart (the host's sleep: no wait on a recorded tree). */
async function laterReadings<T>(host: Host, samples: number, read: (reading: number) => Promise<T>): Promise<T[]> {
  const readings: T[] = []
  for (let reading = 2; reading <= samples; reading++) {
    await host.sleep(SAMPLE_INTERVAL_MS)
    readings.push(await read(reading))
  }
  return readings
}

/** signalReadings reads a port's signal again from where the first reading found it: `iw dev PORT link`, else /proc/net/wireless
 * when iw's link could not be read at all (a machine without iw); none when neither had a signal (not joined, or a driver that
 * reports none): there is no trend to wait for. */
async function signalReadings(
  host: Host,
  port: string,
  samples: number,
  link: CommandText,
  procWireless: string | null,
): Promise<Pick<WifiPortFacts, 'samples' | 'wirelessSamples'>> {
  if (linkSignal(link) !== null)
    return {
      samples: await laterReadings(host, samples, reading =>
        run(host, ['iw', 'dev', port, 'link'], [], `${port}: link, reading ${reading}`),
      ),
      wirelessSamples: [],
    }
  if (link.text === null && wirelessSignal(procWireless, port) !== null)
    return {
      samples: [],
      wirelessSamples: await laterReadings(host, samples, async reading => textOrNull(host.files.reading(PROC_WIRELESS, reading))),
    }
  return {samples: [], wirelessSamples: []}
}

function textOrNull(read: ReadResult): string | null {
  return read.ok ? read.text : null
}

/** makersOf names the makers of the access points the ports are joined to (decided as the report decides them). */
function makersOf(host: Host, facts: WifiFacts): WifiFacts['makers'] {
  const bssids = [...new Set(linksOf(facts).flatMap(link => (link.bssid ? [link.bssid] : [])))]
  if (bssids.length === 0) return []
  const book = loadVendorBook(host.files)
  return bssids.map(bssid => ({bssid, maker: isLocallyAdministered(bssid) ? null : book.vendorOf(bssid)}))
}

/** collectWifi reads every Wi-Fi fact of the host, each missing one recorded as a gap; each link's signal is read `samples` times,
 * a second apart. */
export async function collectWifi(host: Host, gaps: Gap[], samples = 1): Promise<WifiFacts> {
  const portGaps: Gap[] = []
  const iwDev = await run(host, ['iw', 'dev'], portGaps, 'wireless ports (iw dev)')
  const names = wirelessPorts(host, iwDev)
  if (names.length > 0) gaps.push(...portGaps)
  const procWireless = textOrNull(host.files.read(PROC_WIRELESS))
  const ports = await Promise.all(
    names.map(async port => {
      const link = await run(host, ['iw', 'dev', port, 'link'], gaps, `${port}: link`)
      const wpa = await run(host, ['wpa_cli', '-i', port, 'status'], gaps, `${port}: wpa_supplicant status`)
      return {
        port,
        link,
        station: await run(host, ['iw', 'dev', port, 'station', 'dump'], gaps, `${port}: station counters`),
        scan: await run(host, ['iw', 'dev', port, 'scan', 'dump'], gaps, `${port}: networks nearby (cached scan)`),
        wpa,
        wpaScan: wpa.text === null ? wpa : await run(host, WPA_SCAN(port), gaps, `${port}: wpa_supplicant's cached scan`),
        ...(await signalReadings(host, port, samples, link, procWireless)),
      }
    }),
  )
  const wanted = ports.length > 0
  const [rfkill, regulatory, nmcli, log] = await Promise.all([
    radioSwitches(host, gaps),
    run(host, ['iw', 'reg', 'get'], wanted ? gaps : [], 'regulatory domain (iw reg get)'),
    run(host, NMCLI_LIST, wanted ? gaps : [], 'NetworkManager access points'),
    wifiLog(host),
  ])
  if (wanted && log.source === null) gaps.push({fact: 'Wi-Fi history', reason: 'neither the journal nor /var/log/syslog could be read'})
  const facts: WifiFacts = {
    iwDev,
    ports,
    rfkill,
    procWireless,
    regulatory,
    nmcli,
    log: log.lines,
    logSource: log.source,
    makers: [],
  }
  return {...facts, makers: makersOf(host, facts)}
}
