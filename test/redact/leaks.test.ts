// Leak tests: real-looking logs (test/fixtures/redact, shapes from public reports) are redacted, then no original secret may be found in any spelling.
import {readFileSync} from 'node:fs'
import ipaddr from 'ipaddr.js'
import {describe, expect, it} from 'vitest'
import {createRedactor} from '../../src/redact/redactor.js'
import {fixtureTree} from '../support/cli.js'

/** Sample is one log with the secrets it holds and words that must survive redaction so findings still make sense. */
interface Sample {
  file: string
  secrets: string[]
  kept: string[]
}

const SAMPLES: Record<string, Sample> = {
  dmesg: {
    file: 'dmesg.log',
    secrets: [
      '00:e0:4c:68:5a:c3',
      '30:9c:23:8e:41:07',
      'a0:36:9f:1c:22:d8',
      '3c:28:6d:c4:79:f9',
      '2a02:c7c:8a21:4e00:2e0:4cff:fe68:5ac3',
      '81.174.240.19',
    ],
    kept: [
      'enp3s0',
      'eno1',
      'r8169 0000:03:00.0',
      'e1000e 0000:00:1f.6',
      'RTL8168h/8111h',
      'XID 541',
      'MAC: 12, PHY: 12, PBA No: FFFFFF-0FF',
      'martian source',
      '192.168.0.66',
      'transmit queue 0 timed out 5040 ms',
      'rtl_chipcmd_cond',
      'ff ff ff ff ff ff',
      'DPT=22',
    ],
  },
  dhcp: {
    file: 'dhcp-client.log',
    secrets: [
      'kestrels-mac',
      '86.13.201.77',
      '86.13.200.1',
      '194.168.4.100',
      '194.168.8.100',
      '62.252.176.33',
      'smith-family',
      'cpc1-oxfd27-2-0-cust77',
      'oxfd27',
      'dhcp-86-13-201-77',
      '3c:28:6d:c4:79:f9',
    ],
    kept: [
      'DHCPDISCOVER on enp3s0 to 255.255.255.255 port 67',
      'renewal in 17113 seconds',
      'DHCPNAK',
      'xid=0x5d1c2a3b',
      '192.168.0.66/24, gateway 192.168.0.1',
      'option routers',
      '(transient)',
    ],
  },
  bounce: {
    file: 'gmail-bounce.txt',
    secrets: [
      'margaret.hughes',
      'st-aldates-oxford',
      'vicar',
      'Tom Davies',
      'jade',
      '2a01:7e00:e001:8c20::25',
      '2a01:4b00:83e4:1200:9c5e:8a11:2f40:77b1',
      '9c5e:8a11:2f40:77b1',
      '212.110.186.19',
      '2a00:1450:400c:c0b::1b',
    ],
    kept: [
      '550-5.7.1',
      'does not meet IPv6 sending guidelines regarding PTR records',
      'gmail-smtp-in.l.google.com',
      'https://support.google.com/mail/?p=IPv6AuthError',
      'gsmtp',
      'Exim 4.92',
      '@gmail.com',
      'domain name pointer',
      'has IPv6 address',
      'with esmtpsa',
    ],
  },
  wifi: {
    file: 'wpa-supplicant.log',
    secrets: ['Hughes Family 5G', 'Hughes', '68:a0:3e:71:6d:64', 'kestrels-mac'],
    kept: [
      'wlan0: CTRL-EVENT-ASSOC-REJECT bssid=00:00:00:00:00:00 status_code=16',
      'reason=CONN_FAILED',
      'Key negotiation completed',
      'locally_generated=1',
      'id_str=]',
      'supplicant interface state: associating -> completed',
      'freq=5180 MHz',
    ],
  },
}

const read = (sample: Sample) => readFileSync(`${fixtureTree('redact')}/${sample.file}`, 'utf8')

/** spellings writes a secret the ways a log might carry it: an address dashed, reversed or expanded, a MAC bare or as a hex dump, a device's own half of a MAC, a network's /48, a Wi-Fi name as bytes. */
function spellings(secret: string): string[] {
  if (ipaddr.IPv4.isValidFourPartDecimal(secret)) {
    const octets = secret.split('.')
    return [secret, octets.join('-'), octets.join('_'), [...octets].reverse().join('.')]
  }
  if (/^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(secret)) {
    const octets = secret.split(':')
    return [secret, octets.join(''), octets.join('-'), octets.join(' '), octets.slice(3).join(':'), octets.slice(3).join(' ')]
  }
  if (secret.includes('::') || (secret.split(':').length === 8 && ipaddr.IPv6.isValid(secret))) {
    const address = ipaddr.IPv6.parse(secret)
    const nibbles = address
      .toNormalizedString()
      .split(':')
      .map(group => group.padStart(4, '0'))
      .join('')
    return [
      address.toString(),
      address.toNormalizedString(),
      [...nibbles].reverse().join('.'),
      address.toString().split(':').slice(0, 3).join(':'),
    ]
  }
  return [secret, [...Buffer.from(secret)].map(byte => byte.toString(16).padStart(2, '0')).join(' ')]
}

function expectNoLeak(output: string, sample: Sample): void {
  const haystack = output.toLowerCase()
  for (const secret of sample.secrets)
    for (const spelling of spellings(secret)) expect(haystack, `${sample.file} leaks ${spelling}`).not.toContain(spelling.toLowerCase())
  for (const word of sample.kept) expect(output, `${sample.file} lost ${word}`).toContain(word)
}

describe('redaction leak tests on real-looking logs', () => {
  it.each(Object.entries(SAMPLES))('%s: nothing secret survives, in any spelling, and the diagnostic words do', (_name, sample) => {
    const text = read(sample)
    for (const secret of sample.secrets) expect(text.toLowerCase(), `the sample holds ${secret}`).toContain(secret.toLowerCase())
    expectNoLeak(createRedactor().redactText(text), sample)
  })

  it('leaks nothing when all the logs travel together in one snapshot, with the machine named', () => {
    const logs = Object.fromEntries(
      Object.entries(SAMPLES).map(([name, sample]) => [name, {path: `/var/log/${sample.file}`, lines: read(sample).split('\n')}]),
    )
    const snapshot = {format: 'netdoc-snapshot', version: 1, collectedAt: '2026-11-26T10:00:00.000Z', gaps: [], logs}
    const json = JSON.stringify(createRedactor({names: ['kestrels-mac']}).redactValue(snapshot), null, 2)
    for (const sample of Object.values(SAMPLES)) expectNoLeak(json, sample)
  })

  it('masks each secret the same way in every log it appears in', () => {
    const redactor = createRedactor()
    const [dmesg, dhcp, wifi] = [SAMPLES.dmesg, SAMPLES.dhcp, SAMPLES.wifi].map(sample => redactor.redactText(read(sample!)))
    const maskOf = (text: string | undefined, pattern: RegExp) => pattern.exec(text ?? '')?.[1]
    const fromDmesg = maskOf(dmesg, /ll header: 00000000: ff ff ff ff ff ff ([0-9a-f ]{17})/)?.replace(/ /g, ':')
    expect(fromDmesg).toMatch(/^3c:28:6d:00:00:0\d$/)
    expect(maskOf(dhcp, /DHCPACK\(br0\) 192\.168\.0\.66 (\S+)/)).toBe(fromDmesg)
    expect(maskOf(dhcp, /^\S+ \S+ \S+ (\S+) /m)).toBe(maskOf(wifi, /^\S+ \S+ \S+ (\S+) /m))
    expect(maskOf(wifi, /SSID '([^']+)'/)).toBe(maskOf(wifi, /hexdump\(len=16\): (\S+)$/m))
  })
})
