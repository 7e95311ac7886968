// The why-no-ping capability: every probe of the path to one host (DNS, route, ARP, ping, TCP, the neighbour table, listening),
// and the one root cause. It is collected only when a host is named; its probes are loaded only then.
import {whyNoPingRules} from '../../../rules/why-no-ping.js'
import {capability} from '../capability.js'
import {whyNoPingReport} from './report.js'

/** PING_DEFAULT_MS bounds the probes when no deadline is given (why-no-ping's own --timeout default). */
const PING_DEFAULT_MS = 3000

/** pingCapability declares the ping section. */
export const pingCapability = capability({
  section: 'ping',
  reportKey: 'whyNoPing',
  command: 'why-no-ping HOST',
  rules: whyNoPingRules,
  wanted: request => Boolean(request.ping),
  async collect({snapshot, ping, deadline, host}) {
    if (!ping) return
    const [{collectPing}, {Deadline}] = await Promise.all([import('./collect.js'), import('../../probe/deadline.js')])
    await collectPing(host, ping, snapshot, deadline ?? Deadline.fromNow(PING_DEFAULT_MS))
  },
  report: snapshot => whyNoPingReport(snapshot),
  findings: report => report.findings,
  verdict: report => report.verdict,
  headline: report => `The path to ${report.target}`,
  blocks: report => [{kind: 'path', steps: report.path}],
})
