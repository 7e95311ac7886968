// parseEthtoolMaxSpeed on ethtool's settings output.
import {describe, expect, it} from 'vitest'
import {parseEthtoolMaxSpeed} from '../../src/parse/ethtool.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

// The layout of `ethtool eth0` for an Intel e1000e port, as in ethtool's man page and its test data.
const e1000e = `Settings for eth0:
\tSupported ports: [ TP ]
\tSupported link modes:   10baseT/Half 10baseT/Full
\t                        100baseT/Half 100baseT/Full
\t                        1000baseT/Full
\tSupported pause frame use: No
\tSupports auto-negotiation: Yes
\tAdvertised link modes:  10baseT/Half 10baseT/Full
\t                        100baseT/Half 100baseT/Full
\tSpeed: 100Mb/s
\tDuplex: Full
\tLink detected: yes
`

describe('parseEthtoolMaxSpeed', () => {
  it('returns the fastest supported mode, not the advertised or current one', () => {
    expect(parseEthtoolMaxSpeed(e1000e)).toBe(1000)
  })

  it('reads 2.5G and 10G modes', () => {
    expect(
      parseEthtoolMaxSpeed(
        '\tSupported link modes:   1000baseT/Full\n\t                        2500baseT/Full\n\tSupported pause frame use: Symmetric\n',
      ),
    ).toBe(2500)
    expect(parseEthtoolMaxSpeed('\tSupported link modes:   10000baseT/Full\n\tSupports auto-negotiation: Yes\n')).toBe(10000)
  })

  it('returns null when no modes are listed (virtio, veth) or for garbage', () => {
    expect(
      parseEthtoolMaxSpeed('Settings for eth0:\n\tSupported ports: [  ]\n\tSupported link modes:   Not reported\n\tSpeed: Unknown!\n'),
    ).toBeNull()
    expect(parseEthtoolMaxSpeed('')).toBeNull()
    expect(parseEthtoolMaxSpeed('netlink error: No such device')).toBeNull()
  })
})

// Inputs `npm run fuzz` found (minimized).
describe('parseEthtoolMaxSpeed on hostile input', () => {
  it('finds the fastest of 200,000 link modes (Math.max(...speeds) overflowed the stack)', () => {
    expect(parseEthtoolMaxSpeed(`Supported link modes: ${'10baseT/Half '.repeat(199_999)}1000baseT/Full`)).toBe(1000)
  })

  it('reads a long run of digits in linear time', () => {
    const text = `Supported link modes: ${'1'.repeat(60_000)}`
    expect(msTaken(() => parseEthtoolMaxSpeed(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseEthtoolMaxSpeed(text)).toBeNull()
  })
})
