// Parses the mail servers' configurations for the name they greet with (HELO/EHLO): Postfix's main.cf and Exim's main section.
import {parsed, type Parsed} from './parse-result.js'

/** Settings are a configuration's `name = value` lines, the last one of a name winning (as both servers read them). */
export type Settings = Record<string, string>

/** MAX_SETTINGS bounds the settings kept: a real main.cf has a few dozen. */
const MAX_SETTINGS = 2000

const SETTING = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s?(.*)$/

/** keeper stores settings into `settings`, counting them, so that no more than MAX_SETTINGS names are kept. */
function keeper(settings: Settings): (name: string, value: string) => void {
  let count = 0
  return (name, value) => {
    if (!(name in settings)) {
      if (count >= MAX_SETTINGS) return
      count++
    }
    settings[name] = value.trim()
  }
}

/** parsePostfixMainCf reads main.cf: `name = value` lines, a line starting with white space continuing the one before, `#` lines
 * comments; an empty file is all defaults. */
export function parsePostfixMainCf(text: string): Parsed<Settings> {
  const settings: Settings = Object.create(null) as Settings
  const keep = keeper(settings)
  let current: {name: string; value: string} | null = null
  const flush = () => current && keep(current.name, current.value)
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || /^\s*(#|$)/.test(line)) continue
    if (/^\s/.test(line) && current) {
      current.value += ` ${line.trim()}`
      continue
    }
    flush()
    const setting = SETTING.exec(line)
    current = setting ? {name: setting[1]!, value: setting[2]!} : null
  }
  flush()
  return parsed(settings)
}

/** parseEximConfig reads the main section of an Exim configuration (everything before the first `begin` line): options and
 * macros (names starting with a capital) as `name = value`, a line ending in a backslash going on with the next, `#` lines
 * comments; `.ifdef` and other directives are skipped, so both branches' lines count (the last wins). An empty file is all
 * defaults. */
export function parseEximConfig(text: string): Parsed<Settings> {
  const settings: Settings = Object.create(null) as Settings
  const keep = keeper(settings)
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const parts = [lines[index]!.trim()]
    if (/^begin(\s|$)/.test(parts[0]!)) break
    while (parts[parts.length - 1]!.endsWith('\\') && index + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1)
      parts.push(lines[++index]!.trim())
    }
    const line = parts.join('').replace(/\\$/, '')
    if (line === '' || line.startsWith('#') || line.startsWith('.')) continue
    const setting = SETTING.exec(line.replace(/^hide\s+/, ''))
    if (setting) keep(setting[1]!, setting[2]!)
  }
  return parsed(settings)
}

/** eximValue is an option's value with a macro standing alone as its value replaced by the macro's (Debian's
 * `primary_hostname = MAIN_HARDCODE_PRIMARY_HOSTNAME`); null when the option is not set, or only to a macro never defined. */
export function eximValue(settings: Settings, name: string): string | null {
  const value = settings[name]
  if (value === undefined) return null
  if (/^[A-Z][A-Z0-9_]*$/.test(value)) return settings[value] ?? null
  return value
}
