// Redaction of MAC and IP addresses: vendor kept, public addresses into documentation ranges, LAN addresses untouched.
import ipaddr from 'ipaddr.js'
import {describe, expect, it} from 'vitest'
import {createRedactor} from '../../src/redact/redactor.js'

const redact = (text: string) => createRedactor().redactText(text)

describe('MAC addresses', () => {
  it('keeps the vendor OUI and masks the rest, in the case and separator it was written', () => {
    expect(redact('link/ether 00:e0:4c:68:12:34 brd ff:ff:ff:ff:ff:ff')).toBe('link/ether 00:e0:4c:00:00:01 brd ff:ff:ff:ff:ff:ff')
    expect(redact('Unicast reply from 192.168.255.1 [50:EB:F6:87:9D:D0]  1.703ms')).toBe(
      'Unicast reply from 192.168.255.1 [50:EB:F6:00:00:01]  1.703ms',
    )
    expect(redact('Physical Address: 00-1B-21-05-15-6B')).toBe('Physical Address: 00-1B-21-00-00-01')
  })

  it('gives one MAC one mask however it is written, and two MACs of one vendor two masks', () => {
    const redactor = createRedactor()
    const first = redactor.redactText('from 00:50:56:95:ba:89 and 00:50:56:85:16:66')
    expect(first).toBe('from 00:50:56:00:00:01 and 00:50:56:00:00:02')
    expect(redactor.redactText('again 00-50-56-95-BA-89')).toBe('again 00-50-56-00-00-01')
    expect(redactor.redactText('arpwatch: flip flop 0:50:56:85:16:66')).toBe('arpwatch: flip flop 00:50:56:00:00:02')
  })

  it('leaves addresses that name no device: broadcast, multicast, all zero', () => {
    const text = 'ff:ff:ff:ff:ff:ff 01:00:5e:00:00:fb 33:33:00:00:00:01 bssid=00:00:00:00:00:00'
    expect(redact(text)).toBe(text)
  })

  it('splits netfilter MAC= into destination, source and the kept EtherType', () => {
    expect(redact('IN=em1 OUT= MAC=24:6e:96:82:7c:28:a0:93:51:b7:55:ef:08:00 SRC=10.11.12.13')).toBe(
      'IN=em1 OUT= MAC=24:6e:96:00:00:01:a0:93:51:00:00:01:08:00 SRC=10.11.12.13',
    )
  })

  it('masks the MAC inside a DHCP client id, a DUID-LLT, and an EUI-64 interface id, the same way as the MAC itself', () => {
    const redactor = createRedactor()
    expect(redactor.redactText('hwaddr 52:54:00:12:34:56')).toBe('hwaddr 52:54:00:00:00:01')
    expect(redactor.redactText('dhcp-client-identifier 1:52:54:0:12:34:56;')).toBe('dhcp-client-identifier 01:52:54:00:00:00:01;')
    expect(redactor.redactText('DUID 00:01:00:01:2a:3b:4c:5d:52:54:00:12:34:56')).toBe('DUID 00:01:00:01:2a:3b:4c:5d:52:54:00:00:00:01')
    expect(redactor.redactText('inet6 fe80::5054:ff:fe12:3456/64 scope link')).toBe('inet6 fe80::5054:ff:fe00:1/64 scope link')
  })

  it('masks a known MAC also when it is written bare, dotted or as a hex dump', () => {
    const redactor = createRedactor()
    redactor.learn('lladdr 64:80:99:98:f7:92')
    const dump = 'DHCPDISCOVER00000050: 00 00 00 00 00 00 00 00 64 80 99 98 f7 92 00 00  ........d.......'
    expect(redactor.redactText(dump)).toBe('DHCPDISCOVER00000050: 00 00 00 00 00 00 00 00 64 80 99 00 00 01 00 00  ........d.......')
    expect(redactor.redactText('client 6480.9998.f792 or 64809998F792')).toBe('client 6480.9900.0001 or 648099000001')
  })

  it("never gives two different MACs one mask, nor a mask that is another device's real MAC", () => {
    const macs = Array.from(
      {length: 600},
      (_, n) => `00:e0:4c:${(n >> 8).toString(16).padStart(2, '0')}:${(n & 255).toString(16).padStart(2, '0')}:7f`,
    )
    macs.push('00:e0:4c:00:00:01', '00:e0:4c:00:00:02')
    const masks = createRedactor().redactValue(macs)
    expect(new Set(masks).size).toBe(macs.length)
    expect(masks.every(mask => mask.startsWith('00:e0:4c:'))).toBe(true)
    expect(masks.some(mask => macs.includes(mask))).toBe(false)
  })
})

describe('IPv4 addresses', () => {
  it('masks public addresses into the documentation ranges, keeping the prefix and which addresses share a /24', () => {
    const redactor = createRedactor()
    const text = redactor.redactText('ext0: DHCPv4 address 75.152.194.194/22 via 75.152.192.1, peer 75.152.194.7')
    expect(text).toBe('ext0: DHCPv4 address 192.0.2.194/22 via 198.51.100.1, peer 192.0.2.7')
    expect(redactor.redactText('SRC=75.152.194.194')).toBe('SRC=192.0.2.194')
  })

  it.each([
    ['private (RFC 1918)', 'inet 192.168.1.10/24 brd 192.168.1.255; 10.0.0.5; 172.16.4.1'],
    ['loopback and unspecified', '127.0.0.1:631 0.0.0.0/0'],
    ['link-local', 'using IPv4LL address 169.254.69.177'],
    ['CGNAT (shared by many customers of an ISP)', 'wan 100.64.12.62'],
    ['multicast and broadcast', 'igmp 224.0.0.251 DST=255.255.255.255'],
    ['netmasks', 'netmask 255.255.255.0 Mask:255.255.0.0 255.255.255.128'],
    ['well-known public DNS services', 'nameserver 8.8.8.8; 1.1.1.1; 9.9.9.9'],
    ['version numbers', 'X.Org X Server 1.21.1.4; version 4.4.3.1; 1.2.3.4.5'],
    ['invalid quads', '999.1.1.1 and 01.02.03.04'],
  ])('leaves %s', (_kind, text) => {
    expect(redact(text)).toBe(text)
  })

  it('gives masks that are valid addresses, never private, and never two networks one mask', () => {
    const redactor = createRedactor()
    const originals = Array.from({length: 700}, (_, n) => `81.${n >> 8}.${n & 255}.9`)
    const masks = originals.map(address => redactor.redactText(address))
    expect(new Set(masks).size).toBe(originals.length)
    for (const mask of masks) {
      expect(ipaddr.IPv4.isValidFourPartDecimal(mask)).toBe(true)
      expect(ipaddr.IPv4.parse(mask).range()).toBe('reserved')
    }
    expect(masks[0]).toBe('192.0.2.9')
    expect(masks[3]).toBe('198.18.0.9')
  })

  it('masks an original inside the mask ranges too, so no mask can stand for two addresses', () => {
    const redactor = createRedactor()
    const first = redactor.redactText('81.2.69.142')
    const documentation = redactor.redactText('192.0.2.142')
    expect(first).toBe('192.0.2.142')
    expect(documentation).not.toBe(first)
  })

  it('masks the address inside a reverse-DNS name the same way', () => {
    const redactor = createRedactor()
    expect(redactor.redactText('81.2.69.142 is 142.69.2.81.in-addr.arpa.')).toBe('192.0.2.142 is 142.2.0.192.in-addr.arpa.')
  })
})

describe('IPv6 addresses', () => {
  it('masks public addresses per /48 into 2001:db8::/32, keeping the subnet, hand-set ids and the prefix length', () => {
    const redactor = createRedactor()
    expect(redactor.redactText('host ASPMX.L.GOOGLE.COM [2a00:1450:400c:c05::1a]:')).toBe('host ASPMX.L.GOOGLE.COM [2001:db8:1:c05::1a]:')
    expect(redactor.redactText('inet6 2a00:1450:400c:c07::1b/64')).toBe('inet6 2001:db8:1:c07::1b/64')
    expect(redactor.redactText('Received: from [2a01:348:1af:0:1571:f2fc:1a42:9b38]')).toBe('Received: from [2001:db8:2:0:a::1]')
  })

  it('masks the MAC in an EUI-64 id of a global address like the MAC itself', () => {
    const redactor = createRedactor()
    const text = redactor.redactText('IPv6 duplicate address 2601:246:4401:2942:20c:29ff:fed7:f450 detected; lladdr 00:0c:29:d7:f4:50')
    expect(text).toBe('IPv6 duplicate address 2001:db8:1:2942:20c:29ff:fe00:1 detected; lladdr 00:0c:29:00:00:01')
  })

  it.each([
    ['loopback and unspecified', '::1 :: ::/0'],
    ['link-local with a random id, and a zone', 'fe80::1%eth0 fe80::10af:e9ab:c3ee:4dc2/64'],
    ['unique local', 'fd12:3456:789a:1::1/64'],
    ['multicast', 'ff02::1 ff02::2 ff05::1:3'],
    ['well-known public DNS services', 'nameserver 2001:4860:4860::8888'],
    ['PCI addresses and times', '0000:00:1f.6 at 10:02:36.123'],
  ])('leaves %s', (_kind, text) => {
    expect(redact(text)).toBe(text)
  })

  it('masks the device bits of a solicited-node multicast address and the IPv4 inside a mapped one', () => {
    expect(redact('ff02::1:ffd7:f450')).toBe('ff02::1:ff00:1')
    expect(redact('::ffff:81.2.69.142 and ::ffff:192.168.0.9')).toBe('::ffff:192.0.2.142 and ::ffff:192.168.0.9')
  })

  it('gives masks that parse as IPv6 and differ for different networks', () => {
    const redactor = createRedactor()
    const masks = ['2a00:1450:1::1', '2a00:1450:2::1', '2a01:4f8:d16:1250::2'].map(address => redactor.redactText(address))
    expect(new Set(masks).size).toBe(3)
    for (const mask of masks) expect(ipaddr.IPv6.parse(mask).range()).toBe('reserved')
  })
})
