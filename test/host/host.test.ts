// The Host: a recorded tree's sockets refuse without opening anything (a loopback listener proves it, the live host's reaching
// the same listener shows the test can tell), its programs are replayed, and NETDOC_ROOT picks which host a command gets.
import {createSocket, type Socket} from 'node:dgram'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createServer, type Server} from 'node:net'
import type {AddressInfo} from 'node:net'
import {afterEach, describe, expect, it} from 'vitest'
import {hostFromEnv, liveHost, recordedHost} from '../../src/host/host.js'
import {NOT_LIVE_REASON} from '../../src/host/sockets.js'
import {kickAddresses} from '../../src/probe/arp-sweep.js'
import {discoverDhcp} from '../../src/probe/dhcp-discover.js'
import {queryServer} from '../../src/probe/dns.js'
import {tcpConnect} from '../../src/probe/tcp-connect.js'
import {fixtureTree} from '../support/cli.js'

const TREE = fixtureTree('vm-virtio')

/** tcpListener listens on loopback and counts the connections it gets. */
async function tcpListener(): Promise<{server: Server; port: number; connections: () => number}> {
  let connections = 0
  const server = createServer(socket => {
    connections++
    socket.destroy()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {server, port: (server.address() as AddressInfo).port, connections: () => connections}
}

/** udpListener listens on loopback and counts the datagrams it gets (it never answers). */
async function udpListener(): Promise<{socket: Socket; port: number; datagrams: () => number}> {
  let datagrams = 0
  const socket = createSocket('udp4')
  socket.on('message', () => datagrams++)
  await new Promise<void>(resolve => socket.bind(0, '127.0.0.1', resolve))
  return {socket, port: socket.address().port, datagrams: () => datagrams}
}

const closers: (() => void)[] = []
afterEach(() => {
  closers.splice(0).forEach(close => close())
  delete process.env.NETDOC_ROOT
})

describe("a recorded tree's sockets", () => {
  it("refuse a TCP connection without opening one; the live host's reaches the same listener", async () => {
    const listener = await tcpListener()
    closers.push(() => listener.server.close())
    expect(await recordedHost(TREE).sockets.tcpConnect('127.0.0.1', listener.port, 500)).toEqual({
      kind: 'not-live',
      reason: NOT_LIVE_REASON,
    })
    expect(await tcpConnect(recordedHost(TREE), '127.0.0.1', listener.port, 500)).toMatchObject({outcome: 'error', code: NOT_LIVE_REASON})
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(listener.connections()).toBe(0)
    expect(await tcpConnect(liveHost(), '127.0.0.1', listener.port, 500)).toMatchObject({outcome: 'open'})
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(listener.connections()).toBe(1)
  })

  it("refuse a DNS question without sending it; the live host's question arrives", async () => {
    const listener = await udpListener()
    closers.push(() => listener.socket.close())
    const server = `127.0.0.1:${listener.port}`
    expect(await recordedHost(TREE).sockets.lookUp(server, 'netdoc-check.invalid', 300)).toEqual({
      kind: 'not-live',
      reason: NOT_LIVE_REASON,
    })
    expect(await queryServer(recordedHost(TREE), server, 'netdoc-check.invalid', 300)).toMatchObject({
      outcome: 'error',
      addresses: [],
      code: NOT_LIVE_REASON,
    })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(listener.datagrams()).toBe(0)
    expect(await queryServer(liveHost(), server, 'netdoc-check.invalid', 300)).toMatchObject({outcome: 'no-answer'})
    expect(listener.datagrams()).toBeGreaterThan(0)
  })

  it('refuse a UDP socket, so an ARP sweep and a DHCP DISCOVER send nothing and say why', async () => {
    const listener = await udpListener()
    closers.push(() => listener.socket.close())
    const host = recordedHost(TREE)
    expect(await host.sockets.openUdp()).toEqual({kind: 'not-live', reason: NOT_LIVE_REASON})
    expect(await kickAddresses(['127.0.0.1', '127.0.0.2'], {host, batch: 8, pauseMs: 0})).toMatchObject({
      sent: 0,
      refused: 2,
      lastError: NOT_LIVE_REASON,
    })
    const discover = await discoverDhcp({host, dev: 'eth0', mac: '02:fc:00:00:00:01', source: '127.0.0.1', windowMs: 100})
    expect(discover).toMatchObject({outcome: 'failed', reason: NOT_LIVE_REASON, offers: []})
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(listener.datagrams()).toBe(0)
  })
})

describe('hosts', () => {
  it('the live host answers a DNS question to a server that is not an address with an error, not a throw (nothing is sent)', async () => {
    expect(await queryServer(liveHost(), 'dns.example', 'nas.lan', 300)).toMatchObject({
      outcome: 'error',
      addresses: [],
      code: 'ERR_INVALID_IP_ADDRESS',
    })
  })

  it("a recorded tree replays its programs' output and runs nothing", async () => {
    const host = recordedHost(TREE)
    expect(host).toMatchObject({kind: 'recorded', live: false, root: TREE})
    expect(await host.commands.run(['ip', '-j', 'route', 'show'])).toMatchObject({kind: 'ok', stdout: expect.stringContaining('192.0.2.1')})
    expect(await host.commands.run(['echo', 'live'])).toMatchObject({kind: 'not-recorded'})
    expect(host.commands.locate('sh')).toMatchObject({kind: 'missing'})
    expect(host.files.value('/sys/class/net/eth0/address')).toBe('02:fc:00:00:00:01')
  })

  it("a tree's Nth run of a command reads <name>.N when kept, else <name>; a command kept once gives it every time", async () => {
    const tree = mkdtempSync(join(tmpdir(), 'netdoc-runs-'))
    closers.push(() => rmSync(tree, {recursive: true, force: true}))
    mkdirSync(join(tree, 'commands'))
    writeFileSync(join(tree, 'commands', 'iw_dev_wlan0_link'), 'first\n')
    writeFileSync(join(tree, 'commands', 'iw_dev_wlan0_link.3'), 'third\n')
    writeFileSync(join(tree, 'commands', 'iw_reg_get'), 'only\n')
    const host = recordedHost(tree)
    const link = async () => ((await host.commands.run(['iw', 'dev', 'wlan0', 'link'])) as {stdout: string}).stdout
    expect([await link(), await link(), await link(), await link()]).toEqual(['first\n', 'first\n', 'third\n', 'first\n'])
    const reg = await host.commands.run(['iw', 'reg', 'get'])
    expect([reg, await host.commands.run(['iw', 'reg', 'get'])].map(run => (run as {stdout: string}).stdout)).toEqual(['only\n', 'only\n'])
    expect(await recordedHost(tree).commands.run(['iw', 'dev', 'wlan0', 'link'])).toMatchObject({stdout: 'first\n'})
  })

  it("a tree's Nth reading of a file reads <path>.N when kept, else the file; the live machine reads the file itself each time", () => {
    const tree = mkdtempSync(join(tmpdir(), 'netdoc-readings-'))
    closers.push(() => rmSync(tree, {recursive: true, force: true}))
    mkdirSync(join(tree, 'proc', 'net'), {recursive: true})
    writeFileSync(join(tree, 'proc', 'net', 'wireless'), 'first\n')
    writeFileSync(join(tree, 'proc', 'net', 'wireless.2'), 'second\n')
    const text = (read: ReturnType<ReturnType<typeof recordedHost>['files']['reading']>) => (read.ok ? read.text : read.failure)
    const files = recordedHost(tree).files
    expect([1, 2, 3].map(reading => text(files.reading('/proc/net/wireless', reading)))).toEqual(['first\n', 'second\n', 'first\n'])
    expect(text(files.reading('/proc/net/absent', 2))).toBe('missing')
    const live = join(tree, 'proc', 'net', 'wireless')
    expect([1, 2].map(reading => text(liveHost().files.reading(live, reading)))).toEqual(['first\n', 'first\n'])
  })

  it("a recorded tree's readings were taken already: its sleep does not wait for a timer", async () => {
    let fired = false
    const timer = setTimeout(() => (fired = true), 0)
    await recordedHost(TREE).sleep(60_000)
    expect(fired).toBe(false)
    clearTimeout(timer)
  })

  it('NETDOC_ROOT picks the recorded tree; without it the host is the live machine', async () => {
    process.env.NETDOC_ROOT = TREE
    expect(hostFromEnv()).toMatchObject({kind: 'recorded', live: false, root: TREE})
    delete process.env.NETDOC_ROOT
    const live = hostFromEnv()
    expect(live).toMatchObject({kind: 'live', live: true, root: '/'})
    expect(await live.commands.run(['echo', 'live'])).toMatchObject({kind: 'ok', stdout: 'live\n'})
  })
})
