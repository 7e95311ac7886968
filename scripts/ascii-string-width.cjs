// string-width for cli-table3, with a shortcut: printable ASCII is as wide as it is long. cli-table3 measures every line
// of every cell several times, and string-width's emoji regex made that most of the time a table takes to draw.
'use strict'
const stringWidth = require('string-width')

module.exports = text => (typeof text === 'string' && /^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text))
