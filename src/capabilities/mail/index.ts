// The mail capability (`netdoc mail`): do the sending addresses have the PTR records receiving servers demand, forward-confirmed
// and not generic, and does the HELO name match. It is collected only when asked for; its questions are loaded only then.
import {mailRules} from '../../../rules/mail/index.js'
import {NOT_LIVE_REASON} from '../../host/sockets.js'
import {capability} from '../capability.js'
import {mailReport} from './report.js'
import {senderLines} from './render.js'

/** MAIL_DEFAULT_MS bounds the questions when no deadline is given (the command's own --timeout default). */
const MAIL_DEFAULT_MS = 4000

/** mailCapability declares the mail section. */
export const mailCapability = capability({
  section: 'mail',
  reportKey: 'mail',
  command: 'mail',
  rules: mailRules,
  wanted: request => Boolean(request.mail),
  async collect({snapshot, gaps, mail, deadline, host}) {
    if (!mail) return
    if (!host.live) return void gaps.push({fact: 'PTR records of the sending addresses', reason: NOT_LIVE_REASON})
    const [{collectMail}, {Deadline}] = await Promise.all([import('./collect.js'), import('../../probe/deadline.js')])
    await collectMail(host, mail, snapshot, deadline ?? Deadline.fromNow(MAIL_DEFAULT_MS))
  },
  report: snapshot => mailReport(snapshot),
  findings: report => report.findings,
  verdict: report => report.verdict,
  blocks: report => [
    {kind: 'heading', text: 'Mail: PTR records of the sending addresses'},
    {kind: 'lines', lines: senderLines(report)},
  ],
})
