// Reads the name this machine's mail server greets with (HELO/EHLO) from its configuration, through the host's files: Postfix's
// smtp_helo_name or myhostname in main.cf, Exim's primary_hostname; without one, the machine's name, as both servers default to.
import type {HostFiles} from '../../host/files.js'
import {eximValue, parseEximConfig, parsePostfixMainCf, type Settings} from '../../parse/mta-config.js'
import type {Helo} from './facts.js'

/** POSTFIX_MAIN_CF is Postfix's main configuration. */
export const POSTFIX_MAIN_CF = '/etc/postfix/main.cf'
/** EXIM_CONFIGS are where Exim's configuration lives (Debian's generated or hand-written one, the template, other systems'). */
export const EXIM_CONFIGS = ['/etc/exim4/exim4.conf', '/etc/exim4/exim4.conf.template', '/etc/exim/exim.conf', '/etc/exim.conf']
/** EXIM_SPLIT_MAIN is Debian's split configuration's main section, whose files (macros among them) come before the rest. */
export const EXIM_SPLIT_MAIN = '/etc/exim4/conf.d/main'

/** ConfiguredHelo is the HELO name and where it came from, before DNS is asked about it. */
export type ConfiguredHelo = Omit<Helo, 'forward'>

/** literal is a setting's value when it is a plain name (not `$myhostname` or another expansion). */
function literal(value: string | null | undefined): string | null {
  return value && /^[A-Za-z0-9.-]+$/.test(value) ? value : null
}

/** machineName is the name both servers fall back to: the machine's own (with Postfix's mydomain appended to a short one). */
function machineName(files: HostFiles, domain: string | null): string | null {
  const name = files.value('/etc/hostname') ?? files.value('/proc/sys/kernel/hostname')
  if (!name) return null
  return !name.includes('.') && domain ? `${name}.${domain}` : name
}

function postfixHelo(files: HostFiles, text: string): ConfiguredHelo | null {
  const read = parsePostfixMainCf(text)
  const settings: Settings = read.ok ? read.value : {}
  for (const setting of ['smtp_helo_name', 'myhostname']) {
    const name = literal(settings[setting])
    if (name) return {mta: 'postfix', path: POSTFIX_MAIN_CF, setting, name, defaulted: false}
  }
  const name = machineName(files, literal(settings.mydomain))
  return name ? {mta: 'postfix', path: POSTFIX_MAIN_CF, setting: "the machine's name", name, defaulted: true} : null
}

function eximHelo(files: HostFiles): ConfiguredHelo | null {
  const split = files.list(EXIM_SPLIT_MAIN).map(entry => files.read(`${EXIM_SPLIT_MAIN}/${entry}`))
  const path = EXIM_CONFIGS.find(candidate => files.exists(candidate))
  if (!path && split.length === 0) return null
  const main = path ? files.read(path) : null
  const texts = [...split, ...(main ? [main] : [])].flatMap(file => (file.ok ? [file.text] : []))
  const read = parseEximConfig(texts.join('\n'))
  const name = literal(read.ok ? eximValue(read.value, 'primary_hostname') : null)
  const where = path ?? EXIM_SPLIT_MAIN
  if (name) return {mta: 'exim', path: where, setting: 'primary_hostname', name, defaulted: false}
  const fallback = machineName(files, null)
  return fallback ? {mta: 'exim', path: where, setting: "the machine's name", name: fallback, defaulted: true} : null
}

/** readConfiguredHelo reads this machine's mail server's HELO name: Postfix's when main.cf exists, else Exim's; null when neither
 * is configured here. */
export function readConfiguredHelo(files: HostFiles): ConfiguredHelo | null {
  const postfix = files.read(POSTFIX_MAIN_CF)
  if (postfix.ok) return postfixHelo(files, postfix.text)
  return eximHelo(files)
}
