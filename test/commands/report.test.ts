// `netdoc report`: verdicts first, Markdown and a self-contained HTML page that Chromium draws as a person would see it.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {chromiumPath, runChromium} from '../support/chromium.js'
import {fixtureTree, runNetdoc, snapshotOfTree} from '../support/cli.js'
import {arpProbe, lanFacts, lanSnapshot, OFFICE_LAN, pingProbe} from '../support/lan.js'
import {arped, office, officePort, officeRoutes, pingFacts, pinged, routeTo, ROUTER} from '../support/ping.js'
import {countColor, readPng} from '../support/png.js'
import {portsSnapshot} from '../support/ports.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-report-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const desktop = {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')}

describe('netdoc report as Markdown', () => {
  it('puts the verdict first, then the picture in words, then the ports table', async () => {
    const result = await runNetdoc(['report'], desktop)
    expect(result.code).toBe(1)
    const headings = result.stdout.split('\n').filter(line => line.startsWith('## '))
    expect(headings.slice(0, 3)).toEqual(['## Verdict', '## This machine and its network', '## Network ports'])
    const verdict = result.stdout.split('## Verdict')[1]!.split('##')[0]!
    expect(verdict).toContain(
      '**PROBLEM: eno1 holds the network configuration but has no cable; the cable is in enp3s0** `nic.cable-in-wrong-port`',
    )
    expect(result.stdout).toContain('- router 192.168.1.1 via eno1: not checked\n')
    expect(result.stdout).toMatch(/\| eno1 \| onboard \| no cable \|/)
    expect(result.stderr).toContain('collecting nics')
  })

  it("shows a container's veth that carries the default route in the picture and the ports table, and counts the hidden ones", async () => {
    const result = await runNetdoc(['report'], {NETDOC_ROOT: fixtureTree('container-veth')})
    expect(result.code).toBe(0)
    const picture = result.stdout.split('## This machine and its network')[1]!.split('## ')[0]!
    expect(picture).toContain('- this machine: eth0 (virtual): up\n')
    expect(picture).not.toContain('no network ports')
    const ports = result.stdout.split('## Network ports')[1]!.split('## ')[0]!
    expect(ports).toMatch(/^\| eth0 \| virtual \| up \|/m)
    expect(ports).toContain('- 2 software ports hidden (`netdoc nics --all` shows them)')
    const json = JSON.parse((await runNetdoc(['report', '--json'], {NETDOC_ROOT: fixtureTree('container-veth')})).stdout)
    expect(json.nics.hidden).toEqual({software: 2})
    expect(json.router).toEqual({address: '172.17.0.1', port: 'eth0'})
  })

  it("a recorded tree asks no gateway: the LAN section names the route's gateway as not checked, as the picture does", async () => {
    const result = await runNetdoc(['report'], {NETDOC_ROOT: fixtureTree('container-veth')})
    const lan = result.stdout.split('## The LAN')[1]!.split('## ')[0]!
    expect(lan).toContain(
      '- Checked eth0 (MAC 02:42:ac:11:00:02): it carries the default route (via 172.17.0.1).\n- Address:       172.17.0.2/16  static (set by hand)\n- Gateway:       172.17.0.1  not checked\n',
    )
    expect(result.stdout).toContain('- router 172.17.0.1 via eth0: not checked\n')
    const json = JSON.parse((await runNetdoc(['report', '--json'], {NETDOC_ROOT: fixtureTree('container-veth')})).stdout)
    expect(json.lan.lan.gateway).toEqual({address: '172.17.0.1', answers: null})
  })

  it('says in the LAN section which MAC a reservation must name: the card with the cable, not the dead onboard port', async () => {
    const result = await runNetdoc(['report'], desktop)
    const lan = result.stdout.split('## The LAN')[1]!.split('## ')[0]!
    expect(lan).toContain('reserve an address outside the pool in the router for MAC 00:e0:4c:68:12:34 (enp3s0')
    expect(lan).toContain('Not 30:9c:23:1a:2b:3c: that is eno1 (onboard')
  })

  it('escapes table cells so a pipe or a line break cannot break the table', async () => {
    const result = await runNetdoc(['report'], desktop)
    expect(result.stdout).toContain('Intel Corporation<br>Ethernet Connection (2) I219-V')
  })

  it('--json -o writes the JSON into the file (nothing on stdout) and says so on stderr', async () => {
    const file = join(dir, 'report.json')
    const result = await runNetdoc(['report', '--json', '-o', file], desktop)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`wrote ${file}`)
    const written = JSON.parse(readFileSync(file, 'utf8'))
    expect(written.findings[0].id).toBe('nic.cable-in-wrong-port')
    const printed = JSON.parse((await runNetdoc(['report', '--json'], desktop)).stdout)
    expect({...written, collectedAt: null}).toEqual({...printed, collectedAt: null})
  })

  it('refuses -o into a folder that does not exist before collecting anything', async () => {
    const result = await runNetdoc(['report', '-o', join(dir, 'no-such-folder', 'r.md')], desktop)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `netdoc: cannot write ${join(dir, 'no-such-folder', 'r.md')}: the folder ${join(dir, 'no-such-folder')} does not exist\n`,
    )
  })

  it('replays a snapshot with the same report', async () => {
    const file = join(dir, 'desktop.json')
    await runNetdoc(['snapshot', '-o', file], desktop)
    const live = JSON.parse((await runNetdoc(['report', '--json'], desktop)).stdout)
    const replayed = JSON.parse((await runNetdoc(['report', '--json', '--from', file])).stdout)
    expect(replayed.findings).toEqual(live.findings)
    expect(replayed.nics).toEqual(live.nics)
  })

  it('--redact masks the MACs (keeping the vendor part) and keeps the verdict', async () => {
    const result = await runNetdoc(['report', '--redact'], desktop)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('`nic.cable-in-wrong-port`')
    for (const secret of ['30:9c:23:1a:2b:3c', '00:e0:4c:68:12:34', 'fe80::2e0:4cff:fe68:1234']) expect(result.stdout).not.toContain(secret)
    expect(result.stdout).toMatch(/\| eno1 \| onboard \| no cable \|[^|]*\| 30:9c:23:/)
  })

  it.each([
    [['report', '--format', 'pdf'], '--format'],
    [['report', '--ping=-f'], '--ping'],
    [['report', '--ping', '8.8.8.8; rm -rf /'], '8.8.8.8; rm -rf /'],
    [['report', '--ping', '192.168.0.1', '--from', join(dir, 'desktop-onboard-and-card.json')], 'cannot be combined with --from'],
    [['report', '--ping', '192.168.0.1', '--timeout', '900'], '--timeout takes seconds from 1 to 60'],
    [['report', '--ping', '192.168.0.1'], 'which a recorded tree (NETDOC_ROOT) cannot answer'],
  ])('refuses bad input %j with exit 2 before probing anything', async (args, words) => {
    await snapshotOfTree('desktop-onboard-and-card', dir)
    const result = await runNetdoc(args, desktop)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(words)
  })
})

describe('netdoc report as HTML', () => {
  it('is one self-contained page: no scripts, no external files, the picture inline', async () => {
    const file = join(dir, 'report.html')
    const result = await runNetdoc(['report', '--format', 'html', '-o', file], desktop)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`wrote ${file} (2 findings, first: eno1 holds the network configuration`)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(|https?:\/\//i)
    expect(html).toContain('<svg')
    expect(html.indexOf('Verdict')).toBeLessThan(html.indexOf('<svg'))
  })

  it("draws a container's veth that carries the default route in the picture, with the line to the router leaving from it", async () => {
    const file = join(dir, 'container.html')
    await runNetdoc(['report', '--format', 'html', '-o', file], {NETDOC_ROOT: fixtureTree('container-veth')})
    const svg = readFileSync(file, 'utf8').match(/<svg[\s\S]*<\/svg>/)![0]
    expect(svg).toContain('>eth0 · virtual</text>')
    expect(svg).toContain('>up</text>')
    expect(svg).not.toContain('eth1')
  })

  it.skipIf(chromiumPath() === null)('shows a person the problem in red and the working cable in green (Chromium screenshot)', async () => {
    const file = join(dir, 'shown.html')
    await runNetdoc(['report', '--format', 'html', '-o', file], desktop)
    const png = join(dir, 'shown.png')
    await runChromium(['--hide-scrollbars', '--window-size=1000,900', `--screenshot=${png}`, `file://${file}`])
    const picture = readPng(readFileSync(png))
    expect([picture.width, picture.height]).toEqual([1000, 900])
    const white = countColor(picture, '#ffffff', 2)
    expect(white).toBeLessThan(picture.width * picture.height * 0.97)
    expect(countColor(picture, '#fdecea', 3), 'the red-tinted PROBLEM card').toBeGreaterThan(20_000)
    expect(countColor(picture, '#c62828'), 'red: the PROBLEM mark, the dead port and its dashed line').toBeGreaterThan(500)
    expect(countColor(picture, '#2e7d32'), 'green: the port with the cable').toBeGreaterThan(500)
  })
})

/** ReportViews are one snapshot's report as Markdown (its picture and LAN sections) and the picture's SVG hops and links. */
interface ReportViews {
  picture: string
  lan: string
  svg: string
  hops: Record<string, string[]>
  links: string[]
}

async function reportViews(name: string, snapshot: Snapshot): Promise<ReportViews> {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(snapshot))
  const markdown = (await runNetdoc(['report', '--from', file])).stdout
  const html = (await runNetdoc(['report', '--from', file, '--format', 'html'])).stdout
  const svg = html.match(/<svg[\s\S]*<\/svg>/)![0]
  const hops = Object.fromEntries(
    [...svg.matchAll(/<g data-hop="(\w+)">(.*?)<\/g>/g)].map(([, hop, inner]) => [
      hop!,
      [...inner!.matchAll(/>([^<]*)<\/text>/g)].map(text => text[1]!),
    ]),
  )
  const links = [...svg.matchAll(/<g data-from="(\w+)" data-to="(\w+)">/g)].map(([, from, to]) => `${from} → ${to}`)
  const section = (heading: string) => markdown.split(`\n## ${heading}`)[1]?.split('\n## ')[0] ?? ''
  return {
    picture: section(markdown.includes('## The path to') ? 'The path to' : 'This machine and its network'),
    lan: section('The LAN'),
    svg,
    hops,
    links,
  }
}

const server = '192.168.1.20'
const remote = '10.60.0.5'
const routerMac = OFFICE_LAN.routerMac

describe('netdoc report: the picture and the text tell the router from the same facts', () => {
  it.each([
    ['answers', lanFacts().gateway, 'answers', '#2e7d32'],
    ['does NOT answer', {...lanFacts().gateway!, arp: arpProbe(ROUTER), ping: pingProbe(ROUTER, false)}, 'does NOT answer', '#c62828'],
    ['not checked', {...lanFacts().gateway!, arp: null, ping: null}, 'not checked', '#8a8a8a'],
  ])("the LAN section says the gateway %s: so do the picture's words and its router box", async (name, gateway, words, colour) => {
    const views = await reportViews(`lan-${name.replace(/ /g, '-')}`, lanSnapshot({gateway}))
    expect(views.lan).toContain(`Gateway:       ${ROUTER}  ${words}\n`)
    expect(views.picture).toContain(`- router ${ROUTER} via eth0: ${words}\n`)
    expect(views.hops.router).toEqual(['Router', ROUTER, words])
    expect(views.svg).toMatch(new RegExp(`<g data-hop="router"><rect [^>]*stroke="${colour}"`))
    expect(views.links).toEqual(['machine → router'])
    expect(views.svg + views.picture).not.toContain('not probed')
  })

  it('with no fact about the gateway at all, the picture says "not checked", the words the path and the LAN section use', async () => {
    const views = await reportViews('no-facts', portsSnapshot([officePort()], officeRoutes()))
    expect(views.lan).toBe('')
    expect(views.picture).toContain(`- router ${ROUTER} via eth0: not checked\n`)
    expect(views.hops.router).toEqual(['Router', ROUTER, 'not checked'])
    expect(views.svg + views.picture).not.toContain('not probed')
  })

  it("why-no-ping's gateway step that answered ARP: the picture repeats the path's words, and draws port → router → target", async () => {
    const facts = pingFacts(remote, {
      routes: [routeTo(remote, {gateway: ROUTER})],
      arp: [arped(ROUTER, [routerMac])],
      ping: pinged(remote, 'no-reply'),
    })
    const markdown = await reportViews('ping-gateway-ok', office(facts))
    expect(markdown.picture).toContain(`2. port eth0: **ok**, link up\n3. gateway ${ROUTER}: **ok**, answers ARP (${routerMac})\n`)
    expect(markdown.picture).toContain(
      `- router ${ROUTER} via eth0: ok, answers ARP (${routerMac})\n- ${remote}: failed, no answer (no-reply)`,
    )
    expect(markdown.hops.router).toEqual(['Router', ROUTER, 'ok'])
    expect(markdown.hops.target).toEqual([remote, 'failed', remote])
    expect(markdown.links).toEqual(['machine → router', 'router → target'])
  })

  it('why-no-ping could not ask the gateway, but the LAN section\'s check of it answered: the picture says "answers", not "not checked"', async () => {
    const facts = pingFacts(remote, {routes: [routeTo(remote, {gateway: ROUTER})], ping: pinged(remote, 'no-reply')})
    const views = await reportViews('ping-and-lan', {...lanSnapshot(), ping: facts})
    expect(views.picture).toContain(`gateway ${ROUTER}: **not checked**, ARP could not be asked`)
    expect(views.lan).toContain(`Gateway:       ${ROUTER}  answers\n`)
    expect(views.picture).toContain(`- router ${ROUTER} via eth0: answers\n`)
    expect(views.hops.router).toEqual(['Router', ROUTER, 'answers'])
  })

  it('a target on the local subnet is drawn straight from the port, the router aside and unconnected, "not on this path"', async () => {
    const facts = pingFacts(server, {routes: [routeTo(server)], arp: [arped(server)], ping: pinged(server, 'no-reply')})
    const views = await reportViews('local-target', {...lanSnapshot(), ping: facts})
    expect(views.picture).toContain(`3. gateway: **not used**, ${server} is on the local subnet\n`)
    const summary = views.picture.split('\n').filter(line => line.startsWith('- '))
    expect(summary).toEqual([
      '- this machine: eth0 (onboard): cable',
      `- ${server}, straight from eth0: failed, no answer (no-reply)`,
      `- router ${ROUTER} via eth0: not on this path, ${server} is on the local subnet`,
    ])
    expect(views.links).toEqual(['machine → target'])
    expect(views.hops.target).toEqual([server, 'failed', server])
    expect(views.hops.router).toEqual(['Router', ROUTER, 'not on this path'])
    expect(views.svg.indexOf('data-hop="target"')).toBeLessThan(views.svg.indexOf('data-hop="router"'))
    expect(views.svg).toContain('aria-label="This machine, its ports and the target on the local subnet; the router is not on this path"')
    expect(views.svg + views.picture).not.toMatch(/not probed|Router[^<]*not used/)
  })
})
