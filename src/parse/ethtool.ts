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
  const speeds = [...block.join(' ').matchAll(/(\d+)base/g)].map(match => Number(match[1]))
  return speeds.length > 0 ? Math.max(...speeds) : null
}
