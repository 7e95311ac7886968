// relevantLines: the kernel log lines about this machine's ports, by name, PCI address or driver, and nothing else.
import {describe, expect, it} from 'vitest'
import {MAX_KERNEL_LINES, relevantLines} from '../../../src/capabilities/nics/kernel-log.js'
import {wiredPort} from '../../support/ports.js'

// Lines in the formats the kernel prints them (e1000e, r8169, the netdev watchdog, USB, the IPv6 stack).
const log = [
  '[    1.712420] e1000e 0000:00:1f.6 eth0: (PCI Express:2.5GT/s:Width x1) 30:9c:23:1a:2b:3c',
  '[    1.741052] e1000e 0000:00:1f.6 eno1: renamed from eth0',
  '[    4.880317] r8169 0000:03:00.0 enp3s0: Link is Up - 1Gbps/Full - flow control rx/tx',
  '[    6.114002] usb 1-1.4: new high-speed USB device number 3 using ehci-pci',
  '[ 9120.004411] NETDEV WATCHDOG: enp3s0 (r8169): transmit queue 0 timed out 5120 ms',
  '[   12.000001] eno10: link up',
  '[   12.000002] IPv6: ADDRCONF(NETDEV_CHANGE): veth0: link becomes ready',
].join('\n')

describe('relevantLines', () => {
  const ports = [
    wiredPort({name: 'eno1', busId: '0000:00:1f.6', driver: 'e1000e'}),
    wiredPort({name: 'enp3s0', busId: '0000:03:00.0', driver: 'r8169'}),
    wiredPort({name: 'veth0', virtualType: 'veth', busId: null, driver: null}),
  ]

  it('keeps lines naming a port, its PCI address or its driver, and the netdev watchdog', () => {
    expect(relevantLines(log, ports)).toEqual([
      '[    1.712420] e1000e 0000:00:1f.6 eth0: (PCI Express:2.5GT/s:Width x1) 30:9c:23:1a:2b:3c',
      '[    1.741052] e1000e 0000:00:1f.6 eno1: renamed from eth0',
      '[    4.880317] r8169 0000:03:00.0 enp3s0: Link is Up - 1Gbps/Full - flow control rx/tx',
      '[ 9120.004411] NETDEV WATCHDOG: enp3s0 (r8169): transmit queue 0 timed out 5120 ms',
    ])
  })

  it('does not take eno10 for eno1, nor software ports', () => {
    expect(relevantLines('[1] eno10: link up\n[2] veth0: link becomes ready', ports)).toEqual([])
  })

  it('keeps only the newest lines of a long log', () => {
    const long = Array.from({length: MAX_KERNEL_LINES + 50}, (_, i) => `[${i}] eno1: NIC Link is Down`).join('\n')
    const kept = relevantLines(long, ports)
    expect(kept).toHaveLength(MAX_KERNEL_LINES)
    expect(kept.at(-1)).toBe(`[${MAX_KERNEL_LINES + 49}] eno1: NIC Link is Down`)
  })

  it('keeps nothing when no hardware port is known', () => {
    expect(relevantLines(log, [])).toEqual([])
  })
})
