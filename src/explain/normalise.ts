// Strips what surrounds a message in a log (timestamps, syslog host and tag, PIDs, `kernel:`, Xorg and NetworkManager markers).

const pri = /^<\d{1,3}>/
const bsdStamp = /^[A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d(?:\.\d+)?\s+/
const isoStamp = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|\s?[+-]\d\d:?\d\d)?\s+/
const logreadStamp = /^[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d \d{4}\s+/ // OpenWrt logread: Tue Aug  6 00:06:27 2019
// A host (or OpenWrt's facility.level) and a tag; the host never has brackets, so `pppd[536]: LCP: …` keeps its `LCP:`.
const hostAndTag = /^[^\s[\]]+\s+[\w.\-@/()]+(?:\[\d+\])?:\s+/
const eximId = /^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}\s+/
const markers = [
  /^\[\s*\d+\.\d+\]\s*/, // dmesg and Xorg: [   12.345678]
  /^\[[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d \d{4}\]\s*/, // dmesg -T
  /^\((?:EE|WW|II|NI|--|==|\*\*|\+\+|!!|\?\?)\)\s*/, // Xorg: (EE) error, (WW) warning…
  /^kernel:\s*/,
  /^[\w.\-@/()]+\[\d+\]:\s+/, // a program tag with its PID, e.g. dhcpcd[611]: (PIDs say nothing about the problem)
  /^<(?:info|warn|error|err|debug|trace)>\s+(?:\[\d+(?:\.\d+)?\]\s+)?/, // NetworkManager: <warn>  [1709456400.1234]
]

function stripOnce(line: string): string {
  for (const marker of markers) {
    const match = marker.exec(line)
    if (match) return line.slice(match[0].length)
  }
  return line
}

/** normaliseLine returns the message itself, without the log's prefixes, for the catalog's patterns to match. */
export function normaliseLine(line: string): string {
  let text = line.trim().replace(pri, '')
  const stamp = bsdStamp.exec(text) ?? logreadStamp.exec(text) ?? isoStamp.exec(text)
  if (stamp) {
    text = text.slice(stamp[0].length)
    const exim = eximId.exec(text)
    if (exim) text = text.slice(exim[0].length)
    else text = text.replace(hostAndTag, '')
  }
  for (let round = 0; round < 4; round++) {
    const stripped = stripOnce(text)
    if (stripped === text) break
    text = stripped
  }
  return text
}
