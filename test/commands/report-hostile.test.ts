// `netdoc report --from` a stranger's snapshot whose names, monitor names, log lines, DHCP and DNS answers carry markup, scripts
// and fetches: the HTML page, opened in headless Chromium, runs no script and fetches nothing; the Markdown holds no raw markup.
import {createServer, type Server} from 'node:http'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {printable} from '../../src/render/printable.js'
import {CONTENT_SECURITY_POLICY} from '../../src/render/report-html.js'
import {validateSnapshot} from '../../src/snapshot/schema.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {chromiumPath, runChromium} from '../support/chromium.js'
import {runNetdoc, snapshotOfTree} from '../support/cli.js'
import {expectSafeHtml, expectSafeMarkdown, hostileSnapshot, RAW_CONTROL} from '../support/hostile.js'
import {lanFacts, lease} from '../support/lan.js'
import {arped, dnsAnswer, pingFacts, pinged, resolved, routeTo, ROUTER} from '../support/ping.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-report-hostile-'))

/** requests are what reached the test's own HTTP server on the loopback: every one is a fetch the page should never have made. */
const requests: string[] = []
let server: Server
let port = 0

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`)
    response.writeHead(200, {'content-type': 'text/plain'}).end('fetched')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

beforeEach(() => {
  requests.length = 0
})

afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
  rmSync(dir, {recursive: true, force: true})
})

/** PWN is what a payload's script does when it runs: it renames the page and marks its root, both visible in Chromium's dump. */
const PWN = "document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')"

/** payloads are the strings the snapshot carries: scripts, handlers, styles and frames fetching from the test's server, Markdown
 * links and images, backticks, terminal escapes, a line break. */
function payloads(): string[] {
  const at = `http://127.0.0.1:${port}`
  return [
    `<img src="${at}/img" onerror="${PWN}">`,
    `</style><script>${PWN};fetch('${at}/script')</script>`,
    `</title><style>body{background:url(${at}/css)}</style>`,
    `"><svg onload="${PWN}"><image href="${at}/svg"/></svg>`,
    `' style='background:url(${at}/attr)' x='`,
    `<a href="javascript:${PWN}">x</a><iframe src="${at}/frame"></iframe>`,
    `<link rel=stylesheet href=${at}/link><object data=${at}/object></object>`,
    `[x](javascript:alert(1)) ![y](${at}/md.png) <${at}/autolink>`,
    '`a`<b onclick=alert(1)>` *bold* _em_ # head',
    '\x1b]52;c;SGVsbG8=\x07\x1b[2J\u202e\x00',
    `line\n<script>${PWN}</script>`,
  ]
}

/** monitorNamed rewrites an EDID's monitor name (its 0xFC descriptor, 13 bytes at most) and its checksum, so it still parses. */
function monitorNamed(edidHex: string, name: string): string {
  const bytes = Buffer.from(edidHex, 'hex')
  const offset = [54, 72, 90, 108].find(at => bytes[at] === 0 && bytes[at + 1] === 0 && bytes[at + 3] === 0xfc)!
  Buffer.from(`${name}\n`.padEnd(13, ' ').slice(0, 13), 'latin1').copy(bytes, offset + 5)
  bytes[127] = (256 - (bytes.subarray(0, 127).reduce((sum, value) => sum + value, 0) % 256)) % 256
  return bytes.toString('hex')
}

/** strangersSnapshot is a real machine (the desktop with the cable in the wrong port, the hybrid laptop's cards and monitors, an
 * office LAN, a why-no-ping of a name) with a payload after every string the loader's schema lets change, one value one payload
 * everywhere, so ports, routes and leases still refer to each other; plus a kernel log line a catalog entry quotes, an X fatal error and an EDID name.
 * Returns the snapshot and what became of each string. */
async function strangersSnapshot(): Promise<{snapshot: Snapshot; poisoned: Map<string, string>}> {
  const desktop = JSON.parse(readFileSync(await snapshotOfTree('desktop-onboard-and-card', dir), 'utf8')) as Snapshot
  const laptop = JSON.parse(readFileSync(await snapshotOfTree('displays-hybrid-laptop', dir), 'utf8')) as Snapshot
  const nas = '192.168.1.20'
  const base: Snapshot = {
    ...desktop,
    nics: {
      ...desktop.nics!,
      kernelLog: {
        source: '/var/log/kern.log',
        lines: [...desktop.nics!.kernelLog!.lines, 'Nov 26 08:00:00 server kernel: [    5.1] e1000e 0000:00:1f.6 eno1: NIC Link is Down'],
      },
    },
    lan: lanFacts({dev: 'eno1', leases: [lease({dev: 'eno1', domainName: 'home.lan'})]}),
    ping: pingFacts('nas.home', {
      address: nas,
      resolution: resolved('nas.home', [dnsAnswer(ROUTER, 'nas.home', 'answered', [nas])]),
      routes: [routeTo(nas, {dev: 'eno1'})],
      arp: [arped(nas, [], {dev: 'eno1'})],
      ping: pinged(nas, 'no-reply'),
    }),
    displays: {
      ...laptop.displays!,
      outputs: laptop.displays!.outputs.map(output =>
        output.edid && output.connector === 'HDMI-A-2' ? {...output, edid: monitorNamed(output.edid, '<img src=x>')} : output,
      ),
      xLog: {
        ...laptop.displays!.xLog!,
        text: `${laptop.displays!.xLog!.text}\n[    99.000] (EE) Fatal server error:\n[    99.000] (EE) no screens found ${payloads()[0]}\n`,
      },
    },
  }
  const poisoned = new Map<string, string>()
  const poison = (text: string) => {
    if (!poisoned.has(text)) poisoned.set(text, `${text}${payloads()[poisoned.size % payloads().length]}`)
    return poisoned.get(text)!
  }
  return {snapshot: hostileSnapshot(base, text => (text.includes('Fatal server error') ? text : poison(text))), poisoned}
}

/** shownInDom is how Chromium's dump of the page shows a value from outside: made printable, then with & < > as references. */
function shownInDom(value: string): string {
  return printable(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** dumpDom opens a page in headless Chromium, lets its timers and loads run, and returns the DOM as Chromium then holds it. */
function dumpDom(file: string): Promise<string> {
  return runChromium(['--virtual-time-budget=3000', '--dump-dom', `file://${file}`])
}

describe.skipIf(chromiumPath() === null)('netdoc report --from a hostile snapshot, as HTML in headless Chromium', () => {
  it('the harness sees a script run and a fetch made, on a page that holds the same payloads raw', async () => {
    const file = join(dir, 'raw.html')
    writeFileSync(file, `<!DOCTYPE html><html><head><title>raw</title></head><body>${payloads().join('\n')}</body></html>`)
    const dom = await dumpDom(file)
    expect(dom).toMatch(/<title>PWNED<\/title>|<html[^>]* data-pwned="1"/)
    expect(requests.length, "requests the raw page made to the test's server").toBeGreaterThan(0)
  })

  it('runs no script and fetches nothing, shows the payloads as text, and keeps its Content-Security-Policy', async () => {
    const {snapshot, poisoned} = await strangersSnapshot()
    expect(validateSnapshot(JSON.parse(JSON.stringify(snapshot))).ok, 'the loader takes the hostile snapshot').toBe(true)
    const from = join(dir, 'hostile.json')
    writeFileSync(from, JSON.stringify(snapshot))
    const file = join(dir, 'page.html')
    const result = await runNetdoc(['report', '--from', from, '--format', 'html', '-o', file])
    expect(result.code, result.stderr).toBe(1)
    const html = readFileSync(file, 'utf8')
    expectSafeHtml(html, 'the page netdoc wrote')
    expect(html).toMatch(
      /^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
    )
    const dom = await dumpDom(file)
    expect(dom, 'Chromium could not open the page').toContain('<h2>Verdict</h2>')
    expectSafeHtml(dom, 'the page as Chromium holds it')
    expect(dom, 'a script ran').not.toMatch(/<title>PWNED<\/title>|<html[^>]* data-pwned=/)
    expect(requests, "requests the page made to the test's server").toEqual([])
    expect(dom).toContain(`content="${CONTENT_SECURITY_POLICY}"`)
    const shown = (value: string) => shownInDom(poisoned.get(value)!)
    const linkDown = 'Nov 26 08:00:00 server kernel: [    5.1] e1000e 0000:00:1f.6 eno1: NIC Link is Down'
    for (const [where, text] of [
      ['a port name, in the ports table', `<td>${shown('eno1')}</td>`],
      ["the target's host name, in a heading", `<h2>The path to ${shown('nas.home')}</h2>`],
      [
        "the DHCP client's lease file, in the LAN section",
        `<li>Lease file:    ${shown('/var/lib/dhcp/dhclient.eth0.leases')}: 192.168.1.150 on ${shown('eno1')} from ${ROUTER}`,
      ],
      ['the monitor name from the EDID', '<td>&lt;img src=x&gt;</td>'],
      ["the X server's fatal error", `<li>The server stopped: no screens found ${shownInDom(payloads()[0]!)}</li>`],
      ['the kernel log line a finding quotes', `<li>evidence: kernel log (${shown('/var/log/kern.log')}): "${shown(linkDown)}"</li>`],
      ['an OSC 52 escape, NUL and a bidi override, shown visibly', '\\x1b]52;c;SGVsbG8=\\x07\\x1b[2J\\u202e\\x00'],
      ['a line break, shown visibly', 'line\\n&lt;script&gt;'],
    ])
      expect(dom, where).toContain(text)
  })

  it('its Content-Security-Policy alone stops every script and fetch, should a payload ever reach the page raw', async () => {
    const page = join(dir, 'walled.html')
    const result = await runNetdoc([
      'report',
      '--from',
      await snapshotOfTree('desktop-onboard-and-card', dir),
      '--format',
      'html',
      '-o',
      page,
    ])
    expect(result.code, result.stderr).toBe(1)
    const file = join(dir, 'escaping-bug.html')
    writeFileSync(file, readFileSync(page, 'utf8').replace('</body>', `${payloads().join('\n')}</body>`))
    const dom = await dumpDom(file)
    expect(dom, 'the payloads are in the page, raw').toContain(`<iframe src="http://127.0.0.1:${port}/frame">`)
    expect(dom, 'a script ran').not.toMatch(/<title>PWNED<\/title>|<html[^>]* data-pwned=/)
    expect(requests, "requests the page made to the test's server").toEqual([])
  })

  it('as Markdown, holds no raw HTML, link or image outside code spans, and the same sections', async () => {
    const from = join(dir, 'hostile.json')
    writeFileSync(from, JSON.stringify((await strangersSnapshot()).snapshot))
    const result = await runNetdoc(['report', '--from', from])
    expect(result.code, result.stderr).toBe(1)
    const shape = expectSafeMarkdown(result.stdout, 'the Markdown report')
    expect(shape.html).not.toMatch(/<img|<script/i)
    expect(result.stdout).not.toMatch(RAW_CONTROL)
    const headings = result.stdout.match(/^## .*/gm)!
    expect(headings.map(heading => heading.split(' ').slice(1, 3).join(' '))).toEqual([
      'Verdict',
      'The path',
      'Network ports',
      'The LAN',
      'Graphics cards',
      'Not checked',
    ])
    expect(headings[1]).toMatch(/^## The path to nas\.home\S/)
    expect(result.stdout, 'a payload, escaped').toContain(`\\<img src="http://127.0.0.1:${port}/img" onerror=`)
  })
})
