// Redaction of values that sit in known forms: Wi-Fi names, monitor serials (also inside EDIDs), and secrets.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseEdid} from '../../src/parse/edid.js'
import {createRedactor} from '../../src/redact/redactor.js'
import {fixtureTree} from '../support/cli.js'

const redact = (text: string) => createRedactor().redactText(text)

describe('Wi-Fi names', () => {
  it('masks the SSID in wpa_supplicant lines, and the same SSID the same way in every form', () => {
    const redactor = createRedactor()
    const log = [
      "wlan0: Trying to associate with SSID 'rpi_22436'",
      'wlan0: CTRL-EVENT-SSID-TEMP-DISABLED id=0 ssid="rpi_22436" auth_failures=1 duration=10 reason=CONN_FAILED',
      "wifi0: Trying to associate with 24:a7:dc:1a:51:02 (SSID='Vodafone Home 5G' freq=2412 MHz)",
      'wlan0: CTRL-EVENT-CONNECTED - Connection to 24:a7:dc:1a:51:02 completed [id=0 id_str=]',
      'wlan0: CTRL-EVENT-CONNECTED - Connection to 24:a7:dc:1a:51:02 completed [id=1 id_str=upstairs]',
      'Scan SSID - hexdump(len=9): 72 70 69 5f 32 32 34 33 36',
    ].join('\n')
    expect(redactor.redactText(log)).toBe(
      [
        "wlan0: Trying to associate with SSID 'wifi-1'",
        'wlan0: CTRL-EVENT-SSID-TEMP-DISABLED id=0 ssid="wifi-1" auth_failures=1 duration=10 reason=CONN_FAILED',
        "wifi0: Trying to associate with 24:a7:dc:00:00:01 (SSID='wifi-2' freq=2412 MHz)",
        'wlan0: CTRL-EVENT-CONNECTED - Connection to 24:a7:dc:00:00:01 completed [id=0 id_str=]',
        'wlan0: CTRL-EVENT-CONNECTED - Connection to 24:a7:dc:00:00:01 completed [id=1 id_str=wifi-3]',
        'Scan SSID - hexdump(len=9): wifi-1',
      ].join('\n'),
    )
    expect(redactor.redactText('Vodafone Home 5G is down; rpi_22436 too')).toBe('wifi-2 is down; wifi-1 too')
  })

  it('masks the connection and access point names NetworkManager logs, but not its wired connection names', () => {
    const log = [
      "device (wlan0): Activation: starting connection 'Kookaburra Nest' (5d9c2b3a-1111-2222-3333-444455556666)",
      "device (wlan0): Activation: (wifi) access point 'Kookaburra Nest' has security, but secrets are required.",
      "Config: added 'ssid' value 'Kookaburra Nest'",
      "Config: added 'scan_ssid' value '1'",
      "policy: set 'Kookaburra Nest' (wlan0) as default for IPv4 routing and DNS",
      "device (enp0s1): Activation: failed for connection 'Wired connection 1'",
    ].join('\n')
    expect(redact(log)).toBe(
      [
        "device (wlan0): Activation: starting connection 'wifi-1' (5d9c2b3a-1111-2222-3333-444455556666)",
        "device (wlan0): Activation: (wifi) access point 'wifi-1' has security, but secrets are required.",
        "Config: added 'ssid' value 'wifi-1'",
        "Config: added 'scan_ssid' value '1'",
        "policy: set 'wifi-1' (wlan0) as default for IPv4 routing and DNS",
        "device (enp0s1): Activation: failed for connection 'Wired connection 1'",
      ].join('\n'),
    )
  })

  it.each([
    ['iw dev link', '\tSSID: Kookaburra Nest\n\tfreq: 2412', '\tSSID: wifi-1\n\tfreq: 2412'],
    ['iw dev', '\tssid Kookaburra Nest\n\ttype managed', '\tssid wifi-1\n\ttype managed'],
    ['wpa_cli status', 'bssid=24:a7:dc:1a:51:02\nssid=Kookaburra Nest\nid=0', 'bssid=24:a7:dc:00:00:01\nssid=wifi-1\nid=0'],
    ['iwconfig', 'wlan0     IEEE 802.11  ESSID:"Kookaburra Nest"', 'wlan0     IEEE 802.11  ESSID:"wifi-1"'],
    [
      'wpa_cli scan_results',
      'bssid / frequency / signal level / flags / ssid\n24:a7:dc:1a:51:02\t2412\t-75\t[WPA2-PSK-CCMP][ESS]\tKookaburra Nest',
      'bssid / frequency / signal level / flags / ssid\n24:a7:dc:00:00:01\t2412\t-75\t[WPA2-PSK-CCMP][ESS]\twifi-1',
    ],
    ['iwd', 'iwd: station: Connected to network KookaburraNest', 'iwd: station: Connected to network wifi-1'],
    [
      'ifupdown',
      'iface wlan0 inet dhcp\n    wpa-ssid "Kookaburra Nest"\n    wpa-psk s3cret-passphrase',
      'iface wlan0 inet dhcp\n    wpa-ssid "wifi-1"\n    wpa-psk [secret]',
    ],
  ])('masks the SSID as %s writes it', (_tool, text, masked) => {
    expect(redact(text)).toBe(masked)
  })

  it('masks names given as options everywhere, but a short one only in its forms', () => {
    const redactor = createRedactor({ssids: ['Kookaburra Nest', 'ab']})
    expect(redactor.redactText("Kookaburra Nest; ab; about; SSID 'ab'")).toBe("wifi-1; ab; about; SSID 'wifi-2'")
  })
})

describe('secrets', () => {
  it('replaces Wi-Fi keys and passwords in configuration text', () => {
    const conf =
      'network={\n\tssid="Kookaburra Nest"\n\tpsk="correct horse battery"\n}\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=0123456789abcdef\npassword: hunter2'
    expect(redact(conf)).toBe(
      'network={\n\tssid="wifi-1"\n\tpsk=[secret]\n}\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=[secret]\npassword: [secret]',
    )
  })

  it('leaves words that only look like keys', () => {
    const text = 'Permission denied (publickey,password). cat: /etc/passwd: No such file; has security, and secrets exist.'
    expect(redact(text)).toBe(text)
  })
})

describe('monitor serials', () => {
  const edid = readFileSync(`${fixtureTree('displays-hybrid-laptop')}/sys/devices/pci0000:00/0000:00:02.0/drm/card1/card1-HDMI-A-2/edid`)

  it('masks both serials in an EDID and keeps it a valid EDID with the same maker and model', () => {
    const hex = edid.toString('hex')
    const original = parseEdid(new Uint8Array(edid))
    const masked = createRedactor().redactValue({edid: hex}).edid
    const parsed = parseEdid(new Uint8Array(Buffer.from(masked, 'hex')))
    expect(original.ok && parsed.ok).toBe(true)
    if (!original.ok || !parsed.ok) return
    expect(original.value.serialText).toBe('HTHJ800121')
    expect(parsed.value).toEqual({...original.value, serialNumber: 1, serialText: 'serial-1'})
    expect(masked.length).toBe(hex.length)
  })

  it("masks the serials in the X log's lines and EDID dump the same way as in the EDID itself", () => {
    const log = readFileSync(`${fixtureTree('displays-hybrid-laptop')}/var/log/Xorg.0.log`, 'utf8')
    const redactor = createRedactor()
    const fromSysfs = redactor.redactValue({edid: edid.toString('hex')}).edid
    const redacted = redactor.redactText(log)
    expect(redacted).toContain('(II) modeset(G0): Manufacturer: SAM  Model: dd3  Serial#: 1')
    expect(redacted).toContain('(II) modeset(G0): Serial No: serial-1')
    expect(redacted).not.toMatch(/HTHJ800121|810635607/)
    const dump = redacted
      .split('\n')
      .filter(line => /modeset\(G0\): \t[0-9a-f]{32}/.test(line))
      .map(line => line.trim().slice(-32))
    expect(dump.join('')).toContain(fromSysfs)
  })

  it("changes nothing else in four real X logs but the machine's name", () => {
    for (const machine of ['displays-hybrid-laptop', 'displays-no-screens', 'displays-second-gpu-unused', 'displays-two-nvidia-screens']) {
      const log = readFileSync(`${fixtureTree(machine)}/var/log/Xorg.0.log`, 'utf8')
      const before = log.split('\n')
      const changed = createRedactor()
        .redactText(log)
        .split('\n')
        .filter((line, index) => line !== before[index])
      for (const line of changed)
        expect(line).toMatch(
          /Serial#: \d+$|Serial No: serial-\d+$|\t[0-9a-f]{32}$|<user-1@ubuntu\.com>|Current Operating System: Linux host-1 /,
        )
      expect(changed.filter(line => line.includes('Current Operating System'))).toHaveLength(1)
    }
  })
})
