// Builds the `netdoc displays` report from a snapshot: cards, outputs and monitors, X's screens, findings (the X log's among them), gaps.
import type {Finding} from '../../engine/finding.js'
import type {Catalog} from '../../explain/catalog.js'
import {explainText, type ExplainMatch} from '../../explain/explain-text.js'
import {runRules} from '../../engine/run-rules.js'
import type {Parsed} from '../../parse/parse-result.js'
import {displayRules} from '../../../rules/display/index.js'
import xServerFailed from '../../../rules/display/x-server-failed.js'
import type {DisplaysFacts, DrmOutput, SessionType} from './facts.js'
import {
  connectedMonitors,
  monitorLabel,
  parsedXConfigs,
  parsedXLog,
  readMonitor,
  xHintsApply,
  xinerama,
  xLogOf,
  xScreens,
  type XScreen,
} from './screens.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import {catalogFindings, withLogFindings} from '../../report/log-findings.js'

/** GpuRow is one graphics card in the JSON contract of `netdoc displays`. */
export interface GpuRow {
  busId: string
  vendorId: string | null
  deviceId: string | null
  vendor: string | null
  model: string | null
  driver: string | null
  bootVga: boolean | null
  /** xScreens are the X screens (and GPU screens, as "G0") running on the card; null when there is no X log to tell. */
  xScreens: string[] | null
}

/** OutputRow is one connector and what is plugged into it; `source` says whether the kernel or only the X log knows it. */
export interface OutputRow {
  card: string | null
  busId: string | null
  connector: string
  status: 'connected' | 'disconnected' | 'unknown'
  enabled: boolean | null
  monitor: string | null
  manufacturer: string | null
  serial: string | null
  preferredMode: string | null
  /** edidError says why a connected monitor's EDID could not be read (garbled, truncated). */
  edidError: string | null
  source: 'kernel' | 'x-log'
}

/** XReport is what the X server's log and configuration say, and whether their hints apply to this session. */
export interface XReport {
  session: SessionType
  sessionEvidence: string[]
  /** hintsApply is false in a Wayland session: X's log and xorg.conf are then not what draws the screen. */
  hintsApply: boolean
  log: string | null
  logError: string | null
  serverVersion: string | null
  /** configNamedByLog is the configuration file the X log says the server used, whether or not it could be read. */
  configNamedByLog: string | null
  configFiles: string[]
  configErrors: {path: string; error: string}[]
  layout: string | null
  xinerama: boolean | null
  screens: XScreen[]
  videoDrivers: string[]
  failedDrivers: {name: string; reason: string}[]
  fatal: string | null
  /** errors are the last (EE) lines of the log. */
  errors: string[]
  /** messages are the log's lines the explain catalog recognises (its `xorg` entries), in `netdoc explain --json`'s shape: the raw
   * evidence of the findings made from them; the command consults the catalog only for a log with (EE) lines. */
  messages: ExplainMatch[]
}

/** DisplaysReport is exactly what `netdoc displays --json` prints. */
export interface DisplaysReport {
  gpus: GpuRow[]
  outputs: OutputRow[]
  x: XReport
  findings: Finding[]
  notChecked: Gap[]
}

const SHOWN_ERRORS = 20

function screenLabel(screen: XScreen): string {
  return `${screen.gpuScreen ? 'G' : ''}${screen.number}`
}

function kernelOutputRow(facts: DisplaysFacts, output: DrmOutput): OutputRow {
  const edid = readMonitor(output)
  const monitor = edid?.ok ? edid.value : null
  const status = output.status === 'connected' || output.status === 'disconnected' ? output.status : 'unknown'
  return {
    card: output.card,
    busId: facts.cards.find(card => card.card === output.card)?.busId ?? null,
    connector: output.connector,
    status,
    enabled: output.enabled,
    monitor: monitor ? monitorLabel(monitor) : null,
    manufacturer: monitor?.manufacturer ?? null,
    serial: monitor ? (monitor.serialText ?? (monitor.serialNumber === null ? null : String(monitor.serialNumber))) : null,
    preferredMode: output.modes[0] ?? null,
    edidError: edid && !edid.ok ? edid.error : null,
    source: 'kernel',
  }
}

function outputRows(facts: DisplaysFacts): OutputRow[] {
  const fromLog: OutputRow[] = connectedMonitors(facts)
    .filter(monitor => monitor.source === 'x-log')
    .map(monitor => ({
      card: null,
      busId: monitor.busId,
      connector: monitor.connector,
      status: 'connected',
      enabled: null,
      monitor: monitor.name,
      manufacturer: null,
      serial: null,
      preferredMode: null,
      edidError: null,
      source: 'x-log',
    }))
  return [...facts.outputs.map(output => kernelOutputRow(facts, output)), ...fromLog]
}

/** xLogMessages runs the catalog's xorg entries over the X log. */
function xLogMessages(facts: DisplaysFacts, catalog: Catalog | null): ExplainMatch[] {
  return catalog && facts.xLog ? explainText(facts.xLog.text, catalog, {sources: ['xorg']}).matches : []
}

/** displayFindings are the display rules' findings and the X log's recognised problems, each a finding as `netdoc nics` makes the
 * kernel log's; no log findings in a Wayland session (the X log is not what draws the screen) or when the rules found a missing or
 * driverless card, the cause X's errors follow from (what quiets display.x-server-failed). */
function displayFindings(snapshot: Snapshot, facts: DisplaysFacts, messages: ExplainMatch[]): Finding[] {
  const logged = facts.xLog && xHintsApply(facts) ? catalogFindings(messages, `X log (${facts.xLog.path})`) : []
  const found = withLogFindings(runRules(displayRules, snapshot), logged, xServerFailed.dependsOn)
  return fatalRecognised(facts, messages, logged) ? found.filter(finding => finding.id !== xServerFailed.id) : found
}

/** fatalRecognised tells whether the catalog recognised X's fatal error itself: its finding then says what the error means and what
 * to do, and display.x-server-failed (the same error, in general words) steps aside. */
function fatalRecognised(facts: DisplaysFacts, messages: readonly ExplainMatch[], logged: readonly Finding[]): boolean {
  const fatal = xLogOf(facts)?.fatal ?? null
  return fatal !== null && messages.some(match => match.example.includes(fatal) && logged.some(finding => finding.id === match.id))
}

function xReport(facts: DisplaysFacts, messages: ExplainMatch[]): XReport {
  const parsedLog = parsedXLog(facts)
  const log = parsedLog?.ok ? parsedLog.value : null
  const configs = parsedXConfigs(facts)
  return {
    session: facts.session.type,
    sessionEvidence: facts.session.evidence,
    hintsApply: xHintsApply(facts),
    log: facts.xLog?.path ?? null,
    logError: parsedLog && !parsedLog.ok ? parsedLog.error : null,
    serverVersion: log?.version ?? null,
    configNamedByLog: log?.configFile ?? null,
    configFiles: configs.map(config => config.path),
    configErrors: configs.flatMap(({path, result}) => (result.ok ? [] : [{path, error: result.error}])),
    layout: log?.layout ?? null,
    xinerama: xinerama(facts),
    screens: xScreens(facts),
    videoDrivers: log?.videoDrivers ?? [],
    failedDrivers: log?.failedDrivers ?? [],
    fatal: log?.fatal ?? null,
    errors: (log?.errors ?? []).slice(-SHOWN_ERRORS),
    messages,
  }
}

/** displaysReport runs the display rules over a snapshot, and the catalog's xorg entries over its X log (each problem they recognise
 * a finding); a pure function of both. */
export function displaysReport(snapshot: Snapshot, catalog: Parsed<Catalog> | null = null): DisplaysReport {
  const facts = snapshot.displays
  if (!facts) throw new Error('displaysReport needs a snapshot with a displays section')
  const screens = xScreens(facts)
  const hasLog = parsedXLog(facts)?.ok === true
  const messages = xLogMessages(facts, catalog?.ok ? catalog.value : null)
  return {
    gpus: facts.gpus.map(gpu => ({
      busId: gpu.busId,
      vendorId: gpu.vendorId,
      deviceId: gpu.deviceId,
      vendor: gpu.vendor,
      model: gpu.model,
      driver: gpu.driver,
      bootVga: gpu.bootVga,
      xScreens: hasLog ? screens.filter(screen => screen.busId === gpu.busId).map(screenLabel) : null,
    })),
    outputs: outputRows(facts),
    x: xReport(facts, messages),
    findings: displayFindings(snapshot, facts, messages),
    notChecked: [
      ...sectionGaps(snapshot, 'displays'),
      ...(catalog && !catalog.ok
        ? [{fact: 'X log messages', reason: `netdoc's message catalog is broken: ${catalog.error}`, section: 'displays'}]
        : []),
    ],
  }
}
