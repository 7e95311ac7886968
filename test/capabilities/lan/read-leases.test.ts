// portOfFileName: which port a lease file belongs to, from the names dhclient, NetworkManager and dhcpcd give their files.
import {describe, expect, it} from 'vitest'
import {portOfFileName} from '../../../src/capabilities/lan/read-leases.js'

describe('portOfFileName', () => {
  const ports = ['lo', 'eno1', 'enp3s0', 'wlan0', 'eth0', 'eth0.10']

  it.each([
    ['dhclient.eth0.leases', 'eth0'],
    ['dhclient-eno1.leases', 'eno1'],
    ['internal-2c4c5f21-8d6e-4b6a-9a5e-2f1c7a0d9b11-enp3s0.lease', 'enp3s0'],
    ['dhclient-2c4c5f21-8d6e-4b6a-9a5e-2f1c7a0d9b11-eth0.lease', 'eth0'],
    ['dhcpcd-wlan0.lease', 'wlan0'],
    ['wlan0-HomeWifi.lease', 'wlan0'],
    ['eth0.10.lease', 'eth0.10'],
  ])('ties %s to %s', (name, port) => {
    expect(portOfFileName(name, ports)).toBe(port)
  })

  it('ties a file naming no port (dhclient.leases, a port since removed) to none', () => {
    expect(portOfFileName('dhclient.leases', ports)).toBeNull()
    expect(portOfFileName('dhclient.eth7.leases', ports)).toBeNull()
  })
})
