// The human view of `netdoc caps`: the verdict, then the program's files, the process's sets and the user's login, then the other
// findings and what was not checked.
import {CAPABILITY_NAMES} from '../../explain/capabilities.js'
import {renderFinding, severityLabel} from '../../render/findings.js'
import type {CapsReport} from './report.js'

/** names lists a set's capabilities; a set holding most of them is written as what it lacks (`all but cap_sys_resource`). */
function names(set: {names: string[]} | null): string {
  if (set === null) return 'unknown'
  if (set.names.length === 0) return 'none'
  if (set.names.length < CAPABILITY_NAMES.length - 8) return set.names.join(',')
  const missing = CAPABILITY_NAMES.filter(name => !set.names.includes(name))
  return missing.length === 0 ? `all ${CAPABILITY_NAMES.length}` : `all but ${missing.join(',')}`
}

/** factLines are the facts as lines: for the human view and `netdoc report`. */
export function factLines(report: CapsReport): string[] {
  const lines: string[] = []
  if (report.needs.length > 0) lines.push(`The job ${report.request.job} needs: ${report.needs.join(', ')}`)
  if (report.program) {
    lines.push(
      `Program ${report.program.asked}${report.program.runs ? `, runs ${report.program.runs}` : ', the file that runs was not found'}:`,
    )
    for (const step of report.program.steps) {
      const owner = step.owner === null ? '' : ` owner ${step.owner}:${step.group} mode ${step.mode}`
      const caps =
        step.kind === 'symlink' ? '' : step.capsRead === 'unread' ? ' capabilities not read' : ` ${step.capabilities ?? 'no capabilities'}`
      const via = step.via ? ` (${step.kind}: ${step.via})` : step.kind === 'missing' ? ' (does not exist)' : ''
      const nosuid = step.mount?.nosuid ? ` (on ${step.mount.point}, mounted nosuid)` : ''
      lines.push(`  ${step.path}${via}${owner}${caps}${step.rootid ? ` [rootid=${step.rootid}]` : ''}${nosuid}`)
    }
  }
  if (report.process) {
    const process = report.process
    lines.push(
      `Process ${process.pid}${process.name ? ` (${process.name})` : ''}${process.source === 'parent' ? ', the shell that ran netdoc' : ''}:`,
    )
    if (process.sets === null) lines.push(`  ${process.problem ?? 'its status could not be read'}`)
    else {
      lines.push(`  uid ${process.uid.join(' ')}; NoNewPrivs ${process.noNewPrivs === null ? 'unknown' : process.noNewPrivs ? 1 : 0}`)
      for (const [label, value] of Object.entries(process.sets))
        lines.push(`  ${label.padEnd(12)} ${value?.mask ?? '(none)'}  ${names(value)}`)
    }
  }
  if (report.user) {
    const user = report.user
    lines.push(
      `User ${user.name}${user.found ? ` (uid ${user.uid}, groups ${user.groups.join(', ') || 'none'})` : ': not in /etc/passwd'}:`,
    )
    for (const service of user.pam)
      lines.push(
        `  PAM ${service.service}: ${service.pamCap ? `${service.pamCap} (${service.reached ? 'reached' : `not reached: ${service.endedBy ?? 'the stack ends before it'}`})` : 'no pam_cap.so'}`,
      )
    const conf = user.capabilityConf
    if (conf) lines.push(`  ${conf.path}: ${!conf.exists ? 'missing' : conf.match ? `${conf.match}` : 'no rule names this user'}`)
  }
  return lines
}

/** renderCaps lays out the report. */
export function renderCaps(report: CapsReport): string {
  const verdict = report.verdict
  const lines: string[] = verdict
    ? [`${severityLabel(verdict.severity)}  ${verdict.title}  [${verdict.id}]`]
    : ['No job named (--for backup|restore|ping|bind): the facts, and nothing wrong found in them.']
  lines.push('', ...factLines(report))
  if (verdict && verdict.evidence.length > 0) lines.push('', 'Evidence:', ...verdict.evidence.map(fact => `  - ${fact}`))
  if (verdict && verdict.next.length > 0) lines.push('', 'Next:', ...verdict.next.map(step => `  - ${step}`))
  const others = report.findings.slice(1)
  if (others.length > 0) lines.push('', 'Also found:', ...others.map(finding => renderFinding(finding)))
  if (report.notChecked.length > 0) lines.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  return lines.join('\n')
}
