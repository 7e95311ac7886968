// The fuzzer's mutations of real inputs: truncation, flips, hostile insertions (control characters, escape sequences, NULs,
// long runs, deep JSON, __proto__ keys), splices of two inputs, repetition, and changes to a JSON document's structure.
import type {Random} from './prng.js'

/** FuzzInput is what a parser is fed: text, or bytes for the binary formats (DHCP messages, EDIDs). */
export type FuzzInput = string | Uint8Array

/** RUN_CHARS are the characters long runs are made of: the ones parsers' patterns repeat (\s, \w, \d, hex, punctuation). */
const RUN_CHARS = [
  ' ',
  '\t',
  'a',
  'A',
  'z',
  '0',
  '1',
  '9',
  'f',
  '.',
  ':',
  '-',
  '_',
  '#',
  ';',
  '/',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  ',',
  '=',
  '@',
  '%',
  '\r',
  '\n',
  'é',
  '\u00a0',
]

/** HOSTILE makes the strings inserted into text: what a stranger's file, a LAN device or a pasted log could hold. */
const HOSTILE: ((random: Random) => string)[] = [
  () => '\0',
  random => '\0'.repeat(random.size(4096)),
  () => '\x1b[2J\x1b[H',
  () => '\x1b]52;c;aGVsbG8=\x07',
  () => '\x1b[31m',
  () => '\x9b',
  () => '\r',
  () => '\r\n',
  () => '\u2028',
  () => '\u2029',
  () => '\ufeff',
  () => '\ud800',
  () => '\udfff',
  () => '\u202e',
  () => '\x7f\x85\v\f',
  () => '__proto__',
  () => 'constructor',
  () => 'prototype',
  () => '{"__proto__":{"polluted":1}}',
  () => '{"constructor":{"prototype":{"polluted":1}}}',
  random => '['.repeat(random.size(100_000)),
  random => {
    const depth = random.size(100_000)
    return '['.repeat(depth) + ']'.repeat(depth)
  },
  random => {
    const depth = random.size(20_000)
    return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
  },
  random => random.pick(RUN_CHARS).repeat(random.size(1 << 20)),
  random => randomText(random, random.size(1 << 16)),
  random => '9'.repeat(random.size(1024)),
  random =>
    random.pick(['-1', '0', '-0', '4294967295', '4294967296', '18446744073709551616', '1e999', 'NaN', 'Infinity', '0x', '1.5', '.']),
  random => random.pick(['%s%n%x', '${x}', '\\', '\\u0000', '""', "''", '"', "'", 'null', 'true', '[]', '{}', ':', '::', '...', '--', '-']),
]

const PALETTE = [
  ...RUN_CHARS,
  '\0',
  '\x1b',
  '\x07',
  '\x08',
  '\x7f',
  '\x85',
  '\u2028',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\uffff',
  'ß',
  'İ',
  'K',
  'ſ',
]

/** randomText makes `length` characters, mostly printable ASCII with some controls and non-ASCII. */
export function randomText(random: Random, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += random.chance(0.9) ? String.fromCharCode(random.between(32, 126)) : random.pick(PALETTE)
  return text
}

function at(random: Random, text: {length: number}): number {
  return random.int(text.length + 1)
}

/** repeatTo repeats `piece` `times` times, stopping before the result passes `max` characters. */
function repeatTo(piece: string, times: number, max: number): string {
  if (piece.length === 0) return ''
  return piece.repeat(Math.max(1, Math.min(times, Math.floor(max / piece.length))))
}

function sliceOf(random: Random, text: string): string {
  const start = at(random, text)
  return text.slice(start, start + random.size(64))
}

const LINE_MUTATIONS: ((random: Random, lines: string[], max: number) => string[])[] = [
  (random, lines) => lines.filter(() => random.chance(0.8)),
  (random, lines) => {
    const copy = [...lines]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = random.int(i + 1)
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  },
  (random, lines, max) => {
    const index = random.int(lines.length)
    const line = lines[index]!
    const copies = Array.from({length: Math.min(random.size(20_000), Math.floor(max / (line.length + 1)))}, () => line)
    return [...lines.slice(0, index), ...copies, ...lines.slice(index)]
  },
  (random, lines, max) => {
    const index = random.int(lines.length)
    return lines.map((line, i) => (i === index ? repeatTo(line, random.size(4096), max) : line))
  },
  (random, lines) => lines.map(line => (random.chance(0.3) ? line.replace(/\d+/g, () => String(random.int(1_000_000))) : line)),
]

/** JSON_VALUES are what a node of a JSON document is replaced with: wrong types, extremes, empty and hostile containers. */
const JSON_VALUES: ((random: Random) => unknown)[] = [
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 1.5,
  () => 1e308,
  () => 4294967296,
  () => '',
  random => 'x'.repeat(random.size(1 << 16)),
  () => [],
  () => ({}),
  () => [null],
  () => [1, 'a', null, {}],
  () => JSON.parse('{"__proto__":{"polluted":1}}'),
  () => ({constructor: {prototype: {polluted: 1}}}),
  () => ({toString: 1, valueOf: null, hasOwnProperty: 'x'}),
]

/** mutateJson changes one node of a JSON document (its type, its size, its keys); non-JSON text comes back unchanged (null). */
function mutateJson(random: Random, text: string, max: number): string | null {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    return null
  }
  const holders: {parent: Record<string, unknown> | unknown[]; key: string | number}[] = []
  const stack: unknown[] = [document]
  while (stack.length > 0 && holders.length < 10_000) {
    const node = stack.pop()
    if (Array.isArray(node)) node.forEach((child, index) => (holders.push({parent: node, key: index}), stack.push(child)))
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) (holders.push({parent: node as Record<string, unknown>, key}), stack.push(child))
  }
  if (holders.length === 0) return JSON.stringify(random.pick(JSON_VALUES)(random))
  const {parent, key} = random.pick(holders)
  const node = (parent as Record<string | number, unknown>)[key]
  const choice = random.int(4)
  if (choice === 0 && Array.isArray(node) && node.length > 0) {
    const copies = random.size(100_000)
    for (let i = 0; i < copies && node.length < 200_000; i++) node.push(node[i % node.length])
  } else if (choice === 1 && !Array.isArray(parent)) {
    delete parent[key as string]
  } else if (choice === 2 && node !== null && typeof node === 'object' && !Array.isArray(node)) {
    Object.defineProperty(node, random.pick(['__proto__', 'constructor', 'prototype']), {
      value: {polluted: 1},
      enumerable: true,
      configurable: true,
      writable: true,
    })
  } else {
    ;(parent as Record<string | number, unknown>)[key] = random.pick(JSON_VALUES)(random)
  }
  try {
    const result = JSON.stringify(document, null, random.chance(0.5) ? 2 : undefined)
    return result.length > max ? result.slice(0, max) : result
  } catch {
    return null
  }
}

const TEXT_MUTATIONS: ((random: Random, text: string, pool: readonly string[], max: number) => string)[] = [
  (random, text) => text.slice(0, at(random, text)),
  (random, text) => text.slice(at(random, text)),
  (random, text) => {
    const i = random.int(text.length)
    return text.slice(0, i) + random.pick(PALETTE) + text.slice(i + 1)
  },
  (random, text) => {
    const i = random.int(text.length)
    return text.slice(0, i) + String.fromCharCode(random.int(0x10000)) + text.slice(i + 1)
  },
  (random, text) => {
    const i = at(random, text)
    return text.slice(0, i) + random.pick(HOSTILE)(random) + text.slice(i)
  },
  (random, text) => {
    const i = at(random, text)
    return text.slice(0, i) + text.slice(i + random.size(4096))
  },
  (random, text, _pool, max) => {
    const i = at(random, text)
    return text.slice(0, i) + repeatTo(sliceOf(random, text), random.size(1 << 20), max) + text.slice(i)
  },
  (random, text, pool, max) => {
    const i = at(random, text)
    return text.slice(0, i) + repeatTo(sliceOf(random, random.pick(pool)), random.size(1 << 20), max) + text.slice(i)
  },
  (random, text, pool) => {
    const other = random.pick(pool)
    return text.slice(0, at(random, text)) + other.slice(at(random, other))
  },
  (random, text, _pool, max) => {
    const lines = text.split('\n')
    return random.pick(LINE_MUTATIONS)(random, lines, max).join('\n')
  },
  (random, text, _pool, max) => mutateJson(random, text, max) ?? text + random.pick(HOSTILE)(random),
  (random, text) => text.replace(/\d+/, () => random.pick(['0', '-1', '99999999999999999999', '4294967296', '256', '1e3', ''])),
  (random, text) => {
    const i = at(random, text)
    const j = i + random.size(256)
    return text.slice(0, i) + (random.chance(0.5) ? text.slice(i, j).toUpperCase() : text.slice(i, j).toLowerCase()) + text.slice(j)
  },
  (random, text) => text.replace(/\n/g, random.pick(['\r\n', '\r', '\n\n', '\u2028', '\0\n'])),
  (_random, text, pool, max) => repeatTo(text, 8, max) || pool[0] || '',
]

/** mutateText applies one to four random mutations to a text (`pool`: other real inputs to splice in), keeping it at most `max`
 * long; for a JSON document (`json`), most of them change its structure. */
export function mutateText(random: Random, text: string, pool: readonly string[], max: number, json = false): string {
  let result = text
  const rounds = random.between(1, 4)
  for (let round = 0; round < rounds; round++) {
    const structural = json && random.chance(0.8) ? mutateJson(random, result, max) : null
    result = structural ?? random.pick(TEXT_MUTATIONS)(random, result, pool.length > 0 ? pool : [''], max)
    if (result.length > max) result = result.slice(0, max)
  }
  return result
}

const INTERESTING_BYTES = [0, 1, 2, 4, 6, 0x0f, 0x10, 0x20, 0x35, 0x36, 0x3f, 0x40, 0x63, 0x7f, 0x80, 0x81, 0xfe, 0xff]

function randomBytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({length}, () => random.int(256))
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    result.set(part, offset)
    offset += part.length
  }
  return result
}

const BYTE_MUTATIONS: ((random: Random, bytes: Uint8Array, pool: readonly Uint8Array[], max: number) => Uint8Array)[] = [
  (random, bytes) => bytes.slice(0, at(random, bytes)),
  (random, bytes) => {
    const copy = bytes.slice()
    const at = random.int(copy.length)
    if (copy.length > 0) copy[at] = copy[at]! ^ (1 << random.int(8))
    return copy
  },
  (random, bytes) => {
    const copy = bytes.slice()
    for (let n = random.size(16); n > 0 && copy.length > 0; n--) copy[random.int(copy.length)] = random.pick(INTERESTING_BYTES)
    return copy
  },
  (random, bytes) => {
    const i = at(random, bytes)
    return concat(bytes.subarray(0, i), randomBytes(random, random.size(512)), bytes.subarray(i))
  },
  (random, bytes) => {
    const i = at(random, bytes)
    return concat(bytes.subarray(0, i), bytes.subarray(i + random.size(256)))
  },
  (random, bytes, _pool, max) => {
    const i = at(random, bytes)
    const piece = bytes.subarray(i, i + random.size(64))
    const times = piece.length === 0 ? 0 : Math.min(random.size(1 << 16), Math.floor(max / piece.length))
    return concat(bytes.subarray(0, i), ...Array.from({length: times}, () => piece), bytes.subarray(i))
  },
  (random, bytes, pool) => {
    const other = random.pick(pool)
    return concat(bytes.subarray(0, at(random, bytes)), other.subarray(at(random, other)))
  },
  (random, bytes) => concat(bytes, random.chance(0.5) ? new Uint8Array(random.size(4096)) : randomBytes(random, random.size(4096))),
  (random, bytes) => {
    const copy = bytes.slice()
    const i = random.int(copy.length)
    copy.set(randomBytes(random, Math.min(random.size(32), copy.length - i)), i)
    return copy
  },
]

/** mutateBytes applies one to four random mutations to bytes (`pool`: other real inputs to splice in), keeping them at most `max` long. */
export function mutateBytes(random: Random, bytes: Uint8Array, pool: readonly Uint8Array[], max: number): Uint8Array {
  let result = bytes
  const rounds = random.between(1, 4)
  for (let round = 0; round < rounds; round++) {
    result = random.pick(BYTE_MUTATIONS)(random, result, pool.length > 0 ? pool : [new Uint8Array()], max)
    if (result.length > max) result = result.slice(0, max)
  }
  return result
}

/** mutate mutates text or bytes with the mutations of their kind (`json`: text that is a JSON document). */
export function mutate(random: Random, input: FuzzInput, pool: readonly FuzzInput[], max: number, json = false): FuzzInput {
  if (typeof input === 'string')
    return mutateText(
      random,
      input,
      pool.filter((seed): seed is string => typeof seed === 'string'),
      max,
      json,
    )
  return mutateBytes(
    random,
    input,
    pool.filter((seed): seed is Uint8Array => typeof seed !== 'string'),
    max,
  )
}
