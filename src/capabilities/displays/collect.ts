// Collects graphics cards from the PCI bus and behind DRM cards, outputs and monitors from DRM sysfs, the session type, and X's log and configuration.
import {basename} from 'node:path'
import type {HostFiles} from '../../host/files.js'
import type {Host} from '../../host/host.js'
import {outcomeReason} from '../../host/run-command.js'
import {parsePciUevent, type PciUevent} from '../../parse/pci-uevent.js'
import {isPciAddress} from '../../parse/x-bus-id.js'
import {parseXorgLog} from '../../parse/xorg-log.js'
import type {CollectedText, DisplaySession, DisplaysFacts, DrmCard, DrmOutput, Gpu} from './facts.js'
import type {Gap} from '../../snapshot/snapshot.js'
import {hardwareName} from '../../collect/hw-names.js'

const DISPLAY_MODULES = ['nvidia', 'nvidia_drm', 'nouveau', 'amdgpu', 'radeon', 'i915', 'xe']
const X_LOG_NAME = /^Xorg\.\d+\.log$/
/** MAX_LOG_BYTES keeps the end of a huge X log: the last server run is what matters. */
const MAX_LOG_BYTES = 1_000_000
const WAYLAND_COMPOSITORS = new Set([
  'kwin_wayland',
  'sway',
  'weston',
  'Hyprland',
  'labwc',
  'wayfire',
  'river',
  'cage',
  'niri',
  'cosmic-comp',
  'Xwayland',
])
const X_SERVERS = new Set(['Xorg', 'X', 'Xorg.bin'])

function hexId(files: HostFiles, path: string): string | null {
  const text = files.value(path)
  return text ? text.replace(/^0x/, '').toLowerCase() : null
}

/** readUevent reads a device directory's uevent, the kernel's own summary of it, or null when it has none. */
function readUevent(files: HostFiles, dir: string): PciUevent | null {
  const text = files.read(`${dir}/uevent`)
  const uevent = text.ok ? parsePciUevent(text.text) : null
  return uevent?.ok ? uevent.value : null
}

/** readGpu reads one card's attributes in its PCI directory, falling back to its uevent where a recorded tree left a file out. */
function readGpu(files: HostFiles, busId: string, dir: string): Gpu {
  const uevent = readUevent(files, dir)
  const vendorId = hexId(files, `${dir}/vendor`) ?? uevent?.vendorId ?? null
  const deviceId = hexId(files, `${dir}/device`) ?? uevent?.deviceId ?? null
  const classCode = files.value(`${dir}/class`) ?? uevent?.classCode ?? null
  const bootVga = files.value(`${dir}/boot_vga`)
  const names = hardwareName(files, 'pci', vendorId, deviceId)
  return {
    busId,
    vendorId,
    deviceId,
    classCode,
    vendor: names?.vendor ?? null,
    model: names?.model ?? null,
    driver: files.linkName(`${dir}/driver`) ?? uevent?.driver ?? null,
    bootVga: bootVga !== null ? bootVga === '1' : classCode?.startsWith('0x0300') ? null : false,
  }
}

/** CardDevice is the device behind a DRM card: its PCI address (null when it is not a PCI device) and the directory to read it in. */
interface CardDevice {
  card: string
  busId: string | null
  dir: string
}

/**
 * cardDevice follows /sys/class/drm/cardN/device to the card's PCI directory, named by its address; a tree recorded with its
 * links copied as directories (Prometheus procfs' sysfs fixture) keeps the address only in the device's uevent (PCI_SLOT_NAME).
 */
function cardDevice(files: HostFiles, card: string): CardDevice {
  const link = `/sys/class/drm/${card}/device`
  const dir = files.realpath(link) ?? link
  if (isPciAddress(basename(dir))) return {card, busId: basename(dir), dir}
  return {card, busId: readUevent(files, dir)?.slotName ?? null, dir}
}

/** readGpus lists the graphics cards on the PCI bus and those reachable only through a DRM card, each once, by bus id. */
function readGpus(files: HostFiles, devices: CardDevice[]): Gpu[] {
  const gpus = new Map<string, Gpu>()
  for (const busId of files.list('/sys/bus/pci/devices')) {
    const dir = `/sys/bus/pci/devices/${busId}`
    const classCode = files.value(`${dir}/class`) ?? readUevent(files, dir)?.classCode
    if (classCode?.startsWith('0x03')) gpus.set(busId, readGpu(files, busId, dir))
  }
  for (const device of devices) {
    if (device.busId && !gpus.has(device.busId)) gpus.set(device.busId, readGpu(files, device.busId, device.dir))
  }
  return [...gpus.values()].sort((a, b) => (a.busId < b.busId ? -1 : a.busId > b.busId ? 1 : 0))
}

function readCards(files: HostFiles, devices: CardDevice[]): DrmCard[] {
  return devices.map(({card, busId}) => ({card, busId, driver: files.linkName(`/sys/class/drm/${card}/device/driver`)}))
}

function toHex(bytes: Uint8Array | null): string | null {
  if (!bytes || bytes.length === 0) return null
  return [...bytes].map(value => value.toString(16).padStart(2, '0')).join('')
}

/** ConnectorEntry is one connector's name (cardN-HDMI-A-1) and the directory it is read in. */
interface ConnectorEntry {
  name: string
  dir: string
}

/**
 * connectorEntries finds every connector once: as /sys/class/drm/cardN-X, and as cardN/cardN-X nested in its card's directory
 * (the kernel shows both; some recorded trees keep only the nested form).
 */
function connectorEntries(files: HostFiles, drmEntries: string[], cards: string[]): ConnectorEntry[] {
  const found = new Map<string, string>()
  for (const entry of drmEntries) if (/^card\d+-.+$/.test(entry)) found.set(entry, `/sys/class/drm/${entry}`)
  for (const card of cards) {
    for (const entry of files.list(`/sys/class/drm/${card}`)) {
      if (entry.startsWith(`${card}-`) && !found.has(entry)) found.set(entry, `/sys/class/drm/${card}/${entry}`)
    }
  }
  return [...found.entries()].map(([name, dir]) => ({name, dir})).sort((a, b) => (a.name < b.name ? -1 : 1))
}

function readOutputs(files: HostFiles, entries: ConnectorEntry[]): DrmOutput[] {
  return entries.flatMap(({name, dir}) => {
    const match = /^(card\d+)-(.+)$/.exec(name)
    if (!match) return []
    const enabled = files.value(`${dir}/enabled`)
    const modes = files.read(`${dir}/modes`)
    return [
      {
        card: match[1] ?? '',
        connector: match[2] ?? '',
        status: files.value(`${dir}/status`),
        enabled: enabled === null ? null : enabled === 'enabled',
        modes: modes.ok ? modes.text.split('\n').filter(Boolean) : [],
        edid: toHex(files.bytes(`${dir}/edid`)),
      },
    ]
  })
}

function processNames(files: HostFiles): {pid: string; name: string}[] {
  return files
    .list('/proc')
    .filter(entry => /^\d+$/.test(entry))
    .flatMap(pid => {
      const name = files.value(`/proc/${pid}/comm`)
      return name ? [{pid, name}] : []
    })
}

/** detectSession decides X11 or Wayland from the user's environment (on the live machine only) and, failing that, from the running processes. */
function detectSession(host: Host): DisplaySession {
  if (host.live) {
    const type = process.env.XDG_SESSION_TYPE
    if (type === 'wayland' || type === 'x11') return {type, evidence: [`XDG_SESSION_TYPE=${type}`]}
    if (process.env.WAYLAND_DISPLAY) return {type: 'wayland', evidence: [`WAYLAND_DISPLAY=${process.env.WAYLAND_DISPLAY}`]}
  }
  const processes = processNames(host.files)
  if (processes.length === 0) return {type: 'unknown', evidence: ['no process list to look at']}
  const xServer = processes.find(p => X_SERVERS.has(p.name))
  if (xServer) return {type: 'x11', evidence: [`an X server is running (${xServer.name}, pid ${xServer.pid})`]}
  const compositor = processes.find(p => WAYLAND_COMPOSITORS.has(p.name))
  if (compositor) return {type: 'wayland', evidence: [`a Wayland compositor is running (${compositor.name}, pid ${compositor.pid})`]}
  return {type: 'none', evidence: ['neither an X server nor a Wayland compositor is running']}
}

function homeDirectories(host: Host): string[] {
  const homes = host.files.list('/home').map(name => `/home/${name}`)
  if (host.live && process.env.HOME) homes.unshift(process.env.HOME)
  return [...new Set([...homes, '/root'])]
}

function xLogCandidates(host: Host): string[] {
  const dirs = ['/var/log', ...homeDirectories(host).map(home => `${home}/.local/share/xorg`)]
  return dirs.flatMap(dir =>
    host.files
      .list(dir)
      .filter(name => X_LOG_NAME.test(name))
      .map(name => `${dir}/${name}`),
  )
}

function readText(files: HostFiles, path: string): CollectedText | null {
  const result = files.tail(path, MAX_LOG_BYTES)
  return result.ok ? {path, text: result.text} : null
}

/** desktopDisplay tells a desktop's X log (displays :0 to :2) from a helper server's, such as Bumblebee's headless :8. */
function desktopDisplay(path: string): boolean {
  return Number(/Xorg\.(\d+)\.log$/.exec(path)?.[1]) <= 2
}

/** readXLog takes the newest desktop X server log on disk, else the journal's copy (rootless X started by a display manager). */
async function readXLog(host: Host, gaps: Gap[]): Promise<CollectedText | null> {
  const files = host.files
  const candidates = xLogCandidates(host)
    .map(path => ({path, desktop: desktopDisplay(path), modified: files.modifiedMs(path) ?? 0}))
    .sort((a, b) => Number(b.desktop) - Number(a.desktop) || b.modified - a.modified)
  for (const candidate of candidates) {
    const text = readText(files, candidate.path)
    if (text) return text
  }
  const outcome = await host.commands.run(['journalctl', '-b', '--no-pager', '-o', 'cat', '_COMM=Xorg'], {timeoutMs: 3000})
  if (outcome.kind === 'ok' && outcome.stdout.trim() !== '')
    return {path: 'journalctl -b _COMM=Xorg', text: outcome.stdout.slice(-MAX_LOG_BYTES)}
  const journal = outcome.kind === 'ok' ? 'the journal holds no X server messages for this boot' : `journalctl: ${outcomeReason(outcome)}`
  gaps.push({fact: 'X server log', reason: `no Xorg.N.log in /var/log or ~/.local/share/xorg; ${journal}`})
  return null
}

function configPaths(files: HostFiles, namedByLog: string | null): string[] {
  const dropIns = files
    .list('/etc/X11/xorg.conf.d')
    .filter(name => name.endsWith('.conf'))
    .map(name => `/etc/X11/xorg.conf.d/${name}`)
  const paths = [namedByLog, '/etc/X11/xorg.conf', '/etc/xorg.conf', ...dropIns].filter((path): path is string => path !== null)
  return [...new Set(paths)]
}

function readModeset(files: HostFiles): boolean | null {
  const value = files.value('/sys/module/nvidia_drm/parameters/modeset')
  return value === null ? null : value === 'Y' || value === '1'
}

function noOutputsReason(driver: string, nvidiaModeset: boolean | null): string {
  if (driver === 'nvidia' && nvidiaModeset === false)
    return 'nvidia-drm runs without modeset, so the kernel shows no outputs for it (nvidia-drm.modeset=1 would); monitors shown for it come from the X log'
  if (driver === 'nvidia' && nvidiaModeset === null)
    return 'nvidia-drm is not loaded, so the kernel shows no outputs for it; monitors shown for it come from the X log'
  return 'the kernel lists no connectors for it (a card without outputs, as in many laptops, or its driver does not use DRM)'
}

/** collectDisplays reads `host`'s every graphics card, output and monitor, the session, and X's log and configuration files. */
export async function collectDisplays(host: Host, gaps: Gap[]): Promise<DisplaysFacts> {
  const files = host.files
  const drmEntries = files.list('/sys/class/drm')
  const cardNames = drmEntries.filter(entry => /^card\d+$/.test(entry))
  const devices = cardNames.map(card => cardDevice(files, card))
  const gpus = readGpus(files, devices)
  const xLog = await readXLog(host, gaps)
  const parsedLog = xLog ? parseXorgLog(xLog.text) : null
  const namedConfig = parsedLog?.ok ? parsedLog.value.configFile : null
  const xConfigs = configPaths(files, namedConfig).flatMap(path => (files.exists(path) ? (readText(files, path) ?? []) : []))
  if (namedConfig && !xConfigs.some(config => config.path === namedConfig)) {
    const read = files.read(namedConfig)
    const why = !read.ok && read.failure === 'denied' ? 'not readable without root' : 'not here (or not in the recorded tree)'
    gaps.push({fact: 'X configuration', reason: `the X log says the server used ${namedConfig}, which is ${why}`})
  }
  const cards = readCards(files, devices)
  const outputs = readOutputs(files, connectorEntries(files, drmEntries, cardNames))
  const nvidiaModeset = readModeset(files)
  for (const gpu of gpus) {
    const hasOutputs = cards.some(card => card.busId === gpu.busId && outputs.some(output => output.card === card.card))
    if (gpu.driver && !hasOutputs)
      gaps.push({fact: `outputs of ${gpu.busId} (${gpu.driver})`, reason: noOutputsReason(gpu.driver, nvidiaModeset)})
  }
  return {
    gpus,
    cards,
    outputs,
    kernelModules: DISPLAY_MODULES.filter(name => files.exists(`/sys/module/${name}`)),
    nvidiaModeset,
    kernelCommandLine: files.value('/proc/cmdline'),
    session: detectSession(host),
    xLog,
    xConfigs,
  }
}
