// Parses `ethtool <port>` for the fastest link mode the port supports.

/** parseEthtoolMaxSpeed returns the highest speed in "Supported link modes", in Mb/s, or null. */
export function parseEthtoolMaxSpeed(text: string): number | null {
  const start = text.indexOf('Supported link modes:')
  if (start === -1) return null
  const block: string[] = []
  for (const line of text.slice(start + 'Supported link modes:'.length).split('\n')) {
    if (block.length > 0 && /^\s*\S[^:]*:/.test(line)) break
    block.push(line)
  }
  let fastest: number | null = null
  for (const match of block.join(' ').matchAll(/(?<!\d)(\d+)base/g)) fastest = Math.max(fastest ?? 0, Number(match[1]))
  return fastest
}
