// The internet capability (`netdoc internet`): where the way to the internet stops, in one verdict. It is collected only when
// asked for with its endpoints; its probes are loaded only then.
import {internetRules} from '../../../rules/internet/index.js'
import {NOT_LIVE_REASON} from '../../host/sockets.js'
import {capability} from '../capability.js'
import {internetReport} from './report.js'
import {pathLines} from './render.js'

/** INTERNET_DEFAULT_MS bounds the probes when no deadline is given (the command's own --timeout default). */
const INTERNET_DEFAULT_MS = 4000

/** internetCapability declares the internet section. */
export const internetCapability = capability({
  section: 'internet',
  reportKey: 'internet',
  command: 'internet',
  rules: internetRules,
  wanted: request => Boolean(request.internet),
  async collect({snapshot, gaps, internet, deadline, host}) {
    if (!internet) return
    if (!host.live) return void gaps.push({fact: 'the way to the internet', reason: NOT_LIVE_REASON})
    const [{collectInternet}, {Deadline}] = await Promise.all([import('./collect.js'), import('../../probe/deadline.js')])
    await collectInternet(host, internet, snapshot, deadline ?? Deadline.fromNow(INTERNET_DEFAULT_MS))
  },
  report: snapshot => internetReport(snapshot),
  findings: report => report.findings,
  verdict: report => report.verdict,
  blocks: report => [
    {kind: 'heading', text: `The internet: ${report.state}`},
    {kind: 'lines', lines: pathLines(report)},
  ],
})
