// The fuzzer's registry: every function exported from src/parse/, how to call it with one fuzzed input, and its real seeds.
// test/fuzz/registry.test.ts fails when a module of src/parse/ or one of its exported functions is missing here.
import * as arping from '../../src/parse/arping.js'
import * as capabilities from '../../src/parse/capabilities.js'
import * as capabilityConf from '../../src/parse/capability-conf.js'
import * as dhcpLease from '../../src/parse/dhcp-lease.js'
import * as dhcpPacket from '../../src/parse/dhcp-packet.js'
import * as discoveryFrame from '../../src/parse/discovery-frame.js'
import * as edid from '../../src/parse/edid.js'
import * as ethtool from '../../src/parse/ethtool.js'
import * as hostsFile from '../../src/parse/hosts-file.js'
import * as hwIds from '../../src/parse/hw-ids.js'
import * as ipAddr from '../../src/parse/ip-addr.js'
import * as lldpcliJson from '../../src/parse/lldpcli-json.js'
import * as networkctlLldp from '../../src/parse/networkctl-lldp.js'
import * as iw from '../../src/parse/iw.js'
import * as ipNeigh from '../../src/parse/ip-neigh.js'
import * as ipRouteGet from '../../src/parse/ip-route-get.js'
import * as ipRoute from '../../src/parse/ip-route.js'
import * as lanQuery from '../../src/parse/lan-query.js'
import * as mtaConfig from '../../src/parse/mta-config.js'
import * as mountinfo from '../../src/parse/mountinfo.js'
import * as oui from '../../src/parse/oui.js'
import * as pam from '../../src/parse/pam.js'
import * as parseResult from '../../src/parse/parse-result.js'
import * as passwd from '../../src/parse/passwd.js'
import * as pciUevent from '../../src/parse/pci-uevent.js'
import * as ping from '../../src/parse/ping.js'
import * as poolRange from '../../src/parse/pool-range.js'
import * as receivedChain from '../../src/parse/received-chain.js'
import * as resolvConf from '../../src/parse/resolv-conf.js'
import * as target from '../../src/parse/target.js'
import * as vfsCap from '../../src/parse/vfs-cap.js'
import * as wifiLog from '../../src/parse/wifi-log.js'
import * as wifiState from '../../src/parse/wifi-state.js'
import * as tcpdumpArp from '../../src/parse/tcpdump-arp.js'
import * as tcpdumpHex from '../../src/parse/tcpdump-hex.js'
import * as xBusId from '../../src/parse/x-bus-id.js'
import * as xorgConf from '../../src/parse/xorg-conf.js'
import * as xorgLog from '../../src/parse/xorg-log.js'
import type {FuzzInput} from './mutate.js'
import {fixtureBytes, fixtureTexts, testSamples} from './seeds.js'

/** PARSE_MODULES are the modules of src/parse/, by file name without .ts. */
export const PARSE_MODULES: Record<string, Record<string, unknown>> = {
  arping,
  capabilities,
  'capability-conf': capabilityConf,
  'dhcp-lease': dhcpLease,
  'dhcp-packet': dhcpPacket,
  'discovery-frame': discoveryFrame,
  edid,
  ethtool,
  'hosts-file': hostsFile,
  'hw-ids': hwIds,
  'ip-addr': ipAddr,
  'lldpcli-json': lldpcliJson,
  'networkctl-lldp': networkctlLldp,
  iw,
  'ip-neigh': ipNeigh,
  'ip-route-get': ipRouteGet,
  'ip-route': ipRoute,
  'lan-query': lanQuery,
  'mta-config': mtaConfig,
  mountinfo,
  oui,
  pam,
  'parse-result': parseResult,
  passwd,
  'pci-uevent': pciUevent,
  ping,
  'pool-range': poolRange,
  'received-chain': receivedChain,
  'resolv-conf': resolvConf,
  target,
  'vfs-cap': vfsCap,
  'wifi-log': wifiLog,
  'wifi-state': wifiState,
  'tcpdump-arp': tcpdumpArp,
  'tcpdump-hex': tcpdumpHex,
  'x-bus-id': xBusId,
  'xorg-conf': xorgConf,
  'xorg-log': xorgLog,
}

/** FuzzTarget is one exported function of src/parse/: how one fuzzed input becomes its arguments, and where its seeds come from. */
export interface FuzzTarget {
  /** name is `<module>.<export>`, e.g. `arping.parseArping`. */
  name: string
  module: string
  exportName: string
  kind: 'text' | 'bytes'
  /** parsed says the function returns a Parsed value, whose shape is checked too. */
  parsed: boolean
  /** fn is the exported function itself; only its call is timed. */
  fn: (...args: never[]) => unknown
  /** args turns a fuzzed input into the function's arguments (a text split into standard output and error, a parsed table). */
  args: (input: FuzzInput) => unknown[]
  /** check returns what is wrong with a result beyond the shared properties (null: nothing). */
  check?: (result: unknown, args: unknown[]) => string | null
  /** seeds lists the real inputs mutations start from. */
  seeds: () => FuzzInput[]
  /** json says the inputs are JSON documents, so most mutations change their structure rather than their characters. */
  json?: boolean
}

/** call runs a target's function on one input's arguments. */
export function call(target: FuzzTarget, args: unknown[]): unknown {
  return (target.fn as (...values: unknown[]) => unknown)(...args)
}

/** STDERR_MARK separates a program's standard output from its standard error in one fuzzed text (parsers that take both). */
export const STDERR_MARK = '\n\u0001stderr\u0001\n'

/** streams splits a fuzzed text into standard output and standard error at STDERR_MARK (all standard output without it). */
export function streams(text: string): [string, string] {
  const at = text.indexOf(STDERR_MARK)
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + STDERR_MARK.length)]
}

function withStreams(samples: string[]): string[] {
  const pairs = samples.slice(1).map((stderr, index) => samples[index]! + STDERR_MARK + stderr)
  return [...samples, ...samples.map(sample => STDERR_MARK + sample), ...pairs]
}

const JSON_OUTPUTS = /\/commands\/ip_-j_/
const FIXTURE_TEXTS: Record<string, RegExp> = {
  'dhcp-lease': /^lan-leases\/.*\.leases$/,
  'discovery-frame': /^neighbour-frames\/.*\.txt$/,
  ethtool: /\/commands\/ethtool_/,
  'hw-ids': /\/pci\.ids$/,
  'ip-addr': /\/commands\/ip_-j_-d_addr_show$/,
  'lldpcli-json': /^lldp-daemons\/lldpcli-.*\.json$/,
  'networkctl-lldp': /^lldp-daemons\/networkctl-.*\.json$/,
  'ip-route': /\/commands\/ip_-j_route_show$/,
  oui: /^lan-oui\/.*\.txt$/,
  pam: /\/etc\/pam\.d\//,
  passwd: /\/etc\/(passwd|group)$/,
  'capability-conf': /\/etc\/security\/capabilit(y|ies)\.conf$/,
  'parse-result': JSON_OUTPUTS,
  'pci-uevent': /\/uevent$/,
  'tcpdump-hex': /^lan-captures\/.*\.txt$/,
  'xorg-conf': /\/xorg\.conf$/,
  'xorg-log': /\/Xorg\.0\.log$/,
}

const textSeedCache = new Map<string, string[]>()

/** textSeeds are a module's samples: its tests' literals and its recorded fixture files. */
function textSeeds(module: string): string[] {
  let seeds = textSeedCache.get(module)
  if (!seeds) {
    const pattern = FIXTURE_TEXTS[module]
    seeds = [...testSamples(module), ...(pattern ? fixtureTexts(pattern) : [])]
    textSeedCache.set(module, seeds)
  }
  return seeds
}

const dhcpMessages = () => [
  ...fixtureBytes(/^lan-captures\/.*\.bin$/),
  ...udpPayloads(),
  dhcpPacket.encodeDiscover({xid: 0x1234abcd, mac: '02:11:22:33:44:55'})!,
]
const capturedFrames = () => fixtureTexts(/^lan-captures\/.*\.txt$/).flatMap(text => tcpdumpHex.splitHexPackets(text))
const udpPayloads = () =>
  capturedFrames().flatMap(frame => {
    const udp = tcpdumpHex.unwrapUdp(frame)
    return udp.ok ? [udp.value.payload.slice()] : []
  })

const BYTE_SEEDS: Record<string, () => Uint8Array[]> = {
  'dhcp-lease': () => [...fixtureBytes(/^lan-leases\/.*\.lease$/), ...dhcpMessages()],
  'dhcp-packet': dhcpMessages,
  edid: () => fixtureBytes(/\/edid$/),
  'tcpdump-hex': capturedFrames,
  'discovery-frame': () => fixtureTexts(/^neighbour-frames\/.*\.txt$/).flatMap(text => tcpdumpHex.splitHexPackets(text)),
  'vfs-cap': () =>
    testSamples('vfs-cap').flatMap(text => {
      const bytes = vfsCap.parseGetfattrHex(`security.capability=${text}`)
      return bytes.ok && bytes.value ? [bytes.value] : []
    }),
}

interface TargetOptions {
  parsed?: boolean
  /** seeds picks or builds the seeds from the module's samples (all of them by default). */
  seeds?: (samples: string[]) => string[]
  check?: FuzzTarget['check']
}

/** textTarget registers a function fed text; `args` makes its arguments from the fuzzed text (the text alone by default). */
function textTarget(
  module: string,
  fn: FuzzTarget['fn'],
  exportName: string,
  args: (text: string) => unknown[] = text => [text],
  options: TargetOptions = {},
): FuzzTarget {
  const samples = () => textSeeds(module)
  return {
    name: `${module}.${exportName}`,
    module,
    exportName,
    kind: 'text',
    parsed: options.parsed ?? false,
    fn,
    args: input => args(typeof input === 'string' ? input : new TextDecoder('latin1').decode(input)),
    check: options.check,
    seeds: () => {
      const seeds = options.seeds ? options.seeds(samples()) : samples()
      return seeds.length > 0 ? seeds : ['']
    },
  }
}

/** bytesTarget registers a function fed bytes (a DHCP message, an EDID, an Ethernet frame), which returns a Parsed value. */
function bytesTarget(module: string, fn: FuzzTarget['fn'], exportName: string): FuzzTarget {
  return {
    name: `${module}.${exportName}`,
    module,
    exportName,
    kind: 'bytes',
    parsed: true,
    fn,
    args: input => [typeof input === 'string' ? new TextEncoder().encode(input) : input],
    seeds: () => {
      const seeds = BYTE_SEEDS[module]?.() ?? []
      return seeds.length > 0 ? seeds : [new Uint8Array()]
    },
  }
}

const firstWord = (text: string) => text.trim().split(/\s+/)[0] ?? ''
const parsedOr = <T>(result: {ok: true; value: T} | {ok: false}, fallback: T): T => (result.ok ? result.value : fallback)
const arpingReplies = (text: string): arping.ArpReply[] => {
  const read = arping.parseArping(...streams(text))
  return read.ok ? read.value.replies : []
}
const DEFAULT_RESOLVER: resolvConf.ResolverConfig = {servers: [], search: ['lan', 'home.arpa.'], ndots: 1}

/** readsBack checks encodeDiscover's round trip: the DISCOVER it builds decodes, with the MAC it was given. */
function readsBack(result: unknown, args: unknown[]): string | null {
  const request = args[0] as dhcpPacket.DiscoverRequest
  if (result === null) return null
  const decoded = dhcpPacket.decodeDhcp(result as Uint8Array)
  const ok = decoded.ok && decoded.value.messageType === 'DISCOVER' && decoded.value.clientMac === request.mac.toLowerCase()
  return ok ? null : `the DISCOVER for ${JSON.stringify(request.mac)} does not read back: ${JSON.stringify(decoded).slice(0, 200)}`
}

/** FUZZ_TARGETS is the registry, in module order. */
export const FUZZ_TARGETS: FuzzTarget[] = [
  textTarget('arping', arping.parseArping, 'parseArping', streams, {parsed: true, seeds: withStreams}),
  textTarget('arping', arping.distinctMacs, 'distinctMacs', text => [arpingReplies(text)], {seeds: withStreams}),
  textTarget('capabilities', capabilities.parseGetcap, 'parseGetcap', undefined, {parsed: true}),
  textTarget('capabilities', capabilities.grantsNetRaw, 'grantsNetRaw', text => [parsedOr(capabilities.parseGetcap(text), text)]),
  textTarget('capabilities', capabilities.parseEffectiveCapabilities, 'parseEffectiveCapabilities', undefined, {parsed: true}),
  textTarget('capabilities', capabilities.parseProcessStatus, 'parseProcessStatus', undefined, {parsed: true}),
  textTarget('capability-conf', capabilityConf.parseCapabilityConf, 'parseCapabilityConf'),
  textTarget('capability-conf', capabilityConf.matchingLine, 'matchingLine', text => [
    capabilityConf.parseCapabilityConf(text),
    'backuphelper',
    ['backup'],
  ]),
  textTarget('capability-conf', capabilityConf.readIab, 'readIab', text => [firstWord(text)]),
  textTarget('capabilities', capabilities.hasCapability, 'hasCapability', text => [
    parsedOr(capabilities.parseEffectiveCapabilities(text), 0n),
    [0, capabilities.CAP_NET_RAW, 63, 64, 4096][text.length % 5]!,
  ]),
  textTarget('dhcp-lease', dhcpLease.dhclientDate, 'dhclientDate'),
  textTarget('dhcp-lease', dhcpLease.parseDhclientLeases, 'parseDhclientLeases', undefined, {parsed: true}),
  textTarget('dhcp-lease', dhcpLease.parseKeyValueLease, 'parseKeyValueLease', undefined, {parsed: true}),
  bytesTarget('dhcp-lease', dhcpLease.parseDhcpcdLease, 'parseDhcpcdLease'),
  textTarget('dhcp-packet', dhcpPacket.encodeDiscover, 'encodeDiscover', text => [{xid: text.length * 2654435761, mac: text}], {
    check: readsBack,
  }),
  bytesTarget('dhcp-packet', dhcpPacket.decodeDhcp, 'decodeDhcp'),
  bytesTarget('edid', edid.parseEdid, 'parseEdid'),
  textTarget('ethtool', ethtool.parseEthtoolMaxSpeed, 'parseEthtoolMaxSpeed'),
  textTarget('hosts-file', hostsFile.parseHostsFile, 'parseHostsFile', undefined, {parsed: true}),
  textTarget('hosts-file', hostsFile.hostsAddresses, 'hostsAddresses', text => [
    parsedOr(hostsFile.parseHostsFile(text), []),
    text.length % 2 === 0 ? 'localhost' : text.slice(text.lastIndexOf(' ') + 1),
  ]),
  textTarget(
    'hw-ids',
    hwIds.lookupHardwareName,
    'lookupHardwareName',
    text =>
      [
        [text, '8086', '15b8'],
        [text, text.slice(0, 4), null],
        [text, '10ec', text.slice(-4)],
      ][text.length % 3] as [string, string, string | null],
  ),
  textTarget('ip-addr', ipAddr.parseIpAddr, 'parseIpAddr', undefined, {parsed: true}),
  textTarget('ip-addr', ipAddr.parseAddressLifetimes, 'parseAddressLifetimes', undefined, {parsed: true}),
  textTarget('lldpcli-json', lldpcliJson.parseLldpcliJson, 'parseLldpcliJson', undefined, {parsed: true}),
  textTarget('networkctl-lldp', networkctlLldp.parseNetworkctlLldp, 'parseNetworkctlLldp', undefined, {parsed: true}),
  textTarget('ip-neigh', ipNeigh.parseIpNeigh, 'parseIpNeigh', undefined, {parsed: true}),
  textTarget('ip-neigh', ipNeigh.parseProcNetArp, 'parseProcNetArp', undefined, {parsed: true}),
  textTarget('ip-route-get', ipRouteGet.parseIpRouteGet, 'parseIpRouteGet', undefined, {parsed: true}),
  textTarget('ip-route', ipRoute.parseIpRoute, 'parseIpRoute', undefined, {parsed: true}),
  textTarget('lan-query', lanQuery.parseLanQuery, 'parseLanQuery', undefined, {parsed: true}),
  textTarget('mta-config', mtaConfig.parsePostfixMainCf, 'parsePostfixMainCf', undefined, {parsed: true}),
  textTarget('mta-config', mtaConfig.parseEximConfig, 'parseEximConfig', undefined, {parsed: true}),
  textTarget('mta-config', mtaConfig.eximValue, 'eximValue', text => [
    parsedOr(mtaConfig.parseEximConfig(text), {}),
    text.length % 2 === 0 ? 'primary_hostname' : firstWord(text),
  ]),
  textTarget('oui', oui.parseOuiDatabase, 'parseOuiDatabase', undefined, {parsed: true}),
  textTarget('oui', oui.normaliseMac, 'normaliseMac'),
  textTarget('oui', oui.ouiOf, 'ouiOf'),
  textTarget('oui', oui.isLocallyAdministered, 'isLocallyAdministered'),
  textTarget('mountinfo', mountinfo.parseMountinfo, 'parseMountinfo'),
  textTarget('iw', iw.parseIwDev, 'parseIwDev', undefined, {parsed: true}),
  textTarget('iw', iw.parseIwLink, 'parseIwLink', undefined, {parsed: true}),
  textTarget('iw', iw.parseIwStation, 'parseIwStation', undefined, {parsed: true}),
  textTarget('iw', iw.parseIwScan, 'parseIwScan', undefined, {parsed: true}),
  textTarget('iw', iw.parseIwReg, 'parseIwReg', undefined, {parsed: true}),
  textTarget('iw', iw.parseBitrate, 'parseBitrate'),
  textTarget('wifi-state', wifiState.parseRfkillList, 'parseRfkillList', undefined, {parsed: true}),
  textTarget('wifi-state', wifiState.parseWpaStatus, 'parseWpaStatus', undefined, {parsed: true}),
  textTarget('wifi-state', wifiState.parseWpaScanResults, 'parseWpaScanResults', undefined, {parsed: true}),
  textTarget('wifi-state', wifiState.parseProcNetWireless, 'parseProcNetWireless', undefined, {parsed: true}),
  textTarget('wifi-state', wifiState.parseNmcliWifiList, 'parseNmcliWifiList', undefined, {parsed: true}),
  textTarget('wifi-log', wifiLog.parseWifiLog, 'parseWifiLog'),
  textTarget('mountinfo', mountinfo.mountOf, 'mountOf', text => [mountinfo.parseMountinfo(text), '/usr/bin/ping']),
  textTarget('pam', pam.parsePamFile, 'parsePamFile'),
  textTarget('pam', pam.successAction, 'successAction', text => [firstWord(text)]),
  textTarget('parse-result', parseResult.parsed, 'parsed', undefined, {parsed: true}),
  textTarget('parse-result', parseResult.unparsable, 'unparsable', text => [`fuzzed: ${text}`], {parsed: true}),
  textTarget('parse-result', parseResult.parseJsonArray, 'parseJsonArray', text => [text, 'fuzzed output'], {parsed: true}),
  textTarget('passwd', passwd.findPasswdEntry, 'findPasswdEntry', text => [text, 'backuphelper']),
  textTarget('passwd', passwd.groupsOf, 'groupsOf', text => [text, 'backuphelper', 34]),
  textTarget('pci-uevent', pciUevent.parsePciUevent, 'parsePciUevent', undefined, {parsed: true}),
  textTarget('ping', ping.parsePingText, 'parsePingText', streams, {parsed: true, seeds: withStreams}),
  textTarget('ping', ping.decidePing, 'decidePing', text => [[0, 1, 2, 127][text.length % 4]!, ...streams(text)], {seeds: withStreams}),
  textTarget('pool-range', poolRange.parsePoolRange, 'parsePoolRange', undefined, {parsed: true}),
  textTarget('pool-range', poolRange.parseDnsmasqRanges, 'parseDnsmasqRanges'),
  textTarget('received-chain', receivedChain.parseReceivedChain, 'parseReceivedChain', undefined, {parsed: true}),
  textTarget('resolv-conf', resolvConf.parseResolvConf, 'parseResolvConf', undefined, {parsed: true}),
  textTarget('resolv-conf', resolvConf.queryNames, 'queryNames', text => [
    text.length % 2 === 0 ? firstWord(text) : text,
    parsedOr(resolvConf.parseResolvConf(text), DEFAULT_RESOLVER),
  ]),
  textTarget('target', target.parseTarget, 'parseTarget', undefined, {parsed: true}),
  textTarget('tcpdump-arp', tcpdumpArp.parseTcpdumpArp, 'parseTcpdumpArp', undefined, {parsed: true}),
  textTarget('tcpdump-hex', tcpdumpHex.splitHexPackets, 'splitHexPackets'),
  bytesTarget('tcpdump-hex', tcpdumpHex.unwrapUdp, 'unwrapUdp'),
  textTarget('vfs-cap', vfsCap.parseGetfattrHex, 'parseGetfattrHex', undefined, {parsed: true}),
  bytesTarget('vfs-cap', vfsCap.decodeVfsCap, 'decodeVfsCap'),
  textTarget('tcpdump-hex', tcpdumpHex.parseTcpdumpUdp, 'parseTcpdumpUdp', undefined, {parsed: true}),
  textTarget('tcpdump-hex', tcpdumpHex.noPacketBytes, 'noPacketBytes', text => [text, tcpdumpHex.splitHexPackets(text)]),
  textTarget('discovery-frame', discoveryFrame.parseTcpdumpDiscovery, 'parseTcpdumpDiscovery', undefined, {parsed: true}),
  bytesTarget('discovery-frame', discoveryFrame.decodeDiscoveryFrame, 'decodeDiscoveryFrame'),
  bytesTarget('discovery-frame', discoveryFrame.decodeLldp, 'decodeLldp'),
  bytesTarget('discovery-frame', discoveryFrame.decodeCdp, 'decodeCdp'),
  textTarget('x-bus-id', xBusId.pciAddress, 'pciAddress', text => {
    const [domain = 0, bus = 0, device = 0, fn = 0] = text.split(/[:.@]/).map(part => Number.parseInt(part, 16) || 0)
    return [domain, bus, device, fn]
  }),
  textTarget('x-bus-id', xBusId.xBusIdToAddress, 'xBusIdToAddress'),
  textTarget('x-bus-id', xBusId.xBusIdReadAsHex, 'xBusIdReadAsHex'),
  textTarget('x-bus-id', xBusId.isPciAddress, 'isPciAddress'),
  textTarget('x-bus-id', xBusId.addressToXBusId, 'addressToXBusId'),
  textTarget('x-bus-id', xBusId.xLogPciToAddress, 'xLogPciToAddress'),
  textTarget('xorg-conf', xorgConf.parseXorgConf, 'parseXorgConf', undefined, {parsed: true}),
  textTarget('xorg-log', xorgLog.parseXorgLog, 'parseXorgLog', undefined, {parsed: true}),
]
