// The fuzzer's snapshot targets: the --from loader on mutated real snapshots (a refusal is one line, Object.prototype stays
// clean), and the full report replayed from each snapshot the loader accepts (it must not throw, nor make a rule crash).
import {readFileSync} from 'node:fs'
import {builtInEndpointsPath, parseEndpoints} from '../../src/capabilities/internet/endpoints.js'
import {fullReport} from '../../src/report/full-report.js'
import {CRASHED_RULE_ID} from '../../src/engine/run-rules.js'
import {checkSnapshotText} from '../../src/snapshot/load.js'
import {validateSnapshot} from '../../src/snapshot/schema.js'
import {emptySnapshot, snapshotText, type Snapshot} from '../../src/snapshot/snapshot.js'
import {displaysSnapshot, fixtureEdidHex, fixtureText, intelGpu, nvidiaGpu, output} from '../support/displays.js'
import {lanFacts, lanSnapshot, lease} from '../support/lan.js'
import {arped, office, pinged, pingFacts, resolved, dnsAnswer} from '../support/ping.js'
import {portsSnapshot, wiredPort} from '../support/ports.js'
import type {FuzzTarget} from './targets.js'

const HYBRID = 'displays-hybrid-laptop'
const CARD = 'sys/devices/pci0000:00/0000:00:02.0/drm/card1'

/** realSnapshots are snapshots as netdoc writes them: ports and routes, displays with recorded X logs and EDIDs, a LAN, a ping. */
function realSnapshots(): Snapshot[] {
  const displays = displaysSnapshot({
    gpus: [intelGpu(), nvidiaGpu()],
    outputs: [
      output({
        card: 'card1',
        connector: 'HDMI-A-2',
        status: 'connected',
        enabled: true,
        modes: ['1920x1080'],
        edid: fixtureEdidHex(HYBRID, `${CARD}/card1-HDMI-A-2`),
      }),
    ],
    xLog: fixtureText(HYBRID, 'var/log/Xorg.0.log'),
    xConfigs: [fixtureText('displays-two-nvidia-screens', 'etc/X11/xorg.conf')],
  })
  const lan = lanSnapshot({
    leases: [lease()],
    sweep: {
      subnets: [],
      skipped: [],
      sent: 254,
      ms: 2000,
      hosts: [],
      vendors: {b827eb: 'Raspberry Pi Foundation'},
      vendorSource: 'ieee-oui.txt',
    },
  })
  const ping = office(
    pingFacts('nas.lan', {
      resolution: resolved('nas.lan', [dnsAnswer('192.168.1.1', 'nas.lan', 'answered', ['192.168.1.20'])]),
      ping: pinged('192.168.1.20', 'no-reply'),
      arp: [arped('192.168.1.20', ['00:11:32:aa:bb:cc'])],
    }),
  )
  const everything: Snapshot = {...emptySnapshot(), nics: lan.nics, displays: displays.displays, lan: lanFacts(), ping: ping.ping}
  return [
    portsSnapshot([wiredPort()], [{destination: 'default', gateway: '192.168.0.1', dev: 'eth0', linkdown: false}]),
    displays,
    lan,
    ping,
    everything,
  ]
}

const seeds = () => realSnapshots().map(snapshotText)
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join()
const isPolluted = () => Object.getOwnPropertyNames(Object.prototype).join() !== PROTOTYPE_KEYS

/** refusedInOneLine checks what the loader returned: the snapshot, or one line naming the file. */
function refusedInOneLine(result: unknown): string | null {
  if (isPolluted()) return 'Object.prototype was changed'
  const loaded = result as {ok: boolean; error?: string}
  if (loaded.ok) return null
  return typeof loaded.error === 'string' && loaded.error.startsWith('fuzzed.json ') && !/[\n\r]/.test(loaded.error)
    ? null
    : `not one line: ${JSON.stringify(loaded.error).slice(0, 200)}`
}

/** replayable turns a fuzzed text into the snapshot the loader accepts, or an empty one when it refuses it. */
function replayable(text: string): Snapshot {
  const loaded = checkSnapshotText(text, 'fuzzed.json', validateSnapshot)
  return loaded.ok ? loaded.snapshot : emptySnapshot()
}

/** noCrashedRule checks a replayed report: no rule crashed on the snapshot. */
function noCrashedRule(result: unknown): string | null {
  const report = result as {findings: {id: string; evidence?: unknown}[]}
  const crashed = report.findings.find(finding => finding.id === CRASHED_RULE_ID)
  return crashed ? `a rule crashed: ${JSON.stringify(crashed).slice(0, 300)}` : null
}

/** oneLineOrEndpoints checks what parseEndpoints returned: the endpoints, or one line saying what is wrong. */
function oneLineOrEndpoints(result: unknown): string | null {
  if (isPolluted()) return 'Object.prototype was changed'
  const parsed = result as {ok: boolean; error?: unknown}
  return parsed.ok || (typeof parsed.error === 'string' && parsed.error !== '' && !/[\n\r]/.test(parsed.error))
    ? null
    : `not one line: ${JSON.stringify(parsed.error).slice(0, 200)}`
}

/** SNAPSHOT_TARGETS are the loader, the replay and the endpoints file (`--endpoints FILE`), fuzzed beside the parsers. */
export const SNAPSHOT_TARGETS: FuzzTarget[] = [
  {
    name: 'snapshot/load.checkSnapshotText',
    module: 'snapshot/load',
    exportName: 'checkSnapshotText',
    kind: 'text',
    parsed: false,
    fn: checkSnapshotText,
    args: input => [String(input), 'fuzzed.json', validateSnapshot],
    check: refusedInOneLine,
    seeds,
    json: true,
  },
  {
    name: 'internet/endpoints.parseEndpoints',
    module: 'internet/endpoints',
    exportName: 'parseEndpoints',
    kind: 'text',
    parsed: false,
    fn: parseEndpoints,
    args: input => [String(input)],
    check: oneLineOrEndpoints,
    seeds: () => [readFileSync(builtInEndpointsPath(), 'utf8')],
    json: true,
  },
  {
    name: 'report/full-report.fullReport',
    module: 'report/full-report',
    exportName: 'fullReport',
    kind: 'text',
    parsed: false,
    fn: fullReport,
    args: input => [replayable(String(input))],
    check: noCrashedRule,
    seeds,
    json: true,
  },
]
