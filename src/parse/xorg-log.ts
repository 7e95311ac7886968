// Reads an X server log (Xorg.0.log or the journal's copy): its screens, the card each uses, monitors, drivers and errors.
import {parsed, unparsable, type Parsed} from './parse-result.js'
import {xBusIdToAddress, xLogPciToAddress} from './x-bus-id.js'

/** XLogPciDevice is a graphics card X saw on the bus at start-up ("(--) PCI:*(0:1:0:0) 10de:…"); primary is X's `*`. */
export interface XLogPciDevice {
  address: string
  primary: boolean
  vendorId: string
  deviceId: string
}

/** XLogScreen is one screen a driver set up: `NVIDIA(0)` is X screen 0, `modeset(G0)` a GPU screen (PRIME) lending its outputs to screen 0. */
export interface XLogScreen {
  tag: string
  driver: string
  number: number
  gpuScreen: boolean
  /** address is the card's PCI address, when the log says it (NVIDIA) or only one card fits the driver. */
  address: string | null
  /** drmCard is the kernel DRM card the driver opened ("card0"), when the log says so. */
  drmCard: string | null
  gpuName: string | null
}

/** XLogMonitor is a monitor X found connected, with the card and output it is on. */
export interface XLogMonitor {
  /** address is the card's PCI address when known; screenTag the screen whose driver reported it. */
  address: string | null
  screenTag: string | null
  output: string
  name: string | null
}

/** XLogLayoutScreen is a screen of the ServerLayout X used, with the Device section behind it. */
export interface XLogLayoutScreen {
  number: number
  identifier: string
  device: string | null
}

/** XorgLog is what one X server run wrote about its cards, screens and failures. */
export interface XorgLog {
  version: string | null
  configFile: string | null
  layout: string | null
  layoutScreens: XLogLayoutScreen[]
  inactiveDevices: string[]
  pciDevices: XLogPciDevice[]
  /** drmCards maps DRM cards to PCI addresses, from "Platform probe for /sys/devices/…/drm/cardN". */
  drmCards: {card: string; address: string}[]
  videoDrivers: string[]
  failedDrivers: {name: string; reason: string}[]
  screens: XLogScreen[]
  monitors: XLogMonitor[]
  /** errors are the (EE) lines up to a fatal error (the ones after it are X's farewell), in order, without their marker. */
  errors: string[]
  /** fatal is the reason after "Fatal server error:", e.g. "no screens found"; null when the server did not die. */
  fatal: string | null
  xinerama: boolean | null
}

interface LogLine {
  marker: string | null
  text: string
}

const VENDOR_OF_DRIVER = new Map([
  ['nvidia', '10de'],
  ['nouveau', '10de'],
  ['intel', '8086'],
  ['amdgpu', '1002'],
  ['radeon', '1002'],
  ['ati', '1002'],
])

/** NVIDIA_GPU reads "NVIDIA GPU GeForce 8400 GS (G98) at PCI:2:0:0 (GPU-0)"; sticky, it is tried where the words first appear
 * in a message only, so a line repeating them cannot make each occurrence scan the rest of the line. */
const NVIDIA_GPU = /NVIDIA GPU (.+?) at (PCI:[\d:@]+?):?(?:\s*\((GPU-\d+)\))?\s*$/y

/** CONNECTED_LISTED is a line under NVIDIA's "Connected display device(s)" heading: a monitor's name and output. Its name starts
 * after the leading blanks (or is one blank, as `^\s+(.+)` would read "   (DFP-1)"), so blanks are not tried both ways. */
const CONNECTED_LISTED = /^\s+(\S.*|[^\S\n\r\u2028\u2029]) \(((?:CRT|DFP|TV|DP)-\d+)\)$/

/** TIMESTAMP is a line's "[    12.345]" (blanks, then digits, dots, colons, dashes and spaces): written so that the leading blanks
 * and the spaces among the digits cannot trade characters, which on a long run of blanks would take quadratic time. */
const TIMESTAMP = /^\[\s*(?:[\d.:\-][\d.:\- ]*| )\]\s?/

function nvidiaGpu(message: string): RegExpExecArray | null {
  const at = message.indexOf('NVIDIA GPU ')
  if (at === -1) return null
  NVIDIA_GPU.lastIndex = at
  return NVIDIA_GPU.exec(message)
}

function toLines(text: string): LogLine[] {
  const lines = text.split('\n').map(raw => {
    const withoutTime = raw.replace(TIMESTAMP, '').replace(/\r$/, '')
    const marked = /^\((--|\*\*|==|\+\+|!!|II|WW|EE|NI|\?\?)\)\s?(.*)$/.exec(withoutTime)
    if (!marked) return {marker: null, text: withoutTime}
    return {marker: marked[1] ?? null, text: (marked[2] ?? '').replace(/^[A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} /, '')}
  })
  const starts = lines.flatMap((line, index) => (/^X\.Org X Server \d/.test(line.text.trim()) ? [index] : []))
  return starts.length > 1 ? lines.slice(starts[starts.length - 1]) : lines
}

function screenOf(tag: string, driver: string, screens: Map<string, XLogScreen>): XLogScreen {
  let screen = screens.get(tag)
  if (!screen) {
    const gpuScreen = tag.startsWith('G')
    screen = {tag, driver, number: Number(tag.replace(/^G/, '')), gpuScreen, address: null, drmCard: null, gpuName: null}
    screens.set(tag, screen)
  }
  return screen
}

class LogReader {
  readonly log: XorgLog = {
    version: null,
    configFile: null,
    layout: null,
    layoutScreens: [],
    inactiveDevices: [],
    pciDevices: [],
    drmCards: [],
    videoDrivers: [],
    failedDrivers: [],
    screens: [],
    monitors: [],
    errors: [],
    fatal: null,
    xinerama: null,
  }
  private readonly screens = new Map<string, XLogScreen>()
  private readonly nvidiaGpus = new Map<string, string>()
  /** These index what the log lists, so a long log is read in time linear in its length. */
  private readonly monitorsByPlace = new Map<string, XLogMonitor>()
  private readonly lastMonitorOf = new Map<string | null, XLogMonitor>()
  private readonly drmCardAddresses = new Map<string, string>()
  private readonly videoDriverNames = new Set<string>()
  private readonly failedDriverNames = new Set<string>()
  private readonly addressOfVendor = new Map<string | undefined, string | null>()
  private connectedListAt: {screenTag: string | null; address: string | null} | null = null
  private pendingEdid = new Map<string, string>()
  private expectFatalReason = false
  private currentModule: string | null = null

  read(lines: LogLine[]): XorgLog {
    for (const line of lines) this.readLine(line)
    this.log.screens = [...this.screens.values()]
    for (const screen of this.log.screens) screen.address ??= this.addressByVendor(screen.driver)
    for (const monitor of this.log.monitors) {
      monitor.address ??= (monitor.screenTag === null ? undefined : this.screens.get(monitor.screenTag)?.address) ?? null
    }
    return this.log
  }

  private addressByVendor(driver: string): string | null {
    const vendor = VENDOR_OF_DRIVER.get(driver.toLowerCase())
    const known = this.addressOfVendor.get(vendor)
    if (known !== undefined) return known
    const candidates = this.log.pciDevices.filter(device => vendor === undefined || device.vendorId === vendor)
    const single = candidates.length === 1 ? candidates[0] : undefined
    const address = single && (vendor !== undefined || this.log.pciDevices.length === 1) ? single.address : null
    this.addressOfVendor.set(vendor, address)
    return address
  }

  private readLine({marker, text}: LogLine): void {
    if (this.expectFatalReason) {
      this.expectFatalReason = false
      const reason = text.replace(/\(EE\)\s*$/, '').trim()
      if (reason !== '') this.log.fatal = reason
      return
    }
    if (/^Fatal server error:/.test(text)) {
      this.expectFatalReason = true
      return
    }
    if (marker === 'EE' && text.trim() !== '' && this.log.fatal === null) this.log.errors.push(text.trim())
    this.readServerLine(text)
    const tagged = /^([A-Za-z][\w-]*)\((G?\d+|GPU-\d+)\):\s?(.*)$/.exec(text)
    if (tagged) this.readDriverLine(tagged[1] ?? '', tagged[2] ?? '', tagged[3] ?? '')
    else this.connectedListAt = null
  }

  private readServerLine(text: string): void {
    let match: RegExpExecArray | null
    if ((match = /^X\.Org X Server (\S+)/.exec(text))) this.log.version = match[1] ?? null
    else if ((match = /Using config file: "([^"]+)"/.exec(text))) this.log.configFile = match[1] ?? null
    else if ((match = /^ServerLayout "([^"]*)"/.exec(text))) this.log.layout = match[1] ?? null
    else if ((match = /^\|-->Screen "([^"]*)" \((\d+)\)/.exec(text)))
      this.log.layoutScreens.push({identifier: match[1] ?? '', number: Number(match[2]), device: null})
    else if ((match = /^\|\s+\|-->Device "([^"]*)"/.exec(text))) {
      const last = this.log.layoutScreens[this.log.layoutScreens.length - 1]
      if (last) last.device = match[1] ?? null
    } else if ((match = /^\|-->Inactive Device "([^"]*)"/.exec(text))) this.log.inactiveDevices.push(match[1] ?? '')
    else if ((match = /^PCI:(\*| )\(([\d:@]+)\) ([0-9a-f]{4}):([0-9a-f]{4})/i.exec(text))) {
      const address = xLogPciToAddress(match[2] ?? '')
      if (address)
        this.log.pciDevices.push({
          address,
          primary: match[1] === '*',
          vendorId: (match[3] ?? '').toLowerCase(),
          deviceId: (match[4] ?? '').toLowerCase(),
        })
    } else if (
      (match = /Platform probe for \/sys\/devices\/\S*\/([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])\/drm\/(card\d+)/.exec(text))
    ) {
      const card = {card: match[2] ?? '', address: match[1] ?? ''}
      this.log.drmCards.push(card)
      if (!this.drmCardAddresses.has(card.card)) this.drmCardAddresses.set(card.card, card.address)
    } else if ((match = /^Module (\w+): vendor=/.exec(text))) this.currentModule = match[1] ?? null
    else if (/^\s*Module class: X\.Org Video Driver/.test(text)) {
      if (this.currentModule && !this.videoDriverNames.has(this.currentModule)) {
        this.videoDriverNames.add(this.currentModule)
        this.log.videoDrivers.push(this.currentModule)
      }
    } else if ((match = /^Failed to load module "([^"]+)" \(([^,)]+)/.exec(text))) {
      const failure = {name: match[1] ?? '', reason: match[2] ?? ''}
      if (!failure.reason.startsWith('already loaded') && !this.failedDriverNames.has(failure.name)) {
        this.failedDriverNames.add(failure.name)
        this.log.failedDrivers.push(failure)
      }
    } else if ((match = /^Option "Xinerama" "([^"]*)"/i.exec(text))) this.log.xinerama = /^(1|on|true|yes)$/i.test(match[1] ?? '')
    else if ((match = /^Xinerama: (enabled|disabled)/.exec(text))) this.log.xinerama = match[1] === 'enabled'
  }

  private readDriverLine(driver: string, tag: string, message: string): void {
    let match: RegExpExecArray | null
    const isScreenTag = !tag.startsWith('GPU-')
    if (isScreenTag && /^(Depth \d+|RGB weight)/.test(message)) screenOf(tag, driver, this.screens)
    if ((match = nvidiaGpu(message))) {
      const address = xBusIdToAddress(match[2] ?? '')
      if (match[3] && address) this.nvidiaGpus.set(match[3], address)
      if (isScreenTag && address) Object.assign(screenOf(tag, driver, this.screens), {address, gpuName: match[1] ?? null})
      if (!isScreenTag && address) this.nvidiaGpus.set(tag, address)
    } else if ((match = /on (GPU-\d+) at (PCI:[\d:@]+)/.exec(message))) {
      const address = xBusIdToAddress(match[2] ?? '')
      if (address) this.nvidiaGpus.set(match[1] ?? '', address)
    }
    if ((match = /using drv \/dev\/dri\/(card\d+)/.exec(message)) && isScreenTag) {
      const screen = screenOf(tag, driver, this.screens)
      screen.drmCard = match[1] ?? null
      screen.address ??= this.drmCardAddresses.get(screen.drmCard ?? '') ?? null
    }
    this.readMonitorLine(tag, message)
  }

  private readMonitorLine(tag: string, message: string): void {
    let match: RegExpExecArray | null
    const screenTag = tag.startsWith('GPU-') ? null : tag
    if ((match = /^Connected display device\(s\) on .* at\s*(PCI:[\d:@]+?)?:?$/.exec(message))) {
      this.connectedListAt = {screenTag, address: match[1] ? xBusIdToAddress(match[1]) : null}
      return
    }
    if (this.connectedListAt && this.readConnectedList(this.connectedListAt, screenTag, message)) return
    this.connectedListAt = null
    if ((match = /^(.+) \(((?:CRT|DFP|TV|DP)-\d+)\): connected$/.exec(message))) {
      this.addMonitor({address: this.nvidiaGpus.get(tag) ?? null, screenTag, output: match[2] ?? '', name: match[1] ?? null})
    } else if ((match = /^Output (\S+) connected$/.exec(message))) {
      this.addMonitor({address: null, screenTag, output: match[1] ?? '', name: null})
    } else if ((match = /^EDID for output (\S+)$/.exec(message))) {
      this.pendingEdid.set(tag, match[1] ?? '')
    } else if (/^Manufacturer: \w+\s+Model:/.test(message) && this.pendingEdid.has(tag)) {
      this.addMonitor({address: null, screenTag, output: this.pendingEdid.get(tag) ?? '', name: null})
      this.pendingEdid.delete(tag)
    } else if ((match = /^Monitor name: (.+)$/.exec(message))) {
      const last = this.lastMonitorOf.get(screenTag)
      if (last && last.name === null) last.name = (match[1] ?? '').trim()
    }
  }

  /** readConnectedList takes the lines under an NVIDIA "Connected display device(s) on … at PCI:…" heading; false ends the list. */
  private readConnectedList(list: {screenTag: string | null; address: string | null}, screenTag: string | null, message: string): boolean {
    const wrappedAddress = /^\s+(PCI:[\d:@]+?):?$/.exec(message)
    if (wrappedAddress && list.address === null) {
      list.address = xBusIdToAddress(wrappedAddress[1] ?? '')
      return true
    }
    const listed = CONNECTED_LISTED.exec(message)
    if (!listed) return false
    this.addMonitor({address: list.address, screenTag, output: listed[2] ?? '', name: listed[1] ?? null})
    return true
  }

  private addMonitor(monitor: XLogMonitor): void {
    const place = `${monitor.address ?? monitor.screenTag}/${monitor.output}`
    const same = this.monitorsByPlace.get(place)
    if (same) {
      same.name ??= monitor.name
      return
    }
    this.monitorsByPlace.set(place, monitor)
    this.lastMonitorOf.set(monitor.screenTag, monitor)
    this.log.monitors.push(monitor)
  }
}

/** parseXorgLog reads the last server run in the text; text that is not an X log gives an error value. */
export function parseXorgLog(text: string): Parsed<XorgLog> {
  if (text.trim() === '') return unparsable('X log: empty')
  const lines = toLines(text)
  const looksLikeX = lines.some(line => /^X\.Org X Server \d|^Markers: \(--\) probed|^X Protocol Version/.test(line.text.trim()))
  if (!looksLikeX) return unparsable('X log: no "X.Org X Server" header; this is not an X server log')
  return parsed(new LogReader().read(lines))
}
