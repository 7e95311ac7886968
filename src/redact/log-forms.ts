// The places in logs and configuration text where a name, Wi-Fi name, serial or secret sits in a known form, and how each value is masked.
import {isAddressText, maskAddressText} from './addresses.js'
import {maskSerialNumber, maskSerialText} from './edid.js'
import type {MaskBook} from './mask-book.js'
import {isKeptName, maskName, maskUser} from './names.js'

/** ValueKind says what a found value is, and so how it is masked. */
export type ValueKind = 'name' | 'names' | 'ssid' | 'connection' | 'user' | 'serial-text' | 'serial-number' | 'secret'

/** LogForm is one known form: a pattern whose group 1 is the text before the value, group 2 the value, optional group 3 the text after. */
export interface LogForm {
  kind: ValueKind
  pattern: RegExp
  /** source says where the form's shape was seen. */
  source: string
}

/** Known holds the names and Wi-Fi names learned from fields and log forms, to be masked wherever else they appear. */
export interface Known {
  names: Set<string>
  ssids: Set<string>
}

const MAC = '[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}'
const SYSLOG_STAMP =
  '(?:<\\d+>)?(?:[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?|[A-Z][a-z]{2} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [A-Z]{2,5})'

/** LOG_FORMS are tried in order; a value found by one is masked once and hidden from the later ones. */
export const LOG_FORMS: LogForm[] = [
  {
    kind: 'secret',
    pattern:
      /((?<!\/)\b(?:psk|wep[-_]key\d|password|passwd|passphrase|secret|private_key_passwd)\s*[=:]\s*)("[^"\n]*"|'[^'\n]*'|[^\s"']+)/gi,
    source: 'wpa_supplicant.conf(5), NetworkManager keyfiles (psk=)',
  },
  {kind: 'secret', pattern: /^(\s*wpa-psk\s+)(\S+)/gm, source: 'Debian /etc/network/interfaces wpa-psk'},
  {kind: 'ssid', pattern: /^(\s*wpa-ssid\s+"?)([^"\n]+)/gm, source: 'Debian /etc/network/interfaces wpa-ssid'},
  {
    kind: 'ssid',
    pattern: /(Config: added 'ssid' value ')([^'\n]*)(')/g,
    source: "NetworkManager log, RPi-Distro/firmware-nonfree#38: Config: added 'ssid' value 'MySSID'",
  },
  {
    kind: 'ssid',
    pattern: /(\bE?SSID(?:\s*[=:]\s*|\s+)')([^'\n]*)(')/gi,
    source:
      "wpa_supplicant: Trying to associate with SSID 'rpi_22436' (raspberrypi/linux#3318), (SSID='EWKY' freq=2412 MHz) (victronenergy/venus#776)",
  },
  {
    kind: 'ssid',
    pattern: /(\bE?SSID(?:\s*[=:]\s*|\s+)")([^"\n]*)(")/gi,
    source: 'wpa_supplicant: CTRL-EVENT-SSID-TEMP-DISABLED id=0 ssid="HUAWEI-N4AMTR_HiLink" (lwfinger/rtw89#22); iwconfig ESSID:"…"',
  },
  {kind: 'ssid', pattern: /^(\s*ssid=)([^"'\s][^\n]*)/gm, source: 'wpa_cli status: ssid=… (one line per field)'},
  {
    kind: 'ssid',
    pattern: /^(\s*(?:SSID|802-11-wireless\.ssid):[ \t]*)(\S[^\n]*?)([ \t]*)$/gm,
    source: 'iw dev wlan0 link / scan "SSID: …", nmcli -f all "802-11-wireless.ssid: …"',
  },
  {kind: 'ssid', pattern: /^(\s*ssid )(\S[^\n]*?)([ \t]*)$/gm, source: 'iw dev: "\\tssid Kookaburra Nest"'},
  {
    kind: 'ssid',
    pattern:
      /^(\s*[0-9a-f]{2}(?::[0-9a-f]{2}){5}[ \t]+\d{4,5}[ \t]+-?\d{1,3}[ \t]+(?:\[[^\]\n]{0,80}\]){0,16}[ \t]+)(\S[^\n]*?)([ \t]*)$/gim,
    source: 'wpa_cli scan_results: "bssid<TAB>frequency<TAB>signal level<TAB>flags<TAB>ssid" a line',
  },
  {
    kind: 'ssid',
    pattern: /(\b(?:Connected|Connecting) to (?:wireless )?network ["']?)([^"'\n]+?)(["']?\.?[ \t]*)$/gm,
    source: 'iwd "station: Connected to network …", NetworkManager "Connected to wireless network \'…\'"',
  },
  {
    kind: 'ssid',
    pattern: /(\bid_str="?)([^\s"\]]+)/g,
    source: 'wpa_supplicant: CTRL-EVENT-CONNECTED - Connection to … completed [id=0 id_str=home]',
  },
  {
    kind: 'connection',
    pattern: /(\b(?:starting connection|connection|access point|policy: set) ')([^'\n]+)(')/g,
    source:
      "NetworkManager: Activation: starting connection '…' (uuid), (wifi) access point 'MySSID' has security (RPi-Distro/firmware-nonfree#38)",
  },
  {
    kind: 'connection',
    pattern: /(op="connection-[\w-]+"[^\n]*?\bname=")([^"\n]*)(")/g,
    source: 'NetworkManager audit: op="connection-activate" uuid="…" name="…"',
  },
  {
    kind: 'serial-text',
    pattern: /(Serial No: )(\S[^\n]*?)([ \t]*)$/gm,
    source: 'Xorg log: (II) modeset(0): Serial No: … (elementary/settings-daemon#138)',
  },
  {
    kind: 'serial-number',
    pattern: /(Serial#: )(\d+)/g,
    source: 'Xorg log: Manufacturer: GSM  Model: 5a96  Serial#: 16843009 (JeffyCN/xorg-xserver#12)',
  },
  {
    kind: 'serial-text',
    pattern: /(\bSerialNumber: |\biSerial\s+\d+ )(\S+)/g,
    source: 'kernel "usb 1-1: SerialNumber: …", lsusb -v "iSerial 3 …"',
  },
  {
    kind: 'name',
    pattern: new RegExp(`^(${SYSLOG_STAMP} )([^\\s:\\[]+)(?= (?:\\S+ )?\\S+?:(?:\\s|$))`, 'gm'),
    source:
      'syslog/journal line headers: "Jul 20 00:20:53 pca-yoga wpa_supplicant[1485]:", "2021-03-02T18:40:09.984Z pve-bkp kernel:", "Sat 2026-09-26 08:40:28 AEST host kernel:"',
  },
  {
    kind: 'name',
    pattern: /((?:^|Current Operating System: )Linux )(?!version )([^\s]+)(?= \d+\.\d+)/gm,
    source:
      'uname -a "Linux jade 6.1.0-13-amd64 …", and the X log\'s "Current Operating System: Linux olegorov-GL62-6QF 4.13.0-32-generic" (test/fixtures/displays-*)',
  },
  {
    kind: 'names',
    pattern: /(option \w*(?:host_name|domain|fqdn)\w*\s*=> ')([^'\n]*)(')/g,
    source: "NetworkManager dhcp4 (debug): option host_name => '…' (format \"option %-20s => '%s'\" in nm-dhcp-client.c)",
  },
  {
    kind: 'names',
    pattern: /(option (?:host-name|domain-name|domain-search|fqdn\.fqdn|fqdn\.hostname)\s+)([^;\n]+)(;)/g,
    source: 'dhclient.leases(5): option host-name "…"; option domain-name "…";',
  },
  {
    kind: 'name',
    pattern: /(\bhostname changed from ")([^"\n]+)(")/g,
    source: 'NetworkManager: hostname changed from "old" to "new" (nm-hostname-manager.c: "hostname changed from %s%s%s to %s%s%s")',
  },
  {
    kind: 'name',
    pattern: /(\bhostname changed from (?:\(none\)|"[^"\n]*") to ")([^"\n]+)(")/g,
    source: 'NetworkManager, the new name of the same line',
  },
  {
    kind: 'name',
    pattern: /(\bhost ?name (?:set )?to [<'"])([^>'"\n]+)/gi,
    source: 'systemd-hostnamed: "Hostname set to <…> (static)", "Changed host name to \'…\'"',
  },
  {
    kind: 'name',
    pattern:
      /(\b(?:host[-_ ]?name|fqdn|domain[-_ ]?name)["']?\s*(?:=>|[:=])\s*["']?)(?!(?:hostname|using|set|changed|none|unknown)\b)([A-Za-z0-9][\w.-]*[A-Za-z0-9])/gi,
    source: 'key=value forms: hostname=…, "hostname": "…", DHCP host-name: …',
  },
  {
    kind: 'name',
    pattern: new RegExp(`(DHCP[A-Z]+\\([^)\\n]*\\) (?:[\\d.]+ )?${MAC} )(\\S+)`, 'g'),
    source: 'dnsmasq-dhcp: DHCPACK(br-lan) 192.168.7.173 dc:41:5f:9d:76:49 M1036381siPhone (samueldotj/dhcp-client#1)',
  },
  {
    kind: 'name',
    pattern: /(client provides name: )(\S+)/g,
    source: 'dnsmasq-dhcp (log-dhcp): client provides name: orangepi3 (RaspAP/raspap-webgui#704)',
  },
  {
    kind: 'name',
    pattern: new RegExp(`(\\b(?:to|from) ${MAC} \\()([^)\\n]+)(\\))`, 'g'),
    source: 'ISC dhcpd: DHCPOFFER on 192.168.1.161 to 00:01:02:03:04:05 (ENC28J030405) via eth0 (ntruchsess/arduino_uip#56)',
  },
  {
    kind: 'name',
    pattern: /(Host name is )([A-Za-z0-9][\w.-]*?)(\.?(?:\s|$))/g,
    source: 'avahi-daemon: Server startup complete. Host name is jade.local.',
  },
  {kind: 'names', pattern: /^(\s*(?:search|domain)[ \t]+)([^\n#]+)/gm, source: 'resolv.conf(5): search and domain lines'},
  {kind: 'user', pattern: /(\/home\/)([^/\s'"]+)/g, source: 'home directories in paths (/home/david/.local/share/xorg/Xorg.0.log)'},
  {
    kind: 'user',
    pattern: /^((?:From|To|Cc|Reply-To|Sender):[ \t]*)("[^"\n]*"|[^<\n"]*[^<\s"])([ \t]*<)/gim,
    source: 'RFC 5322 mail headers with a display name: From: Tom Davies <vicar@…> (bounces quote the message)',
  },
]

/** GENERIC_CONNECTION names NetworkManager's own connection names (Wired connection 1, netplan-eth0…) and interface names, which are not Wi-Fi names. */
const GENERIC_CONNECTION =
  /^(?:Wired connection \d+|Ethernet connection \d+|Auto Ethernet|System \S+|lo|netplan-\S+|Ifupdown \(\S+\)|(?:eth|wlan|usb|br|docker|virbr|tun|tap|veth)\d+|en[opsx]\w+|wl[opsx]\w+)$/i

/** learnName remembers a found name, and its first label unless generic, so a bare mention elsewhere is masked too. */
function learnName(known: Known, name: string): void {
  const lower = name.toLowerCase().replace(/\.$/, '')
  if (lower === '' || isKeptName(lower) || isAddressText(lower)) return
  known.names.add(lower)
  const first = lower.split('.')[0] ?? ''
  if (first.length >= 3 && !isKeptName(first) && !/^\d+$/.test(first)) known.names.add(first)
}

/** maskOneName masks one name or address found in a known place, learning the name. */
export function maskOneName(book: MaskBook, known: Known, value: string): string {
  if (isAddressText(value)) return maskAddressText(book, value)
  if (!/[A-Za-z]/.test(value)) return value
  learnName(known, value)
  return maskName(book, value)
}

/** maskSsid masks a Wi-Fi name as wifi-N, learning it. */
export function maskSsid(book: MaskBook, known: Known, ssid: string): string {
  if (ssid === '') return ssid
  known.ssids.add(ssid)
  return book.mask('ssid', ssid, n => `wifi-${n}`)
}

/** maskFound masks a value found in a known form or field, by its kind. */
export function maskFound(book: MaskBook, known: Known, kind: ValueKind, value: string): string {
  switch (kind) {
    case 'name':
      return maskOneName(book, known, value)
    case 'names':
      return value.replace(/[^\s,"']+/g, item => (/[A-Za-z]/.test(item) || isAddressText(item) ? maskOneName(book, known, item) : item))
    case 'ssid':
      return maskSsid(book, known, value)
    case 'connection':
      return GENERIC_CONNECTION.test(value) ? value : maskSsid(book, known, value)
    case 'user':
      return maskUser(book, value)
    case 'serial-text':
      return maskSerialText(book, value)
    case 'serial-number':
      return String(maskSerialNumber(book, Number(value)))
    case 'secret':
      return '[secret]'
  }
}
