// The Markdown and HTML reports fed hostile strings: every string of real reports (and of real snapshots, before the rules word
// them) replaced by markup, links, backticks, terminal escapes and line breaks; nothing may act, and the page keeps its shape.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fullReport, type FullReport} from '../../src/report/full-report.js'
import {printable} from '../../src/render/printable.js'
import {renderReportHtml} from '../../src/render/report-html.js'
import {renderReportMarkdown} from '../../src/render/report-markdown.js'
import {validateSnapshot} from '../../src/snapshot/schema.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {jsonOf, runNetdoc, fixtureTree, snapshotOfTree} from '../support/cli.js'
import {
  embedded,
  expectSafeHtml,
  expectSafeMarkdown,
  HOSTILE_STRINGS,
  hostileSnapshot,
  htmlTags,
  mapStrings,
  markdownShape,
  textOf,
} from '../support/hostile.js'
import {lanSnapshot} from '../support/lan.js'
import {arped, dnsAnswer, office, pingFacts, pinged, resolved, routeTo, ROUTER} from '../support/ping.js'

/** TREES are the recorded machines under test/fixtures whose reports are taken as they are, then made hostile. */
const TREES = [
  'board-onboard-no-driver',
  'card-port-without-device-link',
  'container-veth',
  'container-veth-no-carrier',
  'desktop-onboard-and-card',
  'displays-drm-class-only',
  'displays-hybrid-laptop',
  'displays-no-screens',
  'displays-second-gpu-unused',
  'displays-two-nvidia-screens',
  'laptop-wifi-usb-dongle',
  'vm-virtio',
  'lan-captures',
  'lan-leases',
]

/** builtSnapshots are why-no-ping's two paths (through the router, and on the local subnet, with a LAN section), from the builders. */
function builtSnapshots(): Record<string, Snapshot> {
  const remote = '10.60.0.5'
  const server = 'nas.home'
  const throughRouter = pingFacts(remote, {
    routes: [routeTo(remote, {gateway: ROUTER})],
    arp: [arped(ROUTER, ['00:1d:aa:01:02:03'])],
    ping: pinged(remote, 'no-reply'),
  })
  const local = pingFacts(server, {
    address: '192.168.1.20',
    resolution: resolved(server, [dnsAnswer(ROUTER, server, 'answered', ['192.168.1.20'])]),
    routes: [routeTo('192.168.1.20')],
    arp: [arped('192.168.1.20')],
    ping: pinged('192.168.1.20', 'no-reply'),
  })
  return {
    'why-no-ping through the router': office(throughRouter),
    'why-no-ping on the local subnet, with the LAN': {...lanSnapshot(), ping: local},
  }
}

const dir = mkdtempSync(join(tmpdir(), 'netdoc-hostile-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const reports: Record<string, FullReport> = {}
const snapshots: Record<string, Snapshot> = {}

beforeAll(async () => {
  for (const tree of TREES) {
    reports[tree] = jsonOf<FullReport>(await runNetdoc(['report', '--json'], {NETDOC_ROOT: fixtureTree(tree)}))
    snapshots[tree] = JSON.parse(readFileSync(await snapshotOfTree(tree, dir), 'utf8')) as Snapshot
  }
  for (const [name, snapshot] of Object.entries(builtSnapshots())) {
    reports[name] = fullReport(snapshot)
    snapshots[name] = snapshot
  }
}, 120_000)

/** BIG is the 100 kB string, fed to two reports only (every string of every report at 100 kB would take minutes, and prove no more). */
const BIG = '100 kB'
const bigOnes = new Set(['desktop-onboard-and-card', 'why-no-ping on the local subnet, with the LAN'])

function sources<T>(all: Record<string, T>, hostile: string): [string, T][] {
  return Object.entries(all).filter(([name]) => hostile !== BIG || bigOnes.has(name))
}

describe('every string of a real report made hostile, rendered as Markdown and as HTML', () => {
  it.each(Object.keys(HOSTILE_STRINGS))(
    '%s, in place of every string and inside every string: nothing acts, the report keeps its shape',
    name => {
      const hostile = HOSTILE_STRINGS[name]!
      for (const [source, report] of sources(reports, name)) {
        for (const [mode, change, plain] of [
          ['replaced', () => hostile, () => 'plain'],
          ['embedded', (text: string) => embedded(text, hostile), (text: string) => embedded(text, 'plain')],
        ] as const) {
          const where = `${source}, every string ${mode}`
          const [bad, good] = [mapStrings(report, change), mapStrings(report, plain)]
          const [markdown, goodMarkdown] = [renderReportMarkdown(bad), renderReportMarkdown(good)]
          const shape = expectSafeMarkdown(markdown, `${where} (Markdown)`)
          const goodShape = markdownShape(goodMarkdown)
          expect(markdown.split('\n').length, `${where} (Markdown): lines the data added`).toBe(goodMarkdown.split('\n').length)
          expect(shape.blocks, `${where} (Markdown): blocks`).toEqual(goodShape.blocks)
          expect(shape.marks, `${where} (Markdown): marks`).toEqual(goodShape.marks)
          const html = renderReportHtml(bad)
          const tags = expectSafeHtml(html, `${where} (HTML)`)
          expect(tags, `${where} (HTML): the page's tags`).toEqual(htmlTags(renderReportHtml(good)))
          if (mode === 'replaced' && !hostile.includes('`')) {
            expect(textOf(shape.html), `${where} (Markdown): the value, read back as it was (made printable)`).toContain(printable(hostile))
            expect(textOf(html), `${where} (HTML): the value, read back as it was (made printable)`).toContain(printable(hostile))
          }
        }
      }
    },
    120_000,
  )
})

describe('every string of a real snapshot the loader takes changed made hostile, worded by the rules, rendered as Markdown and as HTML', () => {
  it.each(Object.keys(HOSTILE_STRINGS))(
    '%s: the rules put it in their sentences and commands, and still nothing acts',
    name => {
      const hostile = HOSTILE_STRINGS[name]!
      for (const [source, snapshot] of sources(snapshots, name)) {
        for (const [mode, change] of [
          ['replaced', () => hostile],
          ['embedded', (text: string) => embedded(text, hostile)],
        ] as const) {
          const where = `${source}, every string the schema lets change ${mode}`
          const bad = hostileSnapshot(snapshot, change)
          expect(validateSnapshot(JSON.parse(JSON.stringify(bad))).ok, `${where}: the loader takes it`).toBe(true)
          const report = fullReport(bad)
          const markdown = renderReportMarkdown(report)
          expectSafeMarkdown(markdown, `${where} (Markdown)`)
          const html = renderReportHtml(report)
          expectSafeHtml(html, `${where} (HTML)`)
          expect(markdown, `${where} (Markdown)`).toContain('\n## Verdict\n')
          expect(html, `${where} (HTML)`).toContain('<h2>Verdict</h2>')
          expect(html.match(/<h2>/g)?.length, `${where}: the same sections in both`).toBe(markdown.match(/^## /gm)?.length)
        }
      }
    },
    120_000,
  )
})
