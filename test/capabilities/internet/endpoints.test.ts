// The endpoints are data: the built-in file parses and holds the documented defaults; a file given instead is checked, each
// mistake named in one line.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {builtInEndpointsPath, configEndpointsPath, loadEndpoints, parseEndpoints} from '../../../src/capabilities/internet/endpoints.js'
import {ENDPOINTS} from '../../support/internet.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-endpoints-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('the endpoints', () => {
  it('ships the defaults NetworkManager, Android/ChromeOS and the public resolvers use', () => {
    const loaded = loadEndpoints()
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(builtInEndpointsPath()).toMatch(/rules\/internet\/endpoints\.json$/)
    expect(loaded.endpoints.http.map(endpoint => [endpoint.url, endpoint.status, endpoint.body ?? null])).toEqual([
      ['http://connectivitycheck.gstatic.com/generate_204', 204, null],
      ['http://nmcheck.gnome.org/check_network_status.txt', 200, 'NetworkManager is online'],
    ])
    expect(loaded.endpoints.resolvers.map(resolver => resolver.address)).toEqual([
      '1.1.1.1',
      '8.8.8.8',
      '9.9.9.9',
      '2606:4700:4700::1111',
      '2001:4860:4860::8888',
    ])
    expect(loaded.endpoints.tls).toEqual([expect.objectContaining({host: 'www.google.com', port: 443})])
    expect(loaded.endpoints.madeUpName).toMatch(/\.example\.com$/)
  })

  it('reads a file given instead, and says where the endpoints came from', () => {
    const file = join(dir, 'mine.json')
    writeFileSync(file, JSON.stringify(ENDPOINTS))
    expect(loadEndpoints(file)).toEqual({ok: true, endpoints: {...ENDPOINTS}, from: file})
  })

  it('names what is wrong with a file', () => {
    const bad = (change: object) => parseEndpoints(JSON.stringify({...ENDPOINTS, ...change}))
    expect(parseEndpoints('{')).toMatchObject({ok: false, error: /not valid JSON/})
    // JSON's own message quotes the file around the error, line breaks and all (found by fuzzing): the refusal stays one line.
    expect(parseEndpoints('{"resolvers": [,\n  "\u001b[2Jx"]}')).toEqual({
      ok: false,
      error: 'it is not valid JSON (corrupt, cut short, or not an endpoints file)',
    })
    expect(bad({resolvers: [{address: 'one.one', name: 'x'}]})).toMatchObject({ok: false, error: /resolvers/})
    expect(bad({http: [{url: 'https://example.com/', status: 204}]})).toMatchObject({ok: false, error: /http:\/\/host\/path/})
    expect(bad({tls: [{host: 'www.google.com', port: 70000}]})).toMatchObject({ok: false, error: /tls/})
    expect(bad({madeUpName: 'not a name'})).toMatchObject({ok: false, error: /madeUpName/})
    expect(loadEndpoints(join(dir, 'missing.json'))).toMatchObject({ok: false, error: /the endpoints file/})
    expect(loadEndpoints('/dev/zero')).toMatchObject({ok: false})
  })

  it('looks for the config file under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configEndpointsPath({XDG_CONFIG_HOME: '/home/ann/.cfg', HOME: '/home/ann'})).toBe('/home/ann/.cfg/netdoc/endpoints.json')
    expect(configEndpointsPath({HOME: '/home/ann'})).toBe('/home/ann/.config/netdoc/endpoints.json')
    expect(configEndpointsPath({XDG_CONFIG_HOME: 'relative', HOME: '/home/ann'})).toBe('/home/ann/.config/netdoc/endpoints.json')
  })
})
