// parsePingText and decidePing on real iputils ping output: the exit code decides first, the text tells the kind of failure.
import {describe, expect, it} from 'vitest'
import {decidePing, parsePingText} from '../../src/parse/ping.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

// Captured with iputils 20221126 (LC_ALL=C) inside the project's namespace lab, unless noted.
const REPLY = `PING 192.168.50.1 (192.168.50.1) 56(84) bytes of data.
64 bytes from 192.168.50.1: icmp_seq=1 ttl=64 time=1.28 ms
64 bytes from 192.168.50.1: icmp_seq=2 ttl=64 time=0.080 ms
64 bytes from 192.168.50.1: icmp_seq=3 ttl=64 time=0.057 ms

--- 192.168.50.1 ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 402ms
rtt min/avg/max/mdev = 0.057/0.470/1.275/0.568 ms
`
const SILENT = `PING 192.168.50.99 (192.168.50.99) 56(84) bytes of data.

--- 192.168.50.99 ping statistics ---
5 packets transmitted, 0 received, 100% packet loss, time 812ms

`
const HOST_UNREACHABLE = `PING 192.168.50.98 (192.168.50.98) 56(84) bytes of data.
From 192.168.50.10 icmp_seq=1 Destination Host Unreachable
From 192.168.50.10 icmp_seq=2 Destination Host Unreachable
From 192.168.50.10 icmp_seq=3 Destination Host Unreachable

--- 192.168.50.98 ping statistics ---
12 packets transmitted, 0 received, +12 errors, 100% packet loss, time 3047ms
pipe 12
`
const NET_UNREACHABLE = `PING 192.168.1.10 (192.168.1.10) 56(84) bytes of data.
From 192.168.60.1 icmp_seq=1 Destination Net Unreachable

--- 192.168.1.10 ping statistics ---
5 packets transmitted, 0 received, +1 errors, 100% packet loss, time 812ms
`
const PARTIAL = `PING 10.0.0.7 (10.0.0.7) 56(84) bytes of data.
64 bytes from 10.0.0.7: icmp_seq=2 ttl=64 time=0.311 ms

--- 10.0.0.7 ping statistics ---
3 packets transmitted, 1 received, 66.6667% packet loss, time 405ms
rtt min/avg/max/mdev = 0.311/0.311/0.311/0.000 ms
`
// ping without CAP_NET_RAW and outside ping_group_range (a copy of the binary without its file capability).
const NO_CAPABILITY = `ping: socktype: SOCK_RAW
ping: socket: Operation not permitted
ping: => missing cap_net_raw+p capability or setuid?
`
// firejail issue #5775 (iputils 20221126-1, Artix): the same failure when ping is named by its path.
const NO_CAPABILITY_BY_PATH = `/usr/bin/ping: socktype: SOCK_RAW
/usr/bin/ping: socket: Operation not permitted
/usr/bin/ping: => missing cap_net_raw+p capability or setuid?
`
// ltsp issue #678: an older ping on a thin client.
const PERMISSION_DENIED = 'ping: socket: Permission denied\n'
// German, composed from the msgstr lines of iputils po/de.po: text netdoc cannot read, so the exit code must decide.
const GERMAN_UNREACHABLE = `PING 192.168.1.5 (192.168.1.5) 56(84) Bytes an Daten.
Von 192.168.1.2 icmp_seq=1 Zielhost nicht erreichbar

--- 192.168.1.5 ping-Statistik ---
3 Pakete übertragen, 0 empfangen, +3 Fehler, 100% Paketverlust, Zeit 2003ms
`
const GERMAN_REPLY = `PING 192.168.1.1 (192.168.1.1) 56(84) Bytes an Daten.
64 Bytes von 192.168.1.1: icmp_seq=1 ttl=64 Zeit=0.512 ms

--- 192.168.1.1 ping-Statistik ---
1 Pakete übertragen, 1 empfangen, 0% Paketverlust, Zeit 0ms
`

describe('parsePingText', () => {
  it('reads counts, loss and round-trip times of a run with replies', () => {
    expect(parsePingText(REPLY, '')).toMatchObject({
      ok: true,
      value: {sent: 3, received: 3, errors: 0, lossPercent: 0, rtt: {minMs: 0.057, avgMs: 0.47, maxMs: 1.275}},
    })
  })

  it('reads the ICMP error count and the first error line', () => {
    const result = parsePingText(HOST_UNREACHABLE, '')
    expect(result).toMatchObject({
      ok: true,
      value: {sent: 12, received: 0, errors: 12, icmpErrorLine: 'From 192.168.50.10 icmp_seq=1 Destination Host Unreachable'},
    })
  })

  it('keeps a fractional loss', () => {
    expect(parsePingText(PARTIAL, '')).toMatchObject({ok: true, value: {received: 1, lossPercent: 66.6667}})
  })

  it.each([
    ['empty', '', ''],
    ['garbage', 'Segmentation fault\n', ''],
    ['truncated', 'PING 10.0.0.1 (10.0.0.1) 56(84) bytes of da', ''],
  ])('gives an error value for %s output', (_name, stdout, stderr) => {
    expect(parsePingText(stdout, stderr).ok).toBe(false)
  })
})

describe('decidePing', () => {
  it('exit 0 is a reply, with loss and round-trip time', () => {
    expect(decidePing(0, REPLY, '')).toEqual({
      outcome: 'reply',
      sent: 3,
      received: 3,
      lossPercent: 0,
      rtt: {minMs: 0.057, avgMs: 0.47, maxMs: 1.275},
      line: '64 bytes from 192.168.50.1: icmp_seq=1 ttl=64 time=1.28 ms',
    })
  })

  it('exit 1 with no error line is silence, shown by the summary line', () => {
    expect(decidePing(1, SILENT, '')).toMatchObject({
      outcome: 'no-reply',
      line: '5 packets transmitted, 0 received, 100% packet loss, time 812ms',
    })
  })

  it.each([
    ['a host unreachable (ARP failed)', HOST_UNREACHABLE, 'From 192.168.50.10 icmp_seq=1 Destination Host Unreachable'],
    ['a router saying the network is unreachable', NET_UNREACHABLE, 'From 192.168.60.1 icmp_seq=1 Destination Net Unreachable'],
  ])('exit 1 with an ICMP error is unreachable: %s', (_name, stdout, line) => {
    expect(decidePing(1, stdout, '')).toMatchObject({outcome: 'unreachable', line})
  })

  it.each([
    ['no capability', NO_CAPABILITY, 'ping: socket: Operation not permitted'],
    ['no capability, named by path', NO_CAPABILITY_BY_PATH, '/usr/bin/ping: socket: Operation not permitted'],
    ['an older ping', PERMISSION_DENIED, 'ping: socket: Permission denied'],
  ])('exit 2 is not permitted: %s', (_name, stderr, line) => {
    expect(decidePing(2, '', stderr)).toMatchObject({outcome: 'not-permitted', line})
  })

  it.each([
    ['ping: nosuch.invalid: Temporary failure in name resolution\n'],
    ['ping: -f: Name or service not known\n'],
    ['ping: nas.lan: No address associated with hostname\n'],
  ])('exit 2 with a resolver message is a DNS failure: %j', stderr => {
    expect(decidePing(2, '', stderr)).toMatchObject({outcome: 'dns-failure', line: stderr.trim()})
  })

  it('exit 2 "connect: Network is unreachable" (no route) is unreachable', () => {
    expect(decidePing(2, '', 'ping: connect: Network is unreachable\n')).toMatchObject({
      outcome: 'unreachable',
      line: 'ping: connect: Network is unreachable',
    })
  })

  it('an unknown complaint is a failure that keeps its line', () => {
    expect(decidePing(2, '', 'ping: sendmsg: Operation not permitted\n')).toMatchObject({
      outcome: 'failed',
      line: 'ping: sendmsg: Operation not permitted',
    })
  })

  it('falls back on the exit code when the text is translated', () => {
    expect(decidePing(0, GERMAN_REPLY, '')).toMatchObject({outcome: 'reply'})
    expect(decidePing(1, GERMAN_UNREACHABLE, '')).toMatchObject({
      outcome: 'no-reply',
      line: 'PING 192.168.1.5 (192.168.1.5) 56(84) Bytes an Daten.',
    })
    expect(decidePing(2, '', 'ping: Unbekannter Fehler\n')).toMatchObject({outcome: 'failed', line: 'ping: Unbekannter Fehler'})
  })
})

// Inputs `npm run fuzz` found (minimized): each took seconds, quadratic in its length, before the patterns were rewritten.
describe('parsePingText and decidePing on hostile input', () => {
  it.each([
    ['a long run of digits (the summary pattern tried from every digit)', '6'.repeat(60_000), ''],
    ['"From " and a long word (an ICMP error line read two ways)', `From ${'a'.repeat(60_000)}`, ''],
    ['a complaint repeating "ping" with no ": "', '', 'ping'.repeat(30_000)],
  ])('reads %s in linear time', (_kind, stdout, stderr) => {
    expect(msTaken(() => parsePingText(stdout, stderr))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parsePingText(stdout, stderr).ok).toBe(false)
  })

  it('decides on standard error repeating "Operation not permitted" without "socket" in linear time', () => {
    const stderr = 'Operation not permitted '.repeat(10_000)
    expect(msTaken(() => decidePing(2, '', stderr))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(decidePing(2, '', stderr).outcome).toBe('failed')
    expect(
      decidePing(
        2,
        '',
        `${stderr}
ping: Operation not permitted (raw socket required)`,
      ).outcome,
    ).toBe('not-permitted')
  })

  it('still reads an ICMP error line and a complaint named by path', () => {
    expect(parsePingText('From 10.0.0.1 icmp_seq=1 Destination Host Unreachable', '').ok).toBe(true)
    expect(parsePingText('From 10.0.0.1 icmp_seq=1\rDestination Host Unreachable', '').ok).toBe(false)
    expect(parsePingText('', '/usr/bin/ping: socket: Operation not permitted').ok).toBe(true)
    expect(parsePingText('', 'ping : socket').ok).toBe(false)
  })
})
