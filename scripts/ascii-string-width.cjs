// string-width for cli-table3, with a shortcut: printable ASCII is as wide as it is long. cli-table3 measures every line
// of every cell several times, and string-width's emoji regex made that most of the time a table takes to draw.
'use strict'

/** ONE_COLUMN_EACH matches text whose every character string-width counts as one column: printable ASCII, and the ellipsis
 * cli-table3 ends a cut cell with (measured for every cell; it alone made a start build the emoji regex). */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u2026]*$/

/** stringWidth is string-width itself, required the first time a text needs it. */
let stringWidth

module.exports = text =>
  typeof text === 'string' && ONE_COLUMN_EACH.test(text) ? text.length : (stringWidth ??= require('string-width'))(text)
