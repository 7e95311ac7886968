// Rule: the target answers ping; the network path works, so the problem is elsewhere (e.g. the service's port).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describeTcp, tcpAnswers} from '../../src/views/target-presence.js'
import hijacked from '../dns/hijacked.js'

/** reachable reports that echo replies came back, with the loss and round-trip time. */
export default defineRule<Snapshot>({
  id: 'target.reachable',
  title: 'The target answers ping',
  severity: 'info',
  dependsOn: [hijacked],
  evaluate(snapshot) {
    const facts = snapshot.ping
    const ping = facts?.ping
    if (!facts || !ping || ping.outcome !== 'reply') return []
    const loss = ping.lossPercent ?? null
    const rtt = ping.rtt ? `round trip ${ping.rtt.minMs}/${ping.rtt.avgMs}/${ping.rtt.maxMs} ms (min/avg/max)` : null
    const evidence = [
      `ping ${ping.address}: ${ping.sent ?? '?'} sent, ${ping.received ?? '?'} received${loss !== null ? `, ${loss}% loss` : ''}${rtt ? `, ${rtt}` : ''}`,
    ]
    if (ping.line) evidence.push(`ping: ${ping.line}`)
    const open = facts.tcp.filter(probe => probe.outcome === 'open')
    if (tcpAnswers(facts).length > 0) evidence.push(describeTcp(tcpAnswers(facts)))
    const lossy = loss !== null && loss > 0
    const next = [
      open.length > 0
        ? `The network path works. If a program still cannot connect, check its own port; these answer: ${open.map(p => p.port).join(', ')} (e.g. \`nc -vz ${ping.address} ${open[0]!.port}\`).`
        : `The network path works. If a program still cannot connect, the problem is its service or port: check it with \`nc -vz ${ping.address} <port>\`.`,
    ]
    if (lossy)
      next.push('Some echoes were lost: watch it with `ping -c 50` and check cables, Wi-Fi signal, or a duplicate address (`netdoc lan`).')
    return [
      {
        title: `${facts.target.input} answers ping${lossy ? ` (with ${loss}% loss)` : ''}${ping.rtt ? ` in ${ping.rtt.avgMs} ms` : ''}: the network path works; the problem is elsewhere, e.g. the service's port`,
        evidence,
        next,
      },
    ]
  },
})
