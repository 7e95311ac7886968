// Redaction of host names, e-mail addresses and user names, and the look-alikes (file names, versions, interfaces) that must stay.
import {describe, expect, it} from 'vitest'
import {createRedactor} from '../../src/redact/redactor.js'

const redact = (text: string) => createRedactor().redactText(text)

describe('host names', () => {
  it('masks names with a public TLD label by label, the TLD (with co./org. under a country) becoming .example', () => {
    expect(redact('ssh: connect to host tools.mi.ur.de port 22: Connection refused')).toBe(
      'ssh: connect to host host-1.host-2.host-3.example port 22: Connection refused',
    )
    expect(redact('ssh: connect to host cp-service.kaist.ac.kr port 13002: No route to host')).toBe(
      'ssh: connect to host host-1.host-2.example port 13002: No route to host',
    )
    expect(redact('by mail.stmarys-church.org.uk with esmtpsa')).toBe('by host-1.host-2.example with esmtpsa')
  })

  it('keeps private pseudo-domains, so jade, jade.lan and jade.local stay alike', () => {
    const redactor = createRedactor({names: ['jade']})
    expect(redactor.redactText('jade jade.lan jade.local jade.home.arpa nas.lan')).toBe(
      'host-1 host-1.lan host-1.local host-1.home.arpa host-2.lan',
    )
    expect(redactor.redactText('laptop-jade.fritz.box via fritz.box and speedport.ip; jade-backup')).toBe(
      'host-3.fritz.box via fritz.box and speedport.ip; host-1-backup',
    )
  })

  it.each([
    ['a DHCP lease name', 'dhcp-192-168-0-66', 'host-1'],
    ['a cloud-internal name', 'ip-10-0-0-5.ec2.internal', 'host-1.host-2.internal'],
    ['a provider PTR name', 'host-203-0-113-7.example.net', 'host-1.host-2.example'],
    ['an EC2 public name', 'ec2-54-12-34-56.compute-1.amazonaws.com', 'host-1.host-2.host-3.example'],
    ['a cable provider name', 'c-73-12-34-56.hsd1.ca.comcast.net', 'host-1.host-2.host-3.host-4.example'],
    ['underscores', 'pc_10_1_2_3', 'host-1'],
  ])('masks %s spelling an address, even without a TLD', (_kind, name, mask) => {
    expect(redact(`lease for ${name} renewed`)).toBe(`lease for ${mask} renewed`)
  })

  it('masks the same name to the same mask whatever its case and wherever it appears', () => {
    const redactor = createRedactor()
    expect(redactor.redactText('ping: NAS.Smith-Family.org: Name or service not known')).toBe(
      'ping: host-1.host-2.example: Name or service not known',
    )
    expect(redactor.redactText('nas.smith-family.org. 300 IN A 10.0.0.9')).toBe('host-1.host-2.example. 300 IN A 10.0.0.9')
  })

  it('keeps names that identify nobody: big public services, software projects, example domains, localhost', () => {
    const text =
      'host ASPMX.L.GOOGLE.COM; https://support.google.com/mail/?p=ipv6; lists.debian.org; www.x.org; mail.example.com; localhost.localdomain'
    expect(redact(text)).toBe(text)
  })

  it('masks a kept domain name when it spells an address', () => {
    expect(redact('PTR dhcp-81-2-69-142.google.com')).toBe('PTR host-1.host-2.example')
  })

  it.each([
    ['X log and module file names', '/var/log/Xorg.0.log (II) LoadModule: "glx" /usr/lib/xorg/modules/drivers/nvidia_drv.so libglx.so'],
    ['kernel modules and versions', 'e1000e.ko 5.15.0-91-generic r8169-0-a00:00 nvidia-drm.modeset=1 i915.enable_psr=0'],
    ['interface names and PCI addresses', 'enp3s0 wlp4s0 eno1 0000:00:1f.6 (PCI Express:2.5GT/s:Width x1)'],
    [
      'configuration and unit files',
      '/etc/rc.local /etc/X11/xorg.conf.d/10-nvidia.conf systemd-networkd.service wpa_supplicant@wlan0.service 10-eth0.network',
    ],
    ['syslog facilities and the X.Org name', 'daemon.info kern.info mail.err X.Org X Server 1.21.1.4 X.Org Foundation'],
    ['file extensions that are also TLDs', 'Makefile.in ld.so.conf script.sh setup.py foo.pl README.md lib.rs'],
    ['dates, UUIDs and numbers', '2025-11-08_02-00-01.tar.xz 5d9c2b3a-1111-2222-3333-444455556666 550-5.7.1 ek7si798308wic.60'],
    ['mode lines and X bus ids with @', '720x400@70Hz (--) PCI:*(1@0:0:0) 10de:17c8:3842:4993'],
    ['generic machine names', 'Jun  5 07:59:09 ubuntu arpwatch: new station; Apr  2 19:54:54 box kernel: x'],
  ])('leaves %s', (_kind, text) => {
    expect(redact(text)).toBe(text)
  })

  it('masks the host field of syslog and journal lines, and then the same name anywhere', () => {
    const redactor = createRedactor()
    const text = [
      'Jul 20 00:20:53 pca-yoga wpa_supplicant[1485]: wlan0: Associated',
      '2021-03-02T18:40:09.984Z pve-bkp kernel: IN=fwbr101i0',
      'Sat 2026-09-26 08:40:28 AEST kestrels-mac kernel: PM: suspend entry (s2idle)',
      'Jan 27 15:55:24 beaglebone daemon.notice wpa_supplicant[1259]: wifi0: up',
      'ssh pca-yoga; pve-bkp is up',
    ].join('\n')
    expect(redactor.redactText(text)).toBe(
      [
        'Jul 20 00:20:53 host-1 wpa_supplicant[1485]: wlan0: Associated',
        '2021-03-02T18:40:09.984Z host-2 kernel: IN=fwbr101i0',
        'Sat 2026-09-26 08:40:28 AEST host-3 kernel: PM: suspend entry (s2idle)',
        'Jan 27 15:55:24 host-4 daemon.notice wpa_supplicant[1259]: wifi0: up',
        'ssh host-1; host-2 is up',
      ].join('\n'),
    )
  })

  it('masks names in DHCP and resolver forms, learning them for elsewhere', () => {
    const redactor = createRedactor()
    const text = [
      "dhcp4 (wlp2s0): option host_name             => 'kestrels-mac'",
      "dhcp4 (wlp2s0): option domain_name           => 'smith-family.org'",
      "dhcp4 (wlp2s0): option domain_name_servers   => '192.168.0.1 81.2.69.1'",
      'option host-name "dhcp-192-168-0-66";',
      'option domain-search "home.smith-family.org.", "smith-family.org.";',
      'dnsmasq-dhcp[1828]: DHCPACK(br-lan) 192.168.7.173 dc:41:5f:9d:76:49 M1036381siPhone',
      'dhcpd: DHCPOFFER on 192.168.1.161 to 00:01:02:03:04:05 (ENC28J030405) via eth0',
      'systemd-hostnamed[412]: Hostname set to <kestrels-mac> (static)',
      'search smith-family.org',
      'NetworkManager[651]: <info>  hostname: hostname: using hostnamed',
      'NetworkManager[651]: <info>  hostname: hostname changed from (none) to "kestrels-mac"',
      'hostnamectl:   Static hostname: kestrels-mac',
      'reached kestrels-mac and M1036381siPhone',
    ].join('\n')
    expect(redactor.redactText(text)).toBe(
      [
        "dhcp4 (wlp2s0): option host_name             => 'host-1'",
        "dhcp4 (wlp2s0): option domain_name           => 'host-2.example'",
        "dhcp4 (wlp2s0): option domain_name_servers   => '192.168.0.1 192.0.2.1'",
        'option host-name "host-3";',
        'option domain-search "host-4.host-2.example.", "host-2.example.";',
        'dnsmasq-dhcp[1828]: DHCPACK(br-lan) 192.168.7.173 dc:41:5f:00:00:01 host-5',
        'dhcpd: DHCPOFFER on 192.168.1.161 to 00:01:02:00:00:01 (host-6) via eth0',
        'systemd-hostnamed[412]: Hostname set to <host-1> (static)',
        'search host-2.example',
        'NetworkManager[651]: <info>  hostname: hostname: using hostnamed',
        'NetworkManager[651]: <info>  hostname: hostname changed from (none) to "host-1"',
        'hostnamectl:   Static hostname: host-1',
        'reached host-1 and host-5',
      ].join('\n'),
    )
  })

  it("masks the machine name in uname -a output and the X log header, not the kernel's version line", () => {
    const text =
      'Linux kestrels-mac 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29) x86_64 GNU/Linux\n[    31.171] Current Operating System: Linux Virgil-Linux 4.15.0-58-generic #64-Ubuntu SMP\nLinux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org)\nBuild Operating System: Linux 4.4.0-97-generic x86_64 Ubuntu'
    expect(redact(text)).toBe(
      'Linux host-1 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29) x86_64 GNU/Linux\n[    31.171] Current Operating System: Linux host-2 4.15.0-58-generic #64-Ubuntu SMP\nLinux version 6.1.0-13-amd64 (user-1@lists.debian.org)\nBuild Operating System: Linux 4.4.0-97-generic x86_64 Ubuntu',
    )
  })

  it("masks the machine's own names given as options wherever they stand as a word", () => {
    const redactor = createRedactor({names: ['kestrels-mac']})
    expect(redactor.redactText('kestrels-mac login: ; /srv/kestrels-mac/backup; kestrels-macbook')).toBe(
      'host-1 login: ; /srv/host-1/backup; kestrels-macbook',
    )
  })

  it('masks reverse-DNS names of public IPv6 addresses nibble by nibble', () => {
    const redactor = createRedactor()
    const name = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.4.0.a.0.1.0.8.c.1.4.1.0.0.2.ip6.arpa'
    expect(redactor.redactText(`2001:41c8:10a:400::1 is ${name}`)).toBe(
      '2001:db8:1:400::1 is 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.4.0.1.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    )
  })
})

describe('e-mail addresses and user names', () => {
  it('masks the local part as user-N and the domain like any name', () => {
    const redactor = createRedactor()
    expect(redactor.redactText('From: David <david@stmarys-church.org.uk>')).toBe('From: user-1 <user-1@host-1.example>')
    expect(redactor.redactText('RCPT TO:<David@Gmail.com>')).toBe('RCPT TO:<user-1@Gmail.com>')
  })

  it("keeps role mailboxes and masks a shell prompt's user and host", () => {
    expect(redact('MAILER-DAEMON@mail.smith-family.org postmaster@gmail.com git@github.com')).toBe(
      'MAILER-DAEMON@host-1.host-2.example postmaster@gmail.com git@github.com',
    )
    expect(redact('david@jade:~$ ip -br link')).toBe('user-1@host-1:~$ ip -br link')
  })

  it('masks the user of a home directory, the same as the user of an e-mail address', () => {
    const redactor = createRedactor()
    expect(redactor.redactText('david@example.com wrote /home/david/.local/share/xorg/Xorg.0.log')).toBe(
      'user-1@example.com wrote /home/user-1/.local/share/xorg/Xorg.0.log',
    )
  })
})
