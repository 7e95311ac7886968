// parseEthtoolMaxSpeed on ethtool's settings output.
import {describe, expect, it} from 'vitest'
import {parseEthtoolMaxSpeed} from '../../src/parse/ethtool.js'

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
    expect(parseEthtoolMaxSpeed('\tSupported link modes:   1000baseT/Full\n\t                        2500baseT/Full\n\tSupported pause frame use: Symmetric\n')).toBe(2500)
    expect(parseEthtoolMaxSpeed('\tSupported link modes:   10000baseT/Full\n\tSupports auto-negotiation: Yes\n')).toBe(10000)
  })

  it('returns null when no modes are listed (virtio, veth) or for garbage', () => {
    expect(parseEthtoolMaxSpeed('Settings for eth0:\n\tSupported ports: [  ]\n\tSupported link modes:   Not reported\n\tSpeed: Unknown!\n')).toBeNull()
    expect(parseEthtoolMaxSpeed('')).toBeNull()
    expect(parseEthtoolMaxSpeed('netlink error: No such device')).toBeNull()
  })
})
