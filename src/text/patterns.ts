// Regular expressions built from words that come from elsewhere: port names, log keywords, values to mask.

/** escapeRegExp makes text match itself literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** wholeNamePattern matches any of `names` (port names, PCI addresses, drivers) standing alone, not inside a longer name, address or word. */
export function wholeNamePattern(names: Iterable<string>): RegExp {
  return new RegExp(`(^|[^\\w.:-])(${[...names].map(escapeRegExp).join('|')})($|[^\\w-])`)
}
