// Masks host names, domains and user names label by label, so jade, jade.lan and mail.jade.org keep their likeness (host-1, host-1.lan, host-2.host-1.example).
import type {MaskBook} from './mask-book.js'

/** PUBLIC_TLDS are the top-level domains that make a dotted word a host name in free text; ones that are also file extensions (.so, .sh, .py, .pl, .md, .rs, .in, .la, .mk…) or syslog words (kern.info) are left out on purpose. */
export const PUBLIC_TLDS = new Set(
  `com net org edu gov mil int biz pro mobi io ai co me tv app dev cloud online site xyz club shop
  blog tech eu uk de fr nl be ch at it es pt se no dk fi ie is cz sk hu ro bg gr ru ua lt lv ee si hr tr il jp cn kr tw hk sg my th vn
  ph au nz ca us mx br ar cl pe za ng ke eg ma lu li gg je im`.split(/\s+/),
)

/** LOCAL_SUFFIXES are the private pseudo-domains of home and office networks (with the ones routers bring: fritz.box, speedport.ip); they are kept (jade.lan → host-1.lan) and also mark a word as a host name. */
export const LOCAL_SUFFIXES = new Set([
  'local',
  'lan',
  'home',
  'internal',
  'localdomain',
  'intranet',
  'corp',
  'home.arpa',
  'fritz.box',
  'speedport.ip',
])

/** KEPT_DOMAINS identify nobody (reserved example domains, big public services, software projects) and explain findings (Gmail's PTR rule), so names under them stay. */
export const KEPT_DOMAINS = [
  'example.com',
  'example.net',
  'example.org',
  'test',
  'invalid',
  'localhost',
  'google.com',
  'gmail.com',
  'googlemail.com',
  '1e100.net',
  'gstatic.com',
  'googleapis.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'microsoft.com',
  'office365.com',
  'yahoo.com',
  'icloud.com',
  'apple.com',
  'cloudflare.com',
  'cloudflare-dns.com',
  'quad9.net',
  'opendns.com',
  'ubuntu.com',
  'debian.org',
  'archlinux.org',
  'fedoraproject.org',
  'kernel.org',
  'freedesktop.org',
  'gnome.org',
  'x.org',
  'nvidia.com',
  'mozilla.org',
  'github.com',
]

/** SECOND_LEVEL_LABELS sit under a country's TLD as part of the public suffix (co.uk, org.uk, com.au), so they go into .example with it. */
const SECOND_LEVEL_LABELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'ltd', 'plc', 'me', 'sch', 'nhs'])

/** GENERIC_NAMES are host names that identify nobody (defaults of installers and devices, the loopback names) and are common words, so they stay everywhere. */
export const GENERIC_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'localhost6',
  'ip6-localhost',
  'ip6-loopback',
  'localdomain',
  'example',
  'debian',
  'ubuntu',
  'fedora',
  'archlinux',
  'raspberrypi',
  'kali',
  'server',
  'router',
  'gateway',
  'printer',
  'nas',
  'desktop',
  'laptop',
  'pc',
  'host',
  'box',
  'computer',
  'workstation',
])

/** GENERIC_MAILBOXES are the local parts of role addresses (postmaster@, MAILER-DAEMON@…), kept because they name no person. */
export const GENERIC_MAILBOXES = new Set([
  'postmaster',
  'mailer-daemon',
  'root',
  'abuse',
  'noreply',
  'no-reply',
  'hostmaster',
  'webmaster',
  'admin',
  'info',
  'support',
  'git',
])

/** FILE_NAMES_LIKE_HOSTS are file names that end like a host name (rc.local) and are not one. */
const FILE_NAMES_LIKE_HOSTS = new Set(['rc.local'])

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9])?$/
/** encodesIpv4 tells whether a name spells an IPv4 address as exactly four numbers joined by one dash or underscore kind (dhcp-192-168-0-66, ip-10-0-0-5.ec2.internal), not a date's longer run. */
export function encodesIpv4(name: string): boolean {
  const pieces = name.split(/([.\-_])/)
  let run = 0
  let joiner = ''
  for (let index = 0; index < pieces.length; index += 2) {
    const part = pieces[index] ?? ''
    const before = pieces[index - 1] ?? ''
    const octet = /^\d{1,3}$/.test(part) && Number(part) <= 255
    if (octet && run > 0 && before !== '.' && (run === 1 || before === joiner)) {
      joiner = before
      run++
      continue
    }
    if (run === 4) return true
    const startsAfterPrevious = octet && run > 0 && before !== '.'
    run = startsAfterPrevious ? 2 : octet ? 1 : 0
    joiner = startsAfterPrevious ? before : ''
  }
  return run === 4
}

function underDomain(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`)
}

/** isKeptName tells a name that stays as it is: generic, or under a kept domain, and spelling no address. */
export function isKeptName(name: string): boolean {
  const lower = name.toLowerCase().replace(/\.$/, '')
  if (encodesIpv4(lower)) return false
  return GENERIC_NAMES.has(lower) || LOCAL_SUFFIXES.has(lower) || KEPT_DOMAINS.some(domain => underDomain(lower, domain))
}

/** localSuffixOf returns the private pseudo-domain a name ends in (lan, home.arpa…), or null. */
function localSuffixOf(labels: string[]): string | null {
  const two = labels.slice(-2).join('.')
  if (labels.length > 2 && LOCAL_SUFFIXES.has(two)) return two
  const last = labels[labels.length - 1] ?? ''
  return labels.length > 1 && LOCAL_SUFFIXES.has(last) ? last : null
}

/** looksLikeHostName tells whether a dotted word from free text is a host name: valid labels ending in a public TLD or a private pseudo-domain. */
export function looksLikeHostName(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '')
  const labels = lower.split('.')
  if (labels.length < 2 || FILE_NAMES_LIKE_HOSTS.has(lower) || !labels.every(label => LABEL.test(label))) return false
  const last = labels[labels.length - 1] ?? ''
  return /^[a-z]+$/.test(last) && (PUBLIC_TLDS.has(last) || localSuffixOf(labels) !== null)
}

/** maskLabel gives one label its mask, host-N, the same for that label wherever it appears. */
function maskLabel(book: MaskBook, label: string): string {
  return book.mask('label', label, n => `host-${n}`)
}

/** maskName masks a host or domain name label by label: private pseudo-domains stay, a public TLD becomes .example, every other label becomes host-N. Kept names stay as written. */
export function maskName(book: MaskBook, name: string): string {
  if (name === '' || isKeptName(name)) return name
  const trailingDot = name.endsWith('.') ? '.' : ''
  const labels = name
    .toLowerCase()
    .slice(0, name.length - trailingDot.length)
    .split('.')
  const suffix = localSuffixOf(labels)
  const own = suffix === null ? labels : labels.slice(0, labels.length - suffix.split('.').length)
  let ending: string[] = suffix === null ? [] : [suffix]
  if (suffix === null && own.length > 1 && PUBLIC_TLDS.has(own[own.length - 1] ?? '')) {
    const tld = own.pop() ?? ''
    if (tld.length === 2 && own.length > 1 && SECOND_LEVEL_LABELS.has(own[own.length - 1] ?? '')) own.pop()
    ending = ['example']
  }
  return [...own.map(label => maskLabel(book, label)), ...ending].join('.') + trailingDot
}

/** maskUser masks a user name (an e-mail's local part, a home directory) as user-N; role mailboxes stay. */
export function maskUser(book: MaskBook, user: string): string {
  if (GENERIC_MAILBOXES.has(user.toLowerCase())) return user
  return book.mask('user', user.toLowerCase(), n => `user-${n}`)
}
