// Rule: a path MTU black hole: full-size packets with "don't fragment" vanish while smaller ones pass, and no router says so.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import noGateway from './no-gateway.js'
import upstreamDown from './upstream-down.js'

/** mtuBlackhole reports a DF-set ping of 1500 bytes lost without an ICMP "fragmentation needed", while 1492 passes (PPPoE). */
export default defineRule<Snapshot>({
  id: 'internet.mtu-blackhole',
  title: 'Full-size packets vanish on the way (a path MTU black hole, typical of PPPoE)',
  severity: 'error',
  dependsOn: [noGateway, upstreamDown],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const big = facts.mtu.find(probe => probe.size === 1500)
    const passing = facts.mtu.filter(probe => probe.size < 1500 && probe.ping.outcome === 'reply').sort((a, b) => b.size - a.size)[0]
    if (!big || !passing || !['no-reply', 'timed-out'].includes(big.ping.outcome)) return []
    const dev = facts.gateway?.dev ?? '<port>'
    return [
      {
        title: `Packets of 1500 bytes vanish on the way to ${big.ping.address} while ${passing.size} bytes pass, and no router says "fragmentation needed": set the MTU to ${passing.size}`,
        evidence: [
          `a DF-set ping of 1500 bytes: ${big.ping.outcome}${big.ping.line ? ` ("${big.ping.line}")` : ''}`,
          `a DF-set ping of ${passing.size} bytes: reply`,
        ],
        next: [
          `On this machine: \`sudo ip link set dev ${dev} mtu ${passing.size}\` (and the same MTU in the network settings, to keep it).`,
          `Better, on the router: MTU ${passing.size} on its PPPoE/WAN side, or "MSS clamping" on, so every machine behind it is fixed.`,
        ],
      },
    ]
  },
})
