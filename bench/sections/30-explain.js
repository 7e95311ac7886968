// Bench: `netdoc explain --file` on a 100,000-line log (real catalog sample lines mixed with everyday syslog noise) against `node -e ''`.
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import {parse} from 'yaml'
import {compare, median, wallMs} from '../timing.js'

export const name = 'explain'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = join(root, 'bin', 'run.cjs')
const LINES = 100_000

/** Lines a healthy machine logs all day; some hold catalog keywords (link, dhcp, ssh) without being a problem. */
const NOISE = [
  'systemd[1]: Started Session 42 of User anna.',
  'systemd[1]: Starting Daily apt download activities...',
  'systemd[1]: Finished Daily apt download activities.',
  'CRON[31337]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)',
  'sshd[2212]: Accepted publickey for anna from 192.168.1.23 port 51234 ssh2: ED25519 SHA256:abcdefghijklmnop',
  'sshd[2212]: pam_unix(sshd:session): session opened for user anna(uid=1000) by (uid=0)',
  'NetworkManager[872]: <info>  [1709283600.1234] device (wlp2s0): supplicant interface state: completed -> completed',
  'NetworkManager[872]: <info>  [1709283600.5678] dhcp4 (enp3s0): state changed new lease, address=192.168.1.20',
  'kernel: [ 8123.456789] audit: type=1400 audit(1709283600.123:456): apparmor="DENIED" operation="open" profile="snap.firefox"',
  'kernel: [ 8124.000001] usb 1-2: new high-speed USB device number 7 using xhci_hcd',
  "dbus-daemon[701]: [system] Successfully activated service 'org.freedesktop.hostname1'",
  'rsyslogd: [origin software="rsyslogd" swVersion="8.2112.0"] rsyslogd was HUPed',
  'avahi-daemon[690]: Registering new address record for fe80::1c2d:3eff:fe4f:5a6b on enp3s0.*.',
  'chronyd[655]: Selected source 192.168.1.1 (pool.ntp.org)',
  'gnome-shell[1650]: Window manager warning: Buggy client sent a _NET_ACTIVE_WINDOW message with a timestamp of 0',
  'postfix/smtpd[4410]: connect from unknown[192.168.1.50]',
  'dhclient[611]: DHCPREQUEST for 192.168.1.20 on enp3s0 to 192.168.1.1 port 67',
  'dhclient[611]: DHCPACK of 192.168.1.20 from 192.168.1.1',
  'kernel: [ 9000.000000] IPv6: ADDRCONF(NETDEV_CHANGE): wlp2s0: link becomes ready',
  'pppd[1046]: Sent 379606 bytes, received 2129276 bytes.',
]

/** realLines takes every line of every real sample in test/explain/samples (the messages the catalog exists for). */
function realLines() {
  const directory = join(root, 'test', 'explain', 'samples')
  const lines = []
  for (const file of readdirSync(directory).filter(name => name.endsWith('.yaml'))) {
    for (const cases of Object.values(parse(readFileSync(join(directory, file), 'utf8')))) {
      for (const sample of cases.samples ?? []) lines.push(...sample.text.split('\n').filter(line => line.trim() !== ''))
    }
  }
  return lines
}

/** buildLog mixes one real line in twenty with noise, each noise line under a syslog timestamp, deterministically. */
export function buildLog() {
  const real = realLines()
  let seed = 42
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const lines = []
  for (let i = 0; i < LINES; i++) {
    const second = String(i % 60).padStart(2, '0')
    const minute = String(Math.floor(i / 60) % 60).padStart(2, '0')
    if (next() < 0.05) lines.push(real[Math.floor(next() * real.length)])
    else lines.push(`Mar  1 10:${minute}:${second} box ${NOISE[Math.floor(next() * NOISE.length)]}`)
  }
  return {text: `${lines.join('\n')}\n`, real: real.length}
}

/** run writes the log to a temporary file, times the command (catalog cached, and not) against node -e, and removes the file. */
export async function run() {
  const directory = mkdtempSync(join(tmpdir(), 'netdoc-bench-explain-'))
  try {
    const {text, real} = buildLog()
    const log = join(directory, 'syslog')
    writeFileSync(log, text)
    console.log(`log: ${LINES} lines, ${(text.length / 1e6).toFixed(1)} MB, 5% drawn from ${real} real sample lines, the rest noise`)
    wallMs([process.execPath, bin, 'explain', '--file', log]) // fills the catalog cache, as any earlier run would
    // XDG_CACHE_HOME=/dev/null: the cache can be neither read nor written, so every such run parses the YAML and validates it.
    const noCache = {env: {...process.env, XDG_CACHE_HOME: '/dev/null'}}
    const medians = compare(
      {
        "node -e ''": {argv: [process.execPath, '-e', '']},
        'explain "one message"': {argv: [process.execPath, bin, 'explain', 'ping: connect: Network is unreachable']},
        'explain --file (100k lines)': {argv: [process.execPath, bin, 'explain', '--file', log]},
        'explain --file --json (100k lines)': {argv: [process.execPath, bin, 'explain', '--file', log, '--json']},
        'explain --file, catalog not cached': {argv: [process.execPath, bin, 'explain', '--file', log], options: noCache},
      },
      7,
    )
    const base = medians["node -e ''"]
    for (const [command, ms] of Object.entries(medians))
      console.log(`${command.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x node -e ''`)
    console.log('(not cached: the first run after installing or editing the catalog, which parses the YAML and validates it with zod)')

    const {loadCatalog} = await import(join(root, 'dist', 'src', 'explain', 'load-catalog.js'))
    const {explainText} = await import(join(root, 'dist', 'src', 'explain', 'explain-text.js'))
    const catalog = await loadCatalog()
    if (!catalog.ok) throw new Error(catalog.error)
    const times = []
    let result
    for (let round = 0; round < 7; round++) {
      const start = process.hrtime.bigint()
      result = explainText(text, catalog.value, {general: true})
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
    console.log(
      `explainText in process: ${median(times).toFixed(1)} ms median; ${result.matches.length} distinct problems, ${result.unmatched} lines unmatched`,
    )
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}
