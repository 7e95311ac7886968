// Collects every network port from sysfs, addresses and routes from `ip -j`, top speeds from ethtool.
import {basename, dirname} from 'node:path'
import type {HostFiles} from '../../host/files.js'
import type {Host} from '../../host/host.js'
import {outcomeReason} from '../../host/run-command.js'
import {parseEthtoolMaxSpeed} from '../../parse/ethtool.js'
import {parseIpAddr, type InterfaceAddresses} from '../../parse/ip-addr.js'
import {parseIpRoute} from '../../parse/ip-route.js'
import type {ErrorCounters, NicsFacts, Port, Route} from './facts.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {hardwareName} from '../../collect/hw-names.js'
import {kernelLogAbout, readKernelLog} from './kernel-log.js'
import {knownChip} from '../../collect/nic-chips.js'
import {classifyPort, pciDeviceInPath} from './port-kind.js'
import {isPciAddress} from '../../parse/x-bus-id.js'
const FIRMWARE_ONBOARD_ATTRS = ['acpi_index', 'index', 'label']

function numberAt(files: HostFiles, path: string): number | null {
  const text = files.value(path)
  if (text === null || text === '') return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

function hexId(files: HostFiles, path: string): string | null {
  const text = files.value(path)
  return text ? text.replace(/^0x/, '').toLowerCase() : null
}

/** readSlots maps each PCI slot's address (domain:bus:device) to the slot's name. */
function readSlots(files: HostFiles): Map<string, string> {
  const slots = new Map<string, string>()
  for (const slot of files.list('/sys/bus/pci/slots')) {
    const address = files.value(`/sys/bus/pci/slots/${slot}/address`)
    if (address) slots.set(address.toLowerCase(), slot)
  }
  return slots
}

function readCarrier(files: HostFiles, base: string): boolean | null {
  const result = files.read(`${base}/carrier`)
  if (!result.ok) return null
  return result.text.trim() === '1'
}

function readCounters(files: HostFiles, base: string): ErrorCounters | null {
  const read = (name: string) => numberAt(files, `${base}/statistics/${name}`)
  const rxPackets = read('rx_packets')
  if (rxPackets === null) return null
  return {
    rxPackets,
    txPackets: read('tx_packets') ?? 0,
    rxErrors: read('rx_errors') ?? 0,
    txErrors: read('tx_errors') ?? 0,
    rxCrcErrors: read('rx_crc_errors') ?? 0,
  }
}

function firmwareAttrs(files: HostFiles, pciDir: string | null): Record<string, string> {
  const attrs: Record<string, string> = {}
  if (!pciDir) return attrs
  for (const attr of FIRMWARE_ONBOARD_ATTRS) {
    const value = files.value(`${pciDir}/${attr}`)
    if (value !== null) attrs[attr] = value
  }
  return attrs
}

interface DeviceIdentity {
  busId: string | null
  pciDir: string | null
  vendorId: string | null
  deviceId: string | null
  bus: 'pci' | 'usb' | null
}

function identifyDevice(files: HostFiles, device: string | null, subsystem: string | null): DeviceIdentity {
  const none: DeviceIdentity = {busId: null, pciDir: null, vendorId: null, deviceId: null, bus: null}
  if (!device) return none
  if (subsystem === 'usb') {
    const usbDevice = dirname(device)
    return {
      busId: `usb:${basename(usbDevice)}`,
      pciDir: null,
      vendorId: hexId(files, `${usbDevice}/idVendor`),
      deviceId: hexId(files, `${usbDevice}/idProduct`),
      bus: 'usb',
    }
  }
  const pciDir = isPciAddress(basename(device)) ? device : isPciAddress(basename(dirname(device))) ? dirname(device) : null
  if (!pciDir) return {...none, busId: basename(device)}
  return {
    busId: basename(pciDir),
    pciDir,
    vendorId: hexId(files, `${pciDir}/vendor`),
    deviceId: hexId(files, `${pciDir}/device`),
    bus: 'pci',
  }
}

function pciSlotOf(pciDir: string | null, slots: Map<string, string>): string | null {
  if (!pciDir) return null
  return slots.get(basename(pciDir).replace(/\.[0-7]$/, '')) ?? null
}

/** softwareKind tells what sysfs alone says of a software port (ip -d says more, when it runs): loopback by its link type (772),
 * a bridge by its bridge folder, a tun or tap by its tun_flags, PPP by its link type (512); else just 'virtual'. */
function softwareKind(files: HostFiles, base: string): string {
  const type = files.value(`${base}/type`)
  if (type === '772') return 'loopback'
  if (type === '512') return 'ppp'
  if (files.exists(`${base}/bridge`)) return 'bridge'
  if (files.exists(`${base}/tun_flags`)) return 'tun'
  return 'virtual'
}

function readPort(files: HostFiles, name: string, slots: Map<string, string>): Port {
  const base = `/sys/class/net/${name}`
  const device = files.exists(`${base}/device`) ? files.realpath(`${base}/device`) : null
  const subsystem = device ? (files.linkName(`${base}/device/subsystem`) ?? 'unknown') : null
  const identity = identifyDevice(files, device, subsystem)
  const pciDeviceAbove = device ? null : pciDeviceInPath(files.realpath(base) ?? base)
  const placement = classifyPort({
    subsystem,
    firmwareAttrs: firmwareAttrs(files, identity.pciDir),
    slot: pciSlotOf(identity.pciDir, slots),
    pciDeviceAbove,
  })
  const flags = files.value(`${base}/flags`)
  const carrier = readCarrier(files, base)
  const speed = carrier ? numberAt(files, `${base}/speed`) : null
  const names = identity.bus ? hardwareName(files, identity.bus, identity.vendorId, identity.deviceId) : null
  return {
    name,
    kind: placement.kind,
    kindEvidence: placement.evidence,
    virtualType: device || pciDeviceAbove ? null : softwareKind(files, base), // refined from `ip -d` once it has answered
    wireless: files.exists(`${base}/wireless`) || files.exists(`${base}/phy80211`),
    adminUp: flags === null ? null : (Number.parseInt(flags, 16) & 1) === 1,
    carrier,
    operstate: files.value(`${base}/operstate`),
    speedMbps: speed !== null && speed > 0 ? speed : null,
    maxSpeedMbps: knownChip(identity.vendorId, identity.deviceId)?.maxSpeedMbps ?? null,
    duplex: carrier ? files.value(`${base}/duplex`) : null,
    mac: files.value(`${base}/address`),
    driver: device ? files.linkName(`${base}/device/driver`) : null,
    busId: identity.busId,
    vendorId: identity.vendorId,
    deviceId: identity.deviceId,
    vendor: names?.vendor ?? null,
    model: names?.model ?? null,
    addresses: [],
    carrierUpCount: numberAt(files, `${base}/carrier_up_count`),
    carrierDownCount: numberAt(files, `${base}/carrier_down_count`),
    counters: readCounters(files, base),
  }
}

/** controllerWithoutInterface describes a PCI network controller with no driver, hence no interface. */
function controllerWithoutInterface(files: HostFiles, busId: string, slots: Map<string, string>): Port {
  const pciDir = `/sys/bus/pci/devices/${busId}`
  const resolved = files.realpath(pciDir) ?? pciDir
  const vendorId = hexId(files, `${pciDir}/vendor`)
  const deviceId = hexId(files, `${pciDir}/device`)
  const placement = classifyPort({
    subsystem: 'pci',
    firmwareAttrs: firmwareAttrs(files, resolved),
    slot: pciSlotOf(resolved, slots),
    pciDeviceAbove: null,
  })
  const names = hardwareName(files, 'pci', vendorId, deviceId)
  return {
    name: null,
    kind: placement.kind,
    kindEvidence: placement.evidence,
    virtualType: null,
    wireless: files.value(`${pciDir}/class`)?.startsWith('0x0280') ?? false,
    adminUp: null,
    carrier: null,
    operstate: null,
    speedMbps: null,
    maxSpeedMbps: knownChip(vendorId, deviceId)?.maxSpeedMbps ?? null,
    duplex: null,
    mac: null,
    driver: null,
    busId,
    vendorId,
    deviceId,
    vendor: names?.vendor ?? null,
    model: names?.model ?? null,
    addresses: [],
    carrierUpCount: null,
    carrierDownCount: null,
    counters: null,
  }
}

/** unboundNetworkControllers lists PCI network controllers with no driver bound: none installed, or its probe failed.
 * A bound controller without a visible interface is not listed: its interface lives in another network namespace. */
function unboundNetworkControllers(files: HostFiles): string[] {
  return files
    .list('/sys/bus/pci/devices')
    .filter(
      busId =>
        files.value(`/sys/bus/pci/devices/${busId}/class`)?.startsWith('0x02') &&
        files.linkName(`/sys/bus/pci/devices/${busId}/driver`) === null,
    )
}

/** IP_MS bounds each `ip` run: it answers in milliseconds, so a longer wait means it hangs (a broken wrapper), and a why-no-ping
 * with its default --timeout of 3 s must still have time for its probes. */
const IP_MS = 2000

async function readAddresses(host: Host, gaps: Gap[]): Promise<Map<string, InterfaceAddresses>> {
  const outcome = await host.commands.run(['ip', '-j', '-d', 'addr', 'show'], {timeoutMs: IP_MS})
  const byName = new Map<string, InterfaceAddresses>()
  if (outcome.kind !== 'ok') {
    gaps.push({fact: 'addresses', reason: outcomeReason(outcome)})
    return byName
  }
  const result = parseIpAddr(outcome.stdout)
  if (!result.ok) gaps.push({fact: 'addresses', reason: result.error})
  else for (const entry of result.value) byName.set(entry.name, entry)
  return byName
}

async function readRoutes(host: Host, gaps: Gap[]): Promise<Route[]> {
  const outcome = await host.commands.run(['ip', '-j', 'route', 'show'], {timeoutMs: IP_MS})
  if (outcome.kind !== 'ok') {
    gaps.push({fact: 'routes', reason: outcomeReason(outcome)})
    return []
  }
  const result = parseIpRoute(outcome.stdout)
  if (!result.ok) gaps.push({fact: 'routes', reason: result.error})
  return result.ok ? result.value : []
}

async function readMaxSpeed(host: Host, port: Port, gaps: Gap[]): Promise<void> {
  if (!port.name || port.kind === 'virtual' || port.wireless) return
  const outcome = await host.commands.run(['ethtool', port.name], {timeoutMs: 1000})
  if (outcome.kind === 'ok') port.maxSpeedMbps = parseEthtoolMaxSpeed(outcome.stdout) ?? port.maxSpeedMbps
  else if (outcome.kind === 'missing' || outcome.kind === 'not-recorded')
    gaps.push({fact: `maximum link speed of ${port.name}`, reason: outcome.reason})
}

/**
 * collectNics reads every port of `host`, adds controllers with no interface and the kernel's lines about them, and records what
 * it could not learn in gaps. `ip` and the kernel log run while sysfs is read.
 */
export async function collectNics(host: Host, gaps: Gap[]): Promise<NicsFacts> {
  const files = host.files
  const kernelLogRead = readKernelLog(host)
  const ipRead = Promise.all([readAddresses(host, gaps), readRoutes(host, gaps)])
  const slots = readSlots(files)
  const ports = files.subdirs('/sys/class/net').map(name => readPort(files, name, slots))
  const claimed = new Set(ports.map(port => port.busId))
  for (const busId of unboundNetworkControllers(files)) if (!claimed.has(busId)) ports.push(controllerWithoutInterface(files, busId, slots))
  const [addresses, routes] = await ipRead
  for (const port of ports) {
    const entry = port.name === null ? undefined : addresses.get(port.name)
    port.addresses = entry?.addresses ?? []
    if (port.virtualType !== null) port.virtualType = entry?.linkKind ?? port.virtualType
  }
  const [rawKernelLog] = await Promise.all([kernelLogRead, ...ports.map(port => readMaxSpeed(host, port, gaps))])
  return {ports, routes, kernelLog: kernelLogAbout(rawKernelLog, ports, gaps)}
}

/** ensureNics returns the snapshot's ports, reading them first (their gaps tagged as the nics section's) when it has none yet. */
export async function ensureNics(host: Host, snapshot: Snapshot): Promise<NicsFacts> {
  if (snapshot.nics) return snapshot.nics
  const gaps: Gap[] = []
  snapshot.nics = await collectNics(host, gaps)
  snapshot.gaps.push(...gaps.map(gap => ({...gap, section: 'nics'})))
  return snapshot.nics
}
