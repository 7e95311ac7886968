// Questions about cards, monitors and X screens that several display rules and views ask, answered from the snapshot alone.
import {parseEdid, type Edid} from '../../parse/edid.js'
import type {Parsed} from '../../parse/parse-result.js'
import {xBusIdToAddress} from '../../parse/x-bus-id.js'
import {parseXorgConf, type XorgConfig} from '../../parse/xorg-conf.js'
import {parseXorgLog, type XorgLog} from '../../parse/xorg-log.js'
import type {CollectedText, DisplaysFacts, DrmOutput, Gpu} from './facts.js'

const parsedLogs = new WeakMap<CollectedText, Parsed<XorgLog>>()
const parsedConfigs = new WeakMap<CollectedText, Parsed<XorgConfig>>()

/** parsedXLog parses the snapshot's X log once (null when there is none). */
export function parsedXLog(facts: DisplaysFacts): Parsed<XorgLog> | null {
  const log = facts.xLog
  if (!log) return null
  let result = parsedLogs.get(log)
  if (!result) parsedLogs.set(log, (result = parseXorgLog(log.text)))
  return result
}

/** xLogOf is the parsed X log, or null when there is none or it could not be read. */
export function xLogOf(facts: DisplaysFacts): XorgLog | null {
  const result = parsedXLog(facts)
  return result?.ok ? result.value : null
}

/** parsedXConfigs parses each configuration file once, keeping its path. */
export function parsedXConfigs(facts: DisplaysFacts): {path: string; result: Parsed<XorgConfig>}[] {
  return facts.xConfigs.map(file => {
    let result = parsedConfigs.get(file)
    if (!result) parsedConfigs.set(file, (result = parseXorgConf(file.text)))
    return {path: file.path, result}
  })
}

/** ConfigDevice is a Device section and the file it is in. */
export type ConfigDevice = XorgConfig['devices'][number] & {path: string}

/** configDevices lists the Device sections of every readable configuration file. */
export function configDevices(facts: DisplaysFacts): ConfigDevice[] {
  return parsedXConfigs(facts).flatMap(({path, result}) => (result.ok ? result.value.devices.map(device => ({...device, path})) : []))
}

/** xinerama is whether Xinerama is on: from the X log when it says, else from the configuration; null when unknown. */
export function xinerama(facts: DisplaysFacts): boolean | null {
  const fromLog = xLogOf(facts)?.xinerama
  if (fromLog !== undefined && fromLog !== null) return fromLog
  const fromConfig = parsedXConfigs(facts).flatMap(({result}) =>
    result.ok ? [result.value.xinerama, ...result.value.layouts.map(layout => layout.xinerama)] : [],
  )
  return fromConfig.find(value => value !== null) ?? null
}

/** xHintsApply tells whether advice about the X server applies: not in a Wayland session. */
export function xHintsApply(facts: DisplaysFacts): boolean {
  return facts.session.type !== 'wayland'
}

/** XScreen is one screen of the X server's last run, with the PCI card it runs on when known. */
export interface XScreen {
  number: number
  /** gpuScreen is true for a card lending its outputs to another screen (PRIME, `modeset(G0)`). */
  gpuScreen: boolean
  driver: string
  busId: string | null
  /** identifier and device are the ServerLayout's Screen and its Device section, when the log names them. */
  identifier: string | null
  device: string | null
}

/** xScreens lists the screens of the X log's run; a screen's card comes from the log, else from the DRM card it opened. */
export function xScreens(facts: DisplaysFacts): XScreen[] {
  const log = xLogOf(facts)
  if (!log) return []
  return log.screens.map(screen => {
    const viaCard = screen.drmCard ? (facts.cards.find(card => card.card === screen.drmCard)?.busId ?? null) : null
    const layout = screen.gpuScreen ? undefined : log.layoutScreens.find(entry => entry.number === screen.number)
    return {
      number: screen.number,
      gpuScreen: screen.gpuScreen,
      driver: screen.driver,
      busId: screen.address ?? viaCard,
      identifier: layout?.identifier ?? null,
      device: layout?.device ?? null,
    }
  })
}

/** xLogHasErrors tells whether the X log has (EE) lines or a fatal error: only then is the message catalog worth loading. */
export function xLogHasErrors(facts: DisplaysFacts): boolean {
  const log = xLogOf(facts)
  return log !== null && (log.fatal !== null || log.errors.length > 0)
}

/** xStarted tells whether the X log shows a server that set up at least one screen and did not die. */
export function xStarted(facts: DisplaysFacts): boolean {
  const log = xLogOf(facts)
  return log !== null && log.fatal === null && log.screens.some(screen => !screen.gpuScreen)
}

/** gpusUsedByX lists the PCI addresses of cards an X screen (or GPU screen) runs on. */
export function gpusUsedByX(facts: DisplaysFacts): Set<string> {
  return new Set(xScreens(facts).flatMap(screen => (screen.busId ? [screen.busId] : [])))
}

/** readMonitor parses an output's EDID; null when no monitor answered. */
export function readMonitor(output: DrmOutput): Parsed<Edid> | null {
  if (output.edid === null) return null
  const bytes = new Uint8Array((output.edid.match(/../g) ?? []).map(pair => Number.parseInt(pair, 16)))
  return parseEdid(bytes)
}

/** monitorLabel names a monitor from its EDID: its own name, else its maker and model text (laptop panels), else maker and product code. */
export function monitorLabel(edid: Edid): string {
  if (edid.monitorName) return edid.monitorName
  const model = edid.otherText.find(text => text !== edid.manufacturer)
  return `${edid.manufacturer} ${model ?? edid.productCode.toString(16).padStart(4, '0')}`
}

/** ConnectedMonitor is a monitor plugged into a card, from the kernel's connectors or, where the kernel lists none, from the X log. */
export interface ConnectedMonitor {
  busId: string | null
  card: string | null
  connector: string
  name: string | null
  enabled: boolean | null
  source: 'kernel' | 'x-log'
}

function busIdOfCard(facts: DisplaysFacts, card: string): string | null {
  return facts.cards.find(entry => entry.card === card)?.busId ?? null
}

/** connectedMonitors lists every monitor the kernel sees connected, plus those only the X log knows (cards without DRM outputs). */
export function connectedMonitors(facts: DisplaysFacts): ConnectedMonitor[] {
  const fromKernel: ConnectedMonitor[] = facts.outputs
    .filter(output => output.status === 'connected')
    .map(output => {
      const edid = readMonitor(output)
      return {
        busId: busIdOfCard(facts, output.card),
        card: output.card,
        connector: output.connector,
        name: edid?.ok ? monitorLabel(edid.value) : null,
        enabled: output.enabled,
        source: 'kernel',
      }
    })
  const withKernelOutputs = new Set(facts.outputs.map(output => busIdOfCard(facts, output.card)))
  const screens = xScreens(facts)
  const fromLog: ConnectedMonitor[] = (xLogOf(facts)?.monitors ?? []).flatMap(monitor => {
    const busId =
      monitor.address ?? screens.find(screen => `${screen.gpuScreen ? 'G' : ''}${screen.number}` === monitor.screenTag)?.busId ?? null
    if (withKernelOutputs.has(busId)) return []
    return [{busId, card: null, connector: monitor.output, name: monitor.name, enabled: null, source: 'x-log' as const}]
  })
  return [...fromKernel, ...fromLog]
}

/** gpuName names a card the way lspci does: its model, else its vendor and ids. */
export function gpuName(gpu: Gpu): string {
  return gpu.model ?? `${gpu.vendor ?? 'unknown vendor'} device ${gpu.vendorId ?? '?'}:${gpu.deviceId ?? '?'}`
}

/** describeGpu names a card and where it sits, e.g. "GK104 [GeForce GTX 660 Ti] at 0000:02:00.0". */
export function describeGpu(gpu: Gpu): string {
  return `${gpuName(gpu)} at ${gpu.busId}`
}

/** configBusAddress reads a Device section's BusID as a PCI address (null when it has none or it is malformed). */
export function configBusAddress(device: ConfigDevice): string | null {
  return device.busId === null ? null : xBusIdToAddress(device.busId)
}
