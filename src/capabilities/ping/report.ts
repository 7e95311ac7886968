// Builds the `netdoc why-no-ping` report from a Snapshot: the verdict, every finding, the path picture, and every probe.
import type {Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {whyNoPingRules} from '../../../rules/why-no-ping.js'
import type {PingFacts, ProbeRecord} from './facts.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {answeredArp, arpSilence, askedBy, neighbourOf} from '../../views/arp-answers.js'
import {wideSubnetAround} from '../../views/local-subnets.js'
import {pingEvidence} from '../../views/ping-outcome.js'
import {describeRouteProbe, pathDev, targetRoute} from '../../views/target-route.js'
import {heldAddresses, portNamed, usablePorts} from '../../views/usable-ports.js'
import {addressOf, isIpv4, isLinkLocalIpv4} from '../../net/address.js'

/** UNDETERMINED_ID is the verdict when no rule could decide (the probes could not run, or --timeout left no time). */
export const UNDETERMINED_ID = 'netdoc.undetermined'

/** StepStatus marks one step of the path: it worked, it failed, it was not checked, or it is not on this path. */
export type StepStatus = 'ok' | 'failed' | 'not checked' | 'not used'

/** PathStep is one hop of the picture: this machine → its port → (DNS) → gateway → target. */
export interface PathStep {
  step: 'machine' | 'port' | 'dns' | 'gateway' | 'target'
  label: string
  status: StepStatus
  detail: string
}

/** WhyNoPingReport is exactly what `netdoc why-no-ping --json` prints. */
export interface WhyNoPingReport {
  target: string
  address: string | null
  verdict: Finding
  findings: Finding[]
  path: PathStep[]
  probes: ProbeRecord[]
  notChecked: Gap[]
}

/** undetermined is the verdict when the facts cannot decide: it says what was seen, what could not be checked, and what would decide. */
function undetermined(snapshot: Snapshot): Finding {
  const facts = snapshot.ping
  const seen: string[] = []
  const next: string[] = []
  if (facts) {
    seen.push(pingEvidence(facts))
    const route = targetRoute(facts)
    if (route) seen.push(describeRouteProbe(route))
    if (facts.address !== null) seen.push(...arpSilence(facts, facts.address))
    const wide = facts.address === null ? null : wideSubnetAround(facts.address, snapshot.nics)
    if (wide) {
      seen.push(
        `${facts.address} lies in this machine's subnet ${wide.cidr} on ${wide.dev}, which is wider than a home LAN's /24, but outside the /24 of this machine's own address ${wide.address}: it may be switched off, or be behind the router with this machine's netmask too wide`,
      )
      next.push(
        `Compare the netmask with the router's: \`netdoc lan\` shows what the router hands out; on a /24 LAN the address is ${wide.address}/24.`,
      )
    }
  }
  const gaps = snapshot.gaps.filter(gap => gap.section === undefined || gap.section === 'nics' || gap.section === 'ping')
  return {
    id: UNDETERMINED_ID,
    severity: 'warning',
    title: `netdoc could not decide why ${facts?.target.input ?? 'the target'} does not answer`,
    evidence: [
      ...seen,
      ...(gaps.length > 0
        ? gaps.map(gap => `not checked: ${gap.fact}: ${gap.reason}`)
        : seen.length === 0
          ? ['no probe gave a decisive answer']
          : []),
    ],
    next: [
      ...next,
      'Run it again as root (sudo), with every tool installed, and with a longer --timeout, so that every probe can run.',
      'Add --verbose to see every probe.',
    ],
  }
}

function machineStep(snapshot: Snapshot): PathStep {
  const ports = usablePorts(snapshot.nics)
  const target = snapshot.ping?.address ?? null
  const ipv6 = target !== null && !isIpv4(target)
  const held = heldAddresses(snapshot.nics, ipv6 ? 'ipv6' : 'ipv4')
  if (held.length > 0) return {step: 'machine', label: 'this machine', status: 'ok', detail: held.join(', ')}
  const linkLocal = ipv6
    ? []
    : ports.flatMap(port => port.addresses.filter(a => isLinkLocalIpv4(addressOf(a))).map(a => `${a} on ${port.name}`))
  const detail =
    linkLocal.length > 0
      ? `only self-assigned ${linkLocal.join(', ')}`
      : ports.length > 0
        ? `no ${ipv6 ? 'IPv6 address beyond the link (fe80::)' : 'IPv4 address'}`
        : 'no port with link'
  return {step: 'machine', label: 'this machine', status: 'failed', detail}
}

function portStep(snapshot: Snapshot): PathStep {
  const dev = pathDev(snapshot)
  const port = portNamed(snapshot.nics, dev)
  if (!port) return {step: 'port', label: 'its port', status: 'not checked', detail: 'no route names a port'}
  const label = `port ${port.name}`
  if (port.carrier === true) return {step: 'port', label, status: 'ok', detail: 'link up'}
  if (port.carrier === false) return {step: 'port', label, status: 'failed', detail: 'no link (cable out?)'}
  return {
    step: 'port',
    label,
    status: port.adminUp === false ? 'failed' : 'not checked',
    detail: port.adminUp === false ? 'switched off' : 'link unknown',
  }
}

function dnsStep(facts: PingFacts): PathStep | null {
  const resolution = facts.resolution
  if (!resolution) return null
  if (resolution.source === 'hosts')
    return {step: 'dns', label: 'name', status: 'ok', detail: `${resolution.name} → ${resolution.addresses.join(', ')} (from /etc/hosts)`}
  if (resolution.source === 'dns') {
    const answer = resolution.answers.find(a => a.outcome === 'answered')
    return {
      step: 'dns',
      label: 'DNS',
      status: 'ok',
      detail: `${answer?.name ?? resolution.name} → ${resolution.addresses.join(', ')} (${answer?.server ?? '?'}, ${answer?.ms ?? '?'} ms)`,
    }
  }
  const denied = resolution.answers.find(a => a.outcome === 'nxdomain' || a.outcome === 'no-data')
  if (denied) return {step: 'dns', label: 'DNS', status: 'failed', detail: `${denied.server}: no such name ${denied.name}`}
  return {
    step: 'dns',
    label: 'DNS',
    status: 'failed',
    detail: resolution.servers.length > 0 ? `no answer from ${resolution.servers.join(', ')}` : 'no DNS server configured',
  }
}

function gatewayStep(facts: PingFacts): PathStep {
  const route = targetRoute(facts) ?? facts.routes.find(r => r.route?.gateway) ?? null
  if (route && route.route === null)
    return {step: 'gateway', label: 'gateway', status: 'failed', detail: `no route (${route.error ?? 'none'})`}
  if (route?.route && route.route.gateway === null)
    return {step: 'gateway', label: 'gateway', status: 'not used', detail: `${route.to} is on the local subnet`}
  const gateway = route?.route?.gateway ?? null
  if (gateway === null)
    return {
      step: 'gateway',
      label: 'gateway',
      status: 'not checked',
      detail: facts.address === null ? "the target's address is unknown" : 'no route was asked',
    }
  const label = `gateway ${gateway}`
  const macs = answeredArp(facts, gateway)
  if (macs.length > 0) return {step: 'gateway', label, status: 'ok', detail: `answers ARP (${macs.join(', ')})`}
  if (facts.ping?.outcome === 'reply') return {step: 'gateway', label, status: 'ok', detail: 'forwards (the target answers)'}
  if (arpSilence(facts, gateway).length > 0) return {step: 'gateway', label, status: 'failed', detail: `no ${askedBy(gateway)} reply`}
  const neighbour = neighbourOf(facts, gateway)
  if (neighbour?.mac) return {step: 'gateway', label, status: 'ok', detail: `${neighbour.state} at ${neighbour.mac} (neighbour table)`}
  return {step: 'gateway', label, status: 'not checked', detail: `${askedBy(gateway)} could not be asked`}
}

function targetStep(facts: PingFacts): PathStep {
  const label =
    facts.address && facts.address !== facts.target.input
      ? `target ${facts.target.input} (${facts.address})`
      : `target ${facts.target.input}`
  const ping = facts.ping
  if (facts.address === null) return {step: 'target', label, status: 'not checked', detail: 'no address to probe'}
  if (!ping) return {step: 'target', label, status: 'not checked', detail: 'ping did not run'}
  if (ping.outcome === 'reply')
    return {step: 'target', label, status: 'ok', detail: `answers ping${ping.rtt ? ` (${ping.rtt.avgMs} ms)` : ''}`}
  if (ping.outcome === 'not-permitted' || ping.outcome === 'missing')
    return {step: 'target', label, status: 'not checked', detail: `ping ${ping.outcome === 'missing' ? 'is missing' : 'not permitted'}`}
  const macs = answeredArp(facts, facts.address)
  const answered = facts.tcp.filter(p => p.outcome === 'open' || p.outcome === 'refused').map(p => p.port)
  const presence = [
    macs.length > 0 ? `answers ARP (${macs.join(', ')})` : '',
    answered.length > 0 ? `answers TCP ${answered.join(', ')}` : '',
  ].filter(Boolean)
  return {
    step: 'target',
    label,
    status: 'failed',
    detail: presence.length > 0 ? `${presence.join(', ')}, but not ping` : `no answer (${ping.outcome})`,
  }
}

/** pathPicture draws the path as steps, each ok / failed / not checked / not used. */
export function pathPicture(snapshot: Snapshot): PathStep[] {
  const facts = snapshot.ping
  if (!facts) return [machineStep(snapshot), portStep(snapshot)]
  const dns = dnsStep(facts)
  return [machineStep(snapshot), portStep(snapshot), ...(dns ? [dns] : []), gatewayStep(facts), targetStep(facts)]
}

const verdictOrder = whyNoPingRules.map(rule => rule.id)

function precedence(finding: Finding): number {
  const rank = verdictOrder.indexOf(finding.id)
  return rank === -1 ? verdictOrder.length : rank
}

/** whyNoPingReport runs the rules over the snapshot and takes as verdict the first finding in the rules' causal order. */
export function whyNoPingReport(snapshot: Snapshot): WhyNoPingReport {
  const findings = runRules(whyNoPingRules, snapshot).sort((a, b) => precedence(a) - precedence(b))
  const verdict = findings.find(finding => precedence(finding) < verdictOrder.length) ?? undetermined(snapshot)
  return {
    target: snapshot.ping?.target.input ?? '',
    address: snapshot.ping?.address ?? null,
    verdict,
    findings: findings.includes(verdict) ? findings : [verdict, ...findings],
    path: pathPicture(snapshot),
    probes: snapshot.ping?.probes ?? [],
    notChecked: snapshot.gaps.filter(gap => gap.section === undefined || gap.section === 'nics' || gap.section === 'ping'),
  }
}
