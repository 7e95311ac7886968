// A stand-in live machine for in-process tests of collectors and probes: files from a recorded tree (with some given as text),
// programs and sockets answered by the test, and every program run and datagram sent kept, so nothing touches the real network.
import {replayCommand, type CommandOutcome} from '../../src/host/run-command.js'
import {filesUnder, type HostFiles, type ReadResult} from '../../src/host/files.js'
import type {Host} from '../../src/host/host.js'
import type {DnsLookup, HostSockets, TcpAttempt, UdpSocket} from '../../src/host/sockets.js'

/** Datagram is one UDP datagram a fake socket was asked to send. */
export interface Datagram {
  bytes: Uint8Array
  port: number
  address: string
}

/** FakeMachine says how the stand-in answers: which tree its files come from, and what its programs and sockets say. */
export interface FakeMachine {
  /** tree is the recorded tree the files are read from. */
  tree: string
  /** files are machine files given as text, read instead of the tree's. */
  files?: Record<string, string>
  /** command answers a program run; undefined gives the tree's recorded output, else the program is not installed. */
  command?: (argv: readonly string[]) => CommandOutcome | undefined
  /** dns gives the A records a server has for a name, keyed `server name`; any other question is ENOTFOUND. */
  dns?: Record<string, string[]>
  /** ptr gives the PTR names a server has for an address, keyed `server address`; any other question is ENOTFOUND. */
  ptr?: Record<string, string[]>
  /** tcp gives a connection attempt's outcome, keyed `address:port`; any other attempt meets silence. */
  tcp?: Record<string, TcpAttempt>
  /** udp answers a datagram sent; a reply reaches every socket the host opened, as a broadcast to a shared port would. */
  udp?: (sent: Datagram, reply: (bytes: Uint8Array, from: {address: string; port: number}) => void) => void
}

/** FakeHost is a live Host whose machine is a FakeMachine, with a record of what was asked of it. */
export interface FakeHost extends Host {
  /** ran lists every program run, as its argv joined by spaces. */
  ran: string[]
  /** datagrams lists every UDP datagram sent. */
  datagrams: Datagram[]
  /** asked lists every DNS question (`server name`) and TCP attempt (`address:port`). */
  asked: string[]
}

function overlay(base: HostFiles, given: Record<string, string>): HostFiles {
  const text = (path: string): ReadResult | null => (path in given ? {ok: true, text: given[path]!, cut: false} : null)
  return {
    ...base,
    read: path => text(path) ?? base.read(path),
    reading: (path, reading) => text(path) ?? base.reading(path, reading),
    tail: (path, maxBytes) => text(path) ?? base.tail(path, maxBytes),
    value: path => (path in given ? given[path]!.trim() : base.value(path)),
    bytes: path => (path in given ? new TextEncoder().encode(given[path]!) : base.bytes(path)),
    exists: path => path in given || base.exists(path),
  }
}

/** okOutput is a program's successful run that printed `stdout`. */
export function okOutput(stdout: string): CommandOutcome {
  return {kind: 'ok', stdout, stderr: '', exitCode: 0}
}

/** fakeHost makes a live host out of `machine`. */
export function fakeHost(machine: FakeMachine): FakeHost {
  const ran: string[] = []
  const datagrams: Datagram[] = []
  const asked: string[] = []
  const listeners: ((bytes: Uint8Array, from: {address: string; port: number}) => void)[] = []
  const lookUp = (server: string, name: string): DnsLookup => {
    asked.push(`${server} ${name}`)
    const addresses = machine.dns?.[`${server} ${name}`]
    return addresses ? {addresses, code: null} : {addresses: [], code: 'ENOTFOUND'}
  }
  const sockets: HostSockets = {
    lookUp: async (server, name) => ({kind: 'asked', v4: lookUp(server, name), v6: {addresses: [], code: 'ENODATA'}}),
    lookUpPtr: async (server, address) => {
      asked.push(`${server} PTR ${address}`)
      const names = machine.ptr?.[`${server} ${address}`]
      return names ? {addresses: names, code: null} : {addresses: [], code: 'ENOTFOUND'}
    },
    tcpConnect: async (address, port) => {
      asked.push(`${address}:${port}`)
      return machine.tcp?.[`${address}:${port}`] ?? {kind: 'timed-out'}
    },
    httpCheck: async () => ({kind: 'not-live', reason: 'this stand-in machine answers no HTTP'}),
    tlsCheck: async () => ({kind: 'not-live', reason: 'this stand-in machine answers no TLS'}),
    openUdp: async () => {
      const socket: UdpSocket = {
        bind: async () => null,
        setBroadcast: () => {},
        send: async (bytes, port, address) => {
          const datagram = {bytes, port, address}
          datagrams.push(datagram)
          machine.udp?.(datagram, (reply, from) => setImmediate(() => listeners.forEach(listener => listener(reply, from))))
          return null
        },
        onMessage: listener => void listeners.push(listener),
        onError: () => {},
        close: () => {},
      }
      return socket
    },
  }
  return {
    kind: 'live',
    live: true,
    root: machine.tree,
    files: overlay(filesUnder(machine.tree), machine.files ?? {}),
    commands: {
      run: async argv => {
        ran.push(argv.join(' '))
        const recorded = replayCommand(machine.tree, argv)
        return machine.command?.(argv) ?? (recorded.kind === 'ok' ? recorded : {kind: 'missing', reason: `${argv[0]} is not installed`})
      },
      locate: program => ({kind: 'missing', reason: `${program} is not installed`}),
    },
    sockets,
    sleep: async () => {},
    ran,
    datagrams,
    asked,
  }
}
