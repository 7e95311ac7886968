// The normaliser strips what surrounds a message in the logs volunteers paste, so one pattern matches every log format.
import {describe, expect, it} from 'vitest'
import {normaliseLine} from '../../src/explain/normalise.js'

describe('normaliseLine', () => {
  const cases: [string, string][] = [
    ['Jun 16 17:59:32 localhost kernel: ADSL line is down', 'ADSL line is down'],
    ['Mar 31 21:03:11 host kernel: [  12.345678] e1000e: eth0 NIC Link is Down', 'e1000e: eth0 NIC Link is Down'],
    ['[   12.345678] r8169 0000:03:00.0 enp3s0: Link is Down', 'r8169 0000:03:00.0 enp3s0: Link is Down'],
    ['[Sun Dec 25 20:12:49 2016] e1000e: eth1 NIC Link is Down', 'e1000e: eth1 NIC Link is Down'],
    ['2024-03-01T10:00:00.123456+01:00 box dhclient[611]: No DHCPOFFERS received.', 'No DHCPOFFERS received.'],
    [
      '2024-03-01 10:00:00 box NetworkManager[872]: <warn>  [1709283600.1234] dhcp4 (eth0): request timed out',
      'dhcp4 (eth0): request timed out',
    ],
    ['<30>Mar  1 10:00:00 box dhcpcd[411]: eth0: no IPv6 Routers available', 'eth0: no IPv6 Routers available'],
    ['Tue Aug  6 00:06:27 2019 daemon.warn pppd[2391]: Timeout waiting for PADO packets', 'Timeout waiting for PADO packets'],
    ['Sun Feb 26 23:04:27 2017 kern.info kernel: [  209.070000] eth0: link down', 'eth0: link down'],
    ['[    27.093] (EE) no screens found(EE)', 'no screens found(EE)'],
    ['(EE) Failed to load module "nvidia" (module does not exist, 0)', 'Failed to load module "nvidia" (module does not exist, 0)'],
    ['dhcpcd[611]: eth0: DAD detected 192.168.1.20', 'eth0: DAD detected 192.168.1.20'],
    [
      '2024-05-02 10:11:12 1s3X9a-0007Qq-Ab ** someone@example.org R=dnslookup T=remote_smtp: retry time not reached',
      '** someone@example.org R=dnslookup T=remote_smtp: retry time not reached',
    ],
    ['ping: connect: Network is unreachable', 'ping: connect: Network is unreachable'],
  ]
  for (const [line, message] of cases) {
    it(`strips the prefixes of: ${line.slice(0, 60)}`, () => expect(normaliseLine(line)).toBe(message))
  }

  it('keeps a message that itself starts with a word and a colon when there is no host before it (pppd[536]: LCP: …)', () => {
    expect(normaliseLine('<7>May 20 14:22:45 pppd[536]: LCP: timeout sending Config-Requests')).toBe('LCP: timeout sending Config-Requests')
  })

  it('leaves text without any prefix alone, apart from surrounding blanks', () => {
    expect(normaliseLine('   Host key verification failed.  ')).toBe('Host key verification failed.')
  })
})
