// Builds the `netdoc internet` report from a Snapshot: the state (as NetworkManager names it), the verdict, every finding, the
// path picture (this machine → port → gateway → DNS → beyond the router → HTTP → HTTPS, IPv6, MTU) and every probe.
import type {Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {internetRules} from '../../../rules/internet/index.js'
import type {ProbeRecord} from '../ping/facts.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import {heldAddresses, portNamed} from '../../views/usable-ports.js'
import {describeUpstream, gatewayAnswers, httpReadings, portalUrl, publicAnswers, readTls, upstreamAnswered, upstreams} from './classify.js'
import type {InternetFacts} from './facts.js'
import {isNonPublicAddress} from './names.js'

/** UNDETERMINED_ID is the verdict when no rule could decide. */
export const UNDETERMINED_ID = 'netdoc.undetermined'

/** ConnectivityState is NetworkManager's word for the connection: none (no way out), portal, limited (some of it), full. */
export type ConnectivityState = 'none' | 'portal' | 'limited' | 'full'

/** InternetStepStatus marks one step: it worked, it failed, it was not checked, or it is not on this path. */
export type InternetStepStatus = 'ok' | 'failed' | 'not checked' | 'not used'

/** InternetStep is one step of the picture, outward from this machine. */
export interface InternetStep {
  step: 'machine' | 'port' | 'gateway' | 'dns' | 'beyond' | 'http' | 'https' | 'ipv6' | 'mtu'
  label: string
  status: InternetStepStatus
  detail: string
}

/** InternetReport is exactly what `netdoc internet --json` prints. */
export interface InternetReport {
  state: ConnectivityState
  verdict: Finding
  findings: Finding[]
  path: InternetStep[]
  /** endpoints says where the probed endpoints came from: "built-in" or a file's path. */
  endpoints: string
  probes: ProbeRecord[]
  notChecked: Gap[]
}

/** connectivityState is what NetworkManager's check would say: none without a gateway that answers, portal when a check was
 * answered by a login page or redirect, full when a check gave its documented answer, limited otherwise. */
export function connectivityState(facts: InternetFacts, verdict: Finding): ConnectivityState {
  const readings = httpReadings(facts).map(({reading}) => reading)
  if (verdict.id === 'internet.no-gateway' || (facts.gateway === null && !readings.includes('expected'))) return 'none'
  if (readings.some(reading => reading === 'redirect' || reading === 'login-page')) return 'portal'
  if (readings.includes('expected')) return 'full'
  return 'limited'
}

function undetermined(snapshot: Snapshot): Finding {
  const facts = snapshot.internet
  const seen = facts ? pathPicture(snapshot).map(step => `${step.label}: ${step.status}, ${step.detail}`) : []
  const gaps = sectionGaps(snapshot, 'internet')
  return {
    id: UNDETERMINED_ID,
    severity: 'warning',
    title: 'netdoc could not decide where the way to the internet stops',
    evidence: [...seen, ...gaps.map(gap => `not checked: ${gap.fact}: ${gap.reason}`)],
    next: [
      'What would decide it: an answer (or a clear refusal) from the gateway, the DNS servers and the anycast addresses; run it as root (sudo) with a longer --timeout.',
      'Add --verbose to see every probe.',
    ],
  }
}

function machineStep(snapshot: Snapshot): InternetStep {
  const held = heldAddresses(snapshot.nics, 'ipv4')
  return held.length > 0
    ? {step: 'machine', label: 'this machine', status: 'ok', detail: held.join(', ')}
    : {step: 'machine', label: 'this machine', status: 'failed', detail: 'no IPv4 address'}
}

function portStep(snapshot: Snapshot, facts: InternetFacts): InternetStep {
  const port = portNamed(snapshot.nics, facts.gateway?.dev ?? null)
  if (!port) return {step: 'port', label: 'its port', status: 'not checked', detail: 'no default route names a port'}
  const label = `port ${port.name}`
  if (port.carrier === true) return {step: 'port', label, status: 'ok', detail: 'link up'}
  if (port.carrier === false) return {step: 'port', label, status: 'failed', detail: 'no link (cable out?)'}
  return {step: 'port', label, status: 'not checked', detail: 'link unknown'}
}

function gatewayStep(facts: InternetFacts): InternetStep {
  const gateway = facts.gateway
  if (!gateway) return {step: 'gateway', label: 'gateway', status: 'failed', detail: 'no default route'}
  const label = `gateway ${gateway.address}`
  if (gateway.ping?.outcome === 'reply')
    return {step: 'gateway', label, status: 'ok', detail: `answers ping${gateway.ping.rtt ? ` (${gateway.ping.rtt.avgMs} ms)` : ''}`}
  if (gatewayAnswers(facts)) return {step: 'gateway', label, status: 'ok', detail: `answers ARP (${gateway.neighbour?.mac})`}
  if (upstreams(facts, 'ipv4').some(upstreamAnswered))
    return {step: 'gateway', label, status: 'ok', detail: 'forwards (addresses beyond it answer)'}
  const silent = gateway.ping !== null && ['no-reply', 'unreachable', 'timed-out'].includes(gateway.ping.outcome)
  if (silent) return {step: 'gateway', label, status: 'failed', detail: `no answer (${gateway.ping!.outcome})`}
  return {
    step: 'gateway',
    label,
    status: 'not checked',
    detail: gateway.ping ? `ping ${gateway.ping.outcome}, and no MAC in the neighbour table` : 'ping did not run',
  }
}

function dnsStep(facts: InternetFacts): InternetStep {
  if (facts.servers.length === 0) return {step: 'dns', label: 'DNS', status: 'failed', detail: 'no DNS server configured'}
  const label = `DNS ${facts.servers.join(', ')}`
  const answers = publicAnswers(facts)
  const answered = answers.filter(answer => answer.outcome === 'answered')
  const invented = facts.dns.some(answer => answer.name === facts.endpoints.madeUpName && answer.outcome === 'answered')
  if (answered.some(answer => answer.addresses.some(isNonPublicAddress)))
    return {step: 'dns', label, status: 'failed', detail: 'answers public names with private addresses'}
  const first = answered[0]
  if (first)
    return {
      step: 'dns',
      label,
      status: invented ? 'failed' : 'ok',
      detail: `${first.name} → ${first.addresses.join(', ')} (${first.ms} ms)${invented ? '; answers made-up names too' : ''}`,
    }
  return {step: 'dns', label, status: 'failed', detail: `${[...new Set(answers.map(answer => answer.outcome))].join(', ') || 'not asked'}`}
}

function beyondStep(facts: InternetFacts): InternetStep {
  const probes = upstreams(facts, 'ipv4')
  if (probes.length === 0)
    return {step: 'beyond', label: 'beyond the router', status: 'not checked', detail: 'no IPv4 anycast address to probe'}
  const answering = probes.find(upstreamAnswered)
  return answering
    ? {step: 'beyond', label: 'beyond the router', status: 'ok', detail: describeUpstream(answering)}
    : {
        step: 'beyond',
        label: 'beyond the router',
        status: 'failed',
        detail: `no answer from ${probes.map(probe => probe.address).join(', ')}`,
      }
}

function httpStep(facts: InternetFacts): InternetStep {
  const readings = httpReadings(facts)
  if (readings.length === 0) return {step: 'http', label: 'HTTP check', status: 'not checked', detail: 'no check URL'}
  const good = readings.find(({reading}) => reading === 'expected')
  const caught = readings.find(({reading}) => reading === 'redirect' || reading === 'login-page')
  if (caught) return {step: 'http', label: 'HTTP check', status: 'failed', detail: `portal: ${portalUrl(caught.check)}`}
  if (good)
    return {step: 'http', label: 'HTTP check', status: 'ok', detail: `${good.check.url}: ${good.check.status} (${good.check.ms} ms)`}
  const first = readings[0]!
  const status = first.reading === 'not-resolved' ? 'not checked' : 'failed'
  return {step: 'http', label: 'HTTP check', status, detail: `${first.check.url}: ${first.check.status ?? first.check.outcome}`}
}

function httpsStep(facts: InternetFacts): InternetStep {
  const first = facts.tls[0]
  if (!first) return {step: 'https', label: 'HTTPS', status: 'not checked', detail: 'no TLS host'}
  const label = `HTTPS ${first.host}`
  const reading = readTls(first)
  if (reading === 'verified')
    return {step: 'https', label, status: 'ok', detail: `trusted (${first.certificate?.issuer ?? '?'}, ${first.ms} ms)`}
  if (reading === 'not-resolved') return {step: 'https', label, status: 'not checked', detail: 'its name did not resolve'}
  return {step: 'https', label, status: 'failed', detail: `${first.outcome}${first.code ? ` (${first.code})` : ''}`}
}

function ipv6Step(facts: InternetFacts): InternetStep | null {
  const route = facts.routes.find(probe => probe.to.includes(':'))
  if (!route) return null
  if (!route.route) return {step: 'ipv6', label: 'IPv6', status: 'not used', detail: 'no IPv6 route'}
  const probes = upstreams(facts, 'ipv6')
  const answering = probes.find(upstreamAnswered)
  if (answering) return {step: 'ipv6', label: 'IPv6', status: 'ok', detail: describeUpstream(answering)}
  return {
    step: 'ipv6',
    label: 'IPv6',
    status: probes.length > 0 ? 'failed' : 'not checked',
    detail: probes.length > 0 ? 'a route, and no answer over it' : 'not probed',
  }
}

function mtuStep(facts: InternetFacts): InternetStep | null {
  if (facts.mtu.length === 0) return null
  const passing = facts.mtu.filter(probe => probe.ping.outcome === 'reply').map(probe => probe.size)
  if (passing.includes(1500)) return {step: 'mtu', label: 'path MTU', status: 'ok', detail: '1500 bytes pass'}
  if (passing.length > 0)
    return {step: 'mtu', label: 'path MTU', status: 'failed', detail: `1500 bytes do not pass, ${Math.max(...passing)} do`}
  return {step: 'mtu', label: 'path MTU', status: 'not checked', detail: 'no DF-set ping answered'}
}

/** pathPicture draws the way out as steps, each ok / failed / not checked / not used. */
export function pathPicture(snapshot: Snapshot): InternetStep[] {
  const facts = snapshot.internet
  if (!facts) return [machineStep(snapshot)]
  const optional = [ipv6Step(facts), mtuStep(facts)].filter((step): step is InternetStep => step !== null)
  return [
    machineStep(snapshot),
    portStep(snapshot, facts),
    gatewayStep(facts),
    dnsStep(facts),
    beyondStep(facts),
    httpStep(facts),
    httpsStep(facts),
    ...optional,
  ]
}

const verdictOrder = internetRules.map(rule => rule.id)

function precedence(finding: Finding): number {
  const rank = verdictOrder.indexOf(finding.id)
  return rank === -1 ? verdictOrder.length : rank
}

/** internetReport runs the rules over the snapshot and takes as verdict the first finding in the rules' causal order. */
export function internetReport(snapshot: Snapshot): InternetReport {
  const findings = runRules(internetRules, snapshot).sort((a, b) => precedence(a) - precedence(b))
  const verdict = findings.find(finding => precedence(finding) < verdictOrder.length) ?? undetermined(snapshot)
  const facts = snapshot.internet
  return {
    state: facts ? connectivityState(facts, verdict) : 'none',
    verdict,
    findings: findings.includes(verdict) ? findings : [verdict, ...findings],
    path: pathPicture(snapshot),
    endpoints: facts?.endpointsFrom ?? 'built-in',
    probes: facts?.probes ?? [],
    notChecked: snapshot.gaps.filter(gap => gap.section === undefined || gap.section === 'nics' || gap.section === 'internet'),
  }
}
