// Checks a --from file's parsed JSON against bounds no real snapshot comes near, before the schema sees it: no key that names
// a prototype (__proto__, constructor, prototype), no deep nesting, no huge list, no huge text. One walk, with its own stack.

/** MAX_DEPTH bounds nesting: a real snapshot nests about 6 levels (lan.sweep.hosts.0.address). */
export const MAX_DEPTH = 64

/** MAX_ITEMS bounds a list: the longest in a real snapshot (a sweep's hosts, a neighbour table) hold a few thousand. */
export const MAX_ITEMS = 100_000

/** MAX_TEXT bounds a string: the longest a collector keeps is an X log's last million characters. */
export const MAX_TEXT = 4 * 1024 * 1024

/** FORBIDDEN_KEYS name an object's prototype machinery: netdoc never writes them, and code that merges objects can be made to
 * change every object through them (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

interface Place {
  value: unknown
  depth: number
  parent: Place | null
  key: string
}

/** pathSegment writes one key of a place in a file (lan.sweep.vendors."b8:27:eb"): a plain name as it is, any other quoted as
 * JSON and cut to 40 characters, so a key from the file cannot break the one-line message or make it huge. */
export function pathSegment(key: PropertyKey): string {
  const text = String(key)
  if (/^[\w-]{1,40}$/.test(text)) return text
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

function where(place: Place): string {
  const keys: string[] = []
  for (let at: Place | null = place; at !== null && at.parent !== null; at = at.parent) keys.push(at.key)
  if (keys.length === 0) return 'the top level'
  const shown = keys.reverse()
  return shown.length > 8 ? `${shown.slice(0, 8).join('.')}.…` : shown.join('.')
}

/** jsonBoundsProblem walks a parsed JSON value and returns the first bound it breaks, in words (null: within every bound). */
export function jsonBoundsProblem(value: unknown): string | null {
  const stack: Place[] = [{value, depth: 0, parent: null, key: ''}]
  while (stack.length > 0) {
    const place = stack.pop()!
    const node = place.value
    if (typeof node === 'string') {
      if (node.length > MAX_TEXT)
        return `a text of ${node.length} characters at ${where(place)}, longer than any netdoc snapshot holds (at most ${MAX_TEXT})`
      continue
    }
    if (typeof node !== 'object' || node === null) continue
    if (place.depth >= MAX_DEPTH)
      return `it nests deeper than ${MAX_DEPTH} levels (at ${where(place)}), far deeper than any netdoc snapshot`
    if (Array.isArray(node)) {
      if (node.length > MAX_ITEMS)
        return `a list of ${node.length} items at ${where(place)}, more than any netdoc snapshot holds (at most ${MAX_ITEMS})`
      for (let index = node.length - 1; index >= 0; index--)
        stack.push({value: node[index], depth: place.depth + 1, parent: place, key: String(index)})
      continue
    }
    const keys = Object.keys(node)
    for (const key of keys) {
      const child: Place = {value: undefined, depth: place.depth + 1, parent: place, key: pathSegment(key)}
      if (FORBIDDEN_KEYS.has(key))
        return `it has a key named ${JSON.stringify(key)} (at ${where(child)}), which no netdoc snapshot has: such keys are used to attack programs`
    }
    for (let index = keys.length - 1; index >= 0; index--)
      stack.push({
        value: (node as Record<string, unknown>)[keys[index]!],
        depth: place.depth + 1,
        parent: place,
        key: pathSegment(keys[index]!),
      })
  }
  return null
}
