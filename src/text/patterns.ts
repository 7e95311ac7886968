// Matching words that come from elsewhere (port names, log keywords, values to mask): regular expressions built from them, and
// a whole-name test that builds none.

/** escapeRegExp makes text match itself literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** standsAlone tells whether `name` occurs in `text` at `at` with no name, address or word character joined to it: none of
 * letters, digits, _ . : - before it, none of letters, digits, _ - after it. */
function standsAlone(text: string, at: number, name: string): boolean {
  const before = at > 0 ? text[at - 1]! : ''
  const after = text[at + name.length] ?? ''
  return !/[\w.:-]/.test(before) && !/[\w-]/.test(after)
}

/** wholeNameTest tells whether a text names any of `names` (port names, PCI addresses, drivers) standing alone, not inside a longer
 * name, address or word. No regular expression is built from the names, so a name of any length (a hostile snapshot's) works. */
export function wholeNameTest(names: Iterable<string>): (text: string) => boolean {
  const wanted = [...names].filter(name => name !== '')
  return text =>
    wanted.some(name => {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) if (standsAlone(text, at, name)) return true
      return false
    })
}
