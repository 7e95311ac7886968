// `--from` with a file a stranger crafted: the built CLI refuses it with exit 2, one `netdoc:` line on stderr and nothing on stdout.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runNetdoc} from '../support/cli.js'
import {lanSnapshot} from '../support/lan.js'
import {portsSnapshot, wiredPort} from '../support/ports.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-hostile-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const good = portsSnapshot([wiredPort()], [{destination: 'default', gateway: '192.168.0.1', dev: 'eth0', linkdown: false}])
const goodText = JSON.stringify(good)
const withTop = (key: string, json: string) => goodText.replace(/^\{/, `{${JSON.stringify(key)}:${json},`)

const HOSTILE: [string, string][] = [
  ['a __proto__ key', withTop('__proto__', '{"polluted": 1}')],
  ['a constructor key inside a port', goodText.replace('"name":"eth0"', '"name":"eth0","constructor":{"prototype":{"polluted":1}}')],
  ['a prototype key', withTop('prototype', '{}')],
  ['nesting 100,000 levels deep', withTop('extra', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
  ['a port that is a text', goodText.replace(/"ports":\[.*\],"routes"/, '"ports":["eth0"],"routes"')],
  [
    'a list of 200,000 routes',
    JSON.stringify({...good, nics: {ports: [], routes: Array.from({length: 200_000}, () => good.nics!.routes[0])}}),
  ],
  ['a text of 5 million characters', JSON.stringify({...good, collectedAt: 'x'.repeat(5_000_000)})],
  ['a carrier that is a word', JSON.stringify({...good, nics: {...good.nics, ports: [{...good.nics!.ports[0], carrier: 'yes'}]}})],
]

describe('--from with a hostile file', () => {
  it.each(HOSTILE)('refuses %s: exit 2, one netdoc: line, nothing on stdout', async (kind, text) => {
    const file = join(dir, `${kind.replace(/\W+/g, '-')}.json`)
    writeFileSync(file, text)
    const run = await runNetdoc(['nics', '--from', file])
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^netdoc: [^\n]*\n$/)
    expect(run.stderr).toContain(file)
    expect(run.code).toBe(2)
  })

  it('names a damaged key from the file in one line even when it holds a newline and an escape sequence', async () => {
    const file = join(dir, 'vendors.json')
    const vendors = {'\u001b]52;c;aGk=\u0007\nnetdoc: fine': 1 as unknown as string}
    writeFileSync(
      file,
      JSON.stringify(lanSnapshot({sweep: {subnets: [], skipped: [], sent: 0, ms: 0, hosts: [], vendors, vendorSource: ''}})),
    )
    const run = await runNetdoc(['nics', '--from', file])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^netdoc: [^\n\u001b\u0007]*\n$/)
    expect(run.stderr).toContain('is damaged: lan.sweep.vendors."\\u001b]52;c;aGk=\\u0007\\nnetdoc: fine": ')
  })

  it('gives the same one line for a path holding a newline', async () => {
    const file = join(dir, 'two\nlines.json')
    writeFileSync(file, withTop('__proto__', '{}'))
    const run = await runNetdoc(['nics', '--from', file])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^netdoc: [^\n]*two\\nlines\.json[^\n]*\n$/)
  })
})
