// Reads xorg.conf / xorg.conf.d text: the Device, Screen and ServerLayout sections that decide which card drives which X screen.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** XDevice is one Device section: a graphics card as X is told about it. */
export interface XDevice {
  identifier: string | null
  driver: string | null
  /** busId is the BusID exactly as written (e.g. "PCI:1:0:0"), or null when the section leaves X to guess. */
  busId: string | null
  /** screen is the section's `Screen n` entry (one of several screens on one card), or null. */
  screen: number | null
}

/** XScreenSection is one Screen section: which Device (and Monitor) an X screen is built on. */
export interface XScreenSection {
  identifier: string | null
  device: string | null
  monitor: string | null
}

/** XLayoutScreen is one `Screen` line of a ServerLayout. */
export interface XLayoutScreen {
  number: number | null
  identifier: string
}

/** XLayout is one ServerLayout section. */
export interface XLayout {
  identifier: string | null
  screens: XLayoutScreen[]
  inactive: string[]
  xinerama: boolean | null
}

/** XorgConfig is everything the parser keeps from one configuration text. */
export interface XorgConfig {
  devices: XDevice[]
  screens: XScreenSection[]
  layouts: XLayout[]
  /** xinerama is the Xinerama option from ServerFlags, null when not set there. */
  xinerama: boolean | null
}

type Entry = {keyword: string; args: string[]; line: number}

function tokenize(line: string): string[] | null {
  const tokens: string[] = []
  const pattern = /\s*(?:"([^"]*)"|(#.*)|([^\s"#]+))/y
  let at = 0
  while (at < line.length) {
    pattern.lastIndex = at
    const match = pattern.exec(line)
    if (!match) return /^\s*$/.test(line.slice(at)) ? tokens : null
    if (match[2] !== undefined) break
    tokens.push(match[1] ?? match[3] ?? '')
    at = pattern.lastIndex
  }
  return tokens
}

function truthy(value: string | undefined): boolean | null {
  if (value === undefined) return true
  const word = value.toLowerCase()
  if (['1', 'on', 'true', 'yes'].includes(word)) return true
  if (['0', 'off', 'false', 'no'].includes(word)) return false
  return null
}

function optionValue(entries: Entry[], name: string): string | undefined | null {
  const entry = entries.find(e => e.keyword === 'option' && e.args[0]?.toLowerCase() === name.toLowerCase())
  return entry ? entry.args[1] : null
}

function first(entries: Entry[], keyword: string): string | null {
  return entries.find(entry => entry.keyword === keyword)?.args[0] ?? null
}

function xineramaOf(entries: Entry[]): boolean | null {
  const value = optionValue(entries, 'Xinerama')
  return value === null ? null : truthy(value)
}

function layoutScreen(args: string[]): XLayoutScreen | null {
  const [head, second] = args
  if (head === undefined) return null
  if (/^\d+$/.test(head) && second !== undefined) return {number: Number(head), identifier: second}
  return {number: null, identifier: head}
}

function toDevice(entries: Entry[]): XDevice {
  const screen = first(entries, 'screen')
  return {
    identifier: first(entries, 'identifier'),
    driver: first(entries, 'driver'),
    busId: first(entries, 'busid'),
    screen: screen !== null && /^\d+$/.test(screen) ? Number(screen) : null,
  }
}

function addSection(config: XorgConfig, name: string, entries: Entry[]): void {
  switch (name) {
    case 'device':
      config.devices.push(toDevice(entries))
      break
    case 'screen':
      config.screens.push({identifier: first(entries, 'identifier'), device: first(entries, 'device'), monitor: first(entries, 'monitor')})
      break
    case 'serverlayout':
      config.layouts.push({
        identifier: first(entries, 'identifier'),
        screens: entries.filter(e => e.keyword === 'screen').flatMap(e => layoutScreen(e.args) ?? []),
        inactive: entries.filter(e => e.keyword === 'inactive').flatMap(e => e.args.slice(0, 1)),
        xinerama: xineramaOf(entries),
      })
      break
    case 'serverflags':
      config.xinerama = xineramaOf(entries) ?? config.xinerama
      break
  }
}

/** parseXorgConf reads configuration text; unbalanced sections or text outside a section give an error value. */
export function parseXorgConf(text: string): Parsed<XorgConfig> {
  if (text.trim() === '') return unparsable('xorg.conf: empty')
  const config: XorgConfig = {devices: [], screens: [], layouts: [], xinerama: null}
  let section: {name: string; entries: Entry[]; line: number} | null = null
  let subsectionDepth = 0
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1
    const tokens = tokenize(raw)
    if (tokens === null) return unparsable(`xorg.conf line ${lineNo}: unterminated quote`)
    const [word, ...args] = tokens
    if (word === undefined) continue
    const keyword = word.toLowerCase()
    if (keyword === 'section') {
      if (section) return unparsable(`xorg.conf line ${lineNo}: Section inside Section "${section.name}" (line ${section.line})`)
      section = {name: (args[0] ?? '').toLowerCase(), entries: [], line: lineNo}
    } else if (keyword === 'endsection') {
      if (!section || subsectionDepth > 0) return unparsable(`xorg.conf line ${lineNo}: EndSection without its Section`)
      addSection(config, section.name, section.entries)
      section = null
    } else if (!section) {
      return unparsable(`xorg.conf line ${lineNo}: "${word}" outside any Section`)
    } else if (keyword === 'subsection') {
      subsectionDepth++
    } else if (keyword === 'endsubsection') {
      if (subsectionDepth === 0) return unparsable(`xorg.conf line ${lineNo}: EndSubSection without its SubSection`)
      subsectionDepth--
    } else if (subsectionDepth === 0) {
      section.entries.push({keyword, args, line: lineNo})
    }
  }
  if (section) return unparsable(`xorg.conf: Section "${section.name}" (line ${section.line}) has no EndSection`)
  return parsed(config)
}
