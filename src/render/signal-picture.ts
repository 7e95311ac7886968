// A Wi-Fi signal as a picture: five bars filled by strength (-50, -60, -67, -70, -80 dBm and better), as text for the terminal
// and Markdown, and as an inline SVG for the HTML report (no script, no external file).
import {escapeHtml} from './markup.js'

const STEPS = [-80, -70, -67, -60, -50]

/** signalBars is how many of five bars a signal fills, 0 when unknown or weaker than -80 dBm. */
export function signalBars(dbm: number | null): number {
  return dbm === null ? 0 : STEPS.filter(step => dbm >= step).length
}

/** signalWord names a signal's strength: good from -67 dBm, fair to -70, weak to -80, very weak below. */
export function signalWord(dbm: number | null): string {
  if (dbm === null) return 'not reported'
  return dbm >= -67 ? 'good' : dbm >= -70 ? 'fair' : dbm >= -80 ? 'weak' : 'very weak'
}

/** signalWords is the signal as text: `[####-] -61 dBm, good`. */
export function signalWords(dbm: number | null): string {
  if (dbm === null) return '[?????] not reported'
  const bars = signalBars(dbm)
  return `[${'#'.repeat(bars)}${'-'.repeat(5 - bars)}] ${dbm} dBm, ${signalWord(dbm)}`
}

/** signalSvg draws the bars, coloured by strength, with the port, dBm and word beside them. */
export function signalSvg(port: string, dbm: number | null, band: string | null): string {
  const bars = signalBars(dbm)
  const colour = dbm === null ? '#8a8a8a' : dbm >= -67 ? '#2e7d32' : dbm >= -70 ? '#8a6d00' : '#c62828'
  const rects = STEPS.map((_, index) => {
    const height = 8 + index * 8
    return `<rect x="${10 + index * 14}" y="${50 - height}" width="10" height="${height}" rx="2" fill="${index < bars ? colour : '#dddddd'}"/>`
  }).join('')
  const label = `${port}${band ? `, ${band}` : ''}: ${dbm === null ? 'signal not reported' : `${dbm} dBm, ${signalWord(dbm)}`}`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="60" role="img" aria-label="${escapeHtml(label)}">${rects}<text x="90" y="40" font-size="15" fill="#222">${escapeHtml(label)}</text></svg>`
}
