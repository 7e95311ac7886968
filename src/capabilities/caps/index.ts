// The caps capability (`netdoc caps`): whether a job (backup, restore, ping, bind) gets the Linux capabilities it needs when run
// as an ordinary user, and what stops it. It is collected only when asked for; it reads files and /proc, and sends nothing.
import {capsRules} from '../../../rules/caps/index.js'
import {capability} from '../capability.js'
import {factLines} from './render.js'
import {capsReport} from './report.js'

/** capsCapability declares the caps section. */
export const capsCapability = capability({
  section: 'caps',
  reportKey: 'caps',
  command: 'caps',
  rules: capsRules,
  wanted: request => Boolean(request.caps),
  async collect({snapshot, caps, host}) {
    if (!caps) return
    const {collectCaps} = await import('./collect.js')
    snapshot.caps = await collectCaps(host, caps)
  },
  report: snapshot => capsReport(snapshot),
  findings: report => report.findings,
  blocks: report => [
    {kind: 'heading', text: `Capabilities${report.request.job ? ` for ${report.request.job}` : ''}`},
    {kind: 'lines', lines: factLines(report)},
  ],
})
