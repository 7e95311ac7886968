// A simple picture of this machine, its ports, the router and the target: an inline SVG for the HTML report, and the same in words for Markdown.
import type {FullReport} from '../report/full-report.js'
import type {StepStatus} from '../capabilities/ping/report.js'
import type {InterfaceRow} from '../capabilities/nics/report.js'
import {gatewayWords} from '../capabilities/lan/render.js'
import {escapeHtml} from './markup.js'
import {linkWord} from '../capabilities/nics/render.js'

type Tone = 'ok' | 'failed' | 'unknown'

const toneColors: Record<Tone, string> = {ok: '#2e7d32', failed: '#c62828', unknown: '#8a8a8a'}
const lineDash: Record<Tone, string> = {ok: '', failed: ' stroke-dasharray="8 5"', unknown: ' stroke-dasharray="2 5"'}

function toneOfStep(status: StepStatus | undefined): Tone {
  return status === 'ok' ? 'ok' : status === 'failed' ? 'failed' : 'unknown'
}

function toneOfPort(port: InterfaceRow): Tone {
  return port.carrier === true ? 'ok' : port.carrier === false ? 'failed' : 'unknown'
}

function box(x: number, y: number, width: number, height: number, tone: Tone, title: string, lines: string[]): string {
  const text = [title, ...lines]
    .map(
      (line, index) =>
        `<text x="${x + 12}" y="${y + 24 + index * 18}" font-size="${index === 0 ? 15 : 12}"${index === 0 ? ' font-weight="bold"' : ''}>${escapeHtml(line)}</text>`,
    )
    .join('')
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="#fff" stroke="${toneColors[tone]}" stroke-width="2.5"/>${text}`
}

function line(x1: number, y1: number, x2: number, y2: number, tone: Tone, label: string): string {
  const mid = (x1 + x2) / 2
  return (
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${toneColors[tone]}" stroke-width="3"${lineDash[tone]}/>` +
    `<text x="${mid}" y="${Math.min(y1, y2) - 8}" font-size="11" text-anchor="middle" fill="${toneColors[tone]}">${escapeHtml(label)}</text>`
  )
}

/** RouterFact is what the report knows of the router: whether it is on the path to the target, and what it said, in the text's words. */
interface RouterFact {
  onPath: boolean
  tone: Tone
  /** status is the short word the picture shows: ok, failed, answers, does NOT answer, not checked, not on this path. */
  status: string
  /** detail is the rest of the fact, as the path or the LAN section words it ('' when there is none). */
  detail: string
}

/** routerFact reads the router from the facts the report's text shows: why-no-ping's gateway step when it decided (or found the router
 * not on the path), else the LAN section's check of the same gateway, else the step's own "not checked", else nothing: "not checked". */
function routerFact(report: FullReport): RouterFact {
  const step = report.whyNoPing?.path.find(candidate => candidate.step === 'gateway')
  if (step?.status === 'not used') return {onPath: false, tone: 'unknown', status: 'not on this path', detail: step.detail}
  if (step?.status === 'ok' || step?.status === 'failed')
    return {onPath: true, tone: toneOfStep(step.status), status: step.status, detail: step.detail}
  const checked = report.lan?.lan.gateway
  const answers = checked && checked.address === report.router?.address ? checked.answers : null
  if (answers !== null) return {onPath: true, tone: answers ? 'ok' : 'failed', status: gatewayWords(answers), detail: ''}
  return {onPath: true, tone: 'unknown', status: 'not checked', detail: step?.detail ?? ''}
}

function words(status: string, detail: string): string {
  return detail ? `${status}, ${detail}` : status
}

/** pathPortName is the port the picture draws the path from: why-no-ping's port step, else the default route's. */
function pathPortName(report: FullReport): string | null {
  const step = report.whyNoPing?.path.find(candidate => candidate.step === 'port')
  return step && step.label.startsWith('port ') ? step.label.slice('port '.length) : (report.router?.port ?? null)
}

/** networkSummary says in one line per hop what the picture shows, for the Markdown report: the router before the target when the path
 * goes through it, else the target straight from the port and the router aside. Plain words: the Markdown renderer escapes them. */
export function networkSummary(report: FullReport): string[] {
  const ports = (report.nics?.interfaces ?? []).map(port => `${port.name ?? '(none)'} (${port.kind}): ${linkWord(port)}`)
  const machine = `this machine: ${ports.length > 0 ? ports.join(', ') : 'no network ports'}`
  const router = routerFact(report)
  const routerLine = report.router
    ? `router ${report.router.address} via ${report.router.port}: ${words(router.status, router.detail)}`
    : 'router: no default route'
  const target = report.whyNoPing?.path.find(step => step.step === 'target')
  if (!report.whyNoPing || !target) return [machine, routerLine]
  const reached = words(target.status, target.detail)
  if (router.onPath) return [machine, routerLine, `${report.whyNoPing.target}: ${reached}`]
  return [machine, `${report.whyNoPing.target}, straight from ${pathPortName(report) ?? 'its port'}: ${reached}`, routerLine]
}

function hop(name: 'machine' | 'router' | 'target', svg: string): string {
  return `<g data-hop="${name}">${svg}</g>`
}

function link(from: 'machine' | 'router', to: 'router' | 'target', svg: string): string {
  return `<g data-from="${from}" data-to="${to}">${svg}</g>`
}

/** networkPicture draws the machine with a row per port, then the path: port → router → target, or, when the target is on the local
 * subnet, port → target with the router drawn aside, unconnected. Its words are networkSummary's, escaped (of a report the HTML
 * renderer made printable). */
export function networkPicture(report: FullReport): string {
  const ports = report.nics?.interfaces ?? []
  const steps = new Map((report.whyNoPing?.path ?? []).map(step => [step.step, step]))
  const pathPort = pathPortName(report)
  const machineHeight = 56 + Math.max(1, ports.length) * 30
  const height = Math.max(machineHeight, 110) + 40
  const machine = steps.get('machine')
  const parts = [
    hop('machine', box(20, 20, 280, machineHeight, toneOfStep(machine?.status ?? 'ok'), 'This machine', [machine?.detail ?? ''])),
  ]
  ports.forEach((port, index) => {
    const y = 62 + index * 30
    const tone = toneOfPort(port)
    parts.push(
      `<rect x="190" y="${y}" width="100" height="22" rx="4" fill="${toneColors[tone]}"/>` +
        `<text x="240" y="${y + 15}" font-size="11" text-anchor="middle" fill="#fff">${escapeHtml(linkWord(port))}</text>` +
        `<text x="34" y="${y + 15}" font-size="12">${escapeHtml(`${port.name ?? '(none)'} · ${port.kind}`)}</text>`,
    )
  })
  const portIndex = Math.max(
    0,
    ports.findIndex(port => port.name === pathPort),
  )
  const portY = 73 + portIndex * 30
  const hopY = Math.max(20, portY - 35)
  const portTone = ports[portIndex] ? toneOfPort(ports[portIndex]!) : 'unknown'
  const router = routerFact(report)
  const routerBox = (x: number) =>
    hop('router', box(x, hopY, 170, 70, router.tone, 'Router', [report.router?.address ?? 'no default route', router.status]))
  const target = steps.get('target')
  const targetTone = toneOfStep(target?.status)
  const targetBox = (x: number) =>
    hop('target', box(x, hopY, 170, 70, targetTone, report.whyNoPing!.target, [target!.status, report.whyNoPing!.address ?? '']))
  if (router.onPath || !report.whyNoPing || !target) {
    parts.push(
      link('machine', 'router', line(290, portY, 400, portY, portTone === 'failed' ? 'failed' : router.tone, pathPort ?? '')),
      routerBox(400),
    )
    if (report.whyNoPing && target) parts.push(link('router', 'target', line(570, portY, 640, portY, targetTone, '')), targetBox(640))
  } else {
    parts.push(
      link('machine', 'target', line(290, portY, 400, portY, portTone === 'failed' ? 'failed' : targetTone, pathPort ?? '')),
      targetBox(400),
      routerBox(640),
    )
  }
  const label = router.onPath
    ? 'This machine, its ports, the router and the target'
    : 'This machine, its ports and the target on the local subnet; the router is not on this path'
  return `<svg role="img" aria-label="${escapeHtml(label)}" width="830" height="${height}" viewBox="0 0 830 ${height}" font-family="DejaVu Sans, Arial, sans-serif">${parts.join('')}</svg>`
}
