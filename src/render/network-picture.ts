// A simple picture of this machine, its ports, the router and the target, as an inline SVG for the HTML report.
import type {FullReport} from '../report/full-report.js'
import type {StepStatus} from '../report/why-no-ping-report.js'
import type {InterfaceRow} from '../report/nics-report.js'
import {linkWord} from './nics.js'

type Tone = 'ok' | 'failed' | 'unknown'

const toneColors: Record<Tone, string> = {ok: '#2e7d32', failed: '#c62828', unknown: '#8a8a8a'}
const lineDash: Record<Tone, string> = {ok: '', failed: ' stroke-dasharray="8 5"', unknown: ' stroke-dasharray="2 5"'}

/** escapeXml makes text safe inside SVG and HTML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function toneOfStep(status: StepStatus | undefined): Tone {
  return status === 'ok' ? 'ok' : status === 'failed' ? 'failed' : 'unknown'
}

function toneOfPort(port: InterfaceRow): Tone {
  return port.carrier === true ? 'ok' : port.carrier === false ? 'failed' : 'unknown'
}

function box(x: number, y: number, width: number, height: number, tone: Tone, title: string, lines: string[]): string {
  const text = [title, ...lines]
    .map((line, index) => `<text x="${x + 12}" y="${y + 24 + index * 18}" font-size="${index === 0 ? 15 : 12}"${index === 0 ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`)
    .join('')
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="#fff" stroke="${toneColors[tone]}" stroke-width="2.5"/>${text}`
}

function line(x1: number, y1: number, x2: number, y2: number, tone: Tone, label: string): string {
  const mid = (x1 + x2) / 2
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${toneColors[tone]}" stroke-width="3"${lineDash[tone]}/>` +
    `<text x="${mid}" y="${Math.min(y1, y2) - 8}" font-size="11" text-anchor="middle" fill="${toneColors[tone]}">${escapeXml(label)}</text>`
}

/** networkSummary says in one line per hop what the picture shows, for the Markdown report. */
export function networkSummary(report: FullReport): string[] {
  const ports = (report.nics?.interfaces ?? []).map(port => `${port.name ?? '(none)'} (${port.kind}): ${linkWord(port)}`)
  const lines = [`this machine: ${ports.length > 0 ? ports.join(', ') : 'no network ports'}`]
  const gateway = report.whyNoPing?.path.find(step => step.step === 'gateway')
  lines.push(report.router ? `router ${report.router.address} via ${report.router.port}: ${gateway ? gateway.status : 'not probed'}` : 'router: no default route')
  const target = report.whyNoPing?.path.find(step => step.step === 'target')
  if (report.whyNoPing && target) lines.push(`${report.whyNoPing.target}: ${target.status}${target.detail ? `, ${target.detail}` : ''}`)
  return lines
}

/** networkPicture draws the machine with a row per port, the router its default route leads to, and the target when one was probed. */
export function networkPicture(report: FullReport): string {
  const ports = report.nics?.interfaces ?? []
  const steps = new Map((report.whyNoPing?.path ?? []).map(step => [step.step, step]))
  const pathPort = steps.get('port')?.label.replace(/^port /, '') ?? report.router?.port ?? null
  const machineHeight = 56 + Math.max(1, ports.length) * 30
  const height = Math.max(machineHeight, 110) + 40
  const machine = steps.get('machine')
  const parts = [box(20, 20, 280, machineHeight, toneOfStep(machine?.status ?? 'ok'), 'This machine', [machine?.detail ?? ''])]
  ports.forEach((port, index) => {
    const y = 62 + index * 30
    const tone = toneOfPort(port)
    parts.push(
      `<rect x="190" y="${y}" width="100" height="22" rx="4" fill="${toneColors[tone]}"/>` +
        `<text x="240" y="${y + 15}" font-size="11" text-anchor="middle" fill="#fff">${escapeXml(linkWord(port))}</text>` +
        `<text x="34" y="${y + 15}" font-size="12">${escapeXml(`${port.name ?? '(none)'} · ${port.kind}`)}</text>`,
    )
  })
  const portIndex = Math.max(0, ports.findIndex(port => port.name === pathPort))
  const portY = 73 + portIndex * 30
  const routerY = Math.max(20, portY - 35)
  const gateway = steps.get('gateway')
  const portTone = ports[portIndex] ? toneOfPort(ports[portIndex]!) : 'unknown'
  const routerTone: Tone = gateway ? toneOfStep(gateway.status) : portTone === 'failed' ? 'failed' : 'unknown'
  const routerLines = [report.router?.address ?? 'no default route', gateway ? gateway.status : 'not probed']
  parts.push(line(290, portY, 400, portY, portTone === 'failed' ? 'failed' : routerTone, pathPort ?? ''))
  parts.push(box(400, routerY, 170, 70, routerTone, 'Router', routerLines))
  const target = steps.get('target')
  if (report.whyNoPing && target) {
    const tone = toneOfStep(target.status)
    parts.push(line(570, portY, 640, portY, tone, ''))
    parts.push(box(640, routerY, 170, 70, tone, report.whyNoPing.target, [target.status, report.whyNoPing.address ?? '']))
  }
  return `<svg role="img" aria-label="This machine, its ports, the router and the target" width="830" height="${height}" viewBox="0 0 830 ${height}" font-family="DejaVu Sans, Arial, sans-serif">${parts.join('')}</svg>`
}
