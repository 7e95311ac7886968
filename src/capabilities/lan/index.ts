// The LAN capability (`netdoc lan`): what the router and the other hosts say on the cable (DHCP offers, leases, ARP), the pool,
// reservations and addresses in use. Its collector, which listens and asks, is loaded only when a LAN section is collected.
import {lanRules} from '../../../rules/lan/index.js'
import {capability} from '../capability.js'
import {lanReport} from './report.js'
import {reservationSentences, summaryLines} from './render.js'

/** lanCapability declares the LAN section. */
export const lanCapability = capability({
  section: 'lan',
  reportKey: 'lan',
  command: 'lan',
  rules: lanRules,
  async collect({snapshot, gaps, deadline, host, quick}) {
    const {collectLan} = await import('./collect.js')
    await collectLan(snapshot, {host, deadline, ...(quick ? {listenMs: 0, discoverMs: 0} : {})})
    if (quick && host.live)
      gaps.push({
        fact: 'listening on the cable and the DHCP DISCOVER',
        reason: 'skipped with --quick (run without it to hear the router and the other DHCP servers)',
      })
  },
  report: snapshot => lanReport(snapshot),
  findings: report => report.findings,
  blocks: report => [
    {kind: 'heading', text: 'The LAN'},
    {kind: 'lines', lines: [...summaryLines(report.lan), ...reservationSentences(report.lan)]},
  ],
})
