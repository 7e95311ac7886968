// Whether output may carry colour: never when piped or when NO_COLOR is set.

/** colorEnabled tells whether ANSI colour may be written to stdout. */
export function colorEnabled(stream: {isTTY?: boolean} = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false
  if (process.env.FORCE_COLOR === '0') return false
  return Boolean(stream.isTTY)
}

const codes = {red: 31, yellow: 33, green: 32, dim: 2, bold: 1} as const

/** paint wraps text in an ANSI colour when colour is enabled, else returns it unchanged. */
export function paint(text: string, color: keyof typeof codes): string {
  return colorEnabled() ? `\u001b[${codes[color]}m${text}\u001b[0m` : text
}
