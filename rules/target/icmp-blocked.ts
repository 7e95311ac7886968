// Rule: the target is there (ARP or a TCP port answered) but ignores echo requests: a firewall drops ping.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredArp} from '../../src/views/arp-answers.js'
import {filteredBy, pingEvidence} from '../../src/views/ping-outcome.js'
import {describeTcp, presenceEvidence, tcpAnswers} from '../../src/views/target-presence.js'
import {targetRoute} from '../../src/views/target-route.js'
import noRoute from '../local/no-route.js'
import wrongSubnet from './wrong-subnet.js'

/** icmpBlocked reports a target that proved present but sent no echo reply. Beyond a gateway only a TCP answer counts: an ARP answer
 * from across subnets shows a device on the cable, not a firewall on the path. */
export default defineRule<Snapshot>({
  id: 'target.icmp-blocked',
  title: 'The target is there but ignores ping: a firewall',
  severity: 'error',
  dependsOn: [noRoute, wrongSubnet],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null || !facts.ping) return []
    const rejecter = filteredBy(facts)
    if (rejecter !== null)
      return [
        {
          title: `${facts.target.input} is there, but a firewall${rejecter === facts.address ? ' on it' : ` (at ${rejecter})`} rejects ping: "administratively prohibited"`,
          evidence: [
            pingEvidence(facts),
            `${rejecter} answered the echo request with an ICMP "administratively prohibited" error: a firewall rule refuses it`,
            ...presenceEvidence(facts),
          ],
          next: [
            `Allow ICMP echo-request on ${rejecter === facts.address ? facts.target.input : rejecter} (nftables/ufw/firewalld, or the Windows firewall rule "File and Printer Sharing (Echo Request - ICMPv4-In)").`,
            `Or test the service you need instead of ping: \`nc -vz ${facts.address} <port>\`.`,
          ],
          subject: facts.address,
        },
      ]
    if (!['no-reply', 'timed-out'].includes(facts.ping.outcome)) return []
    if (answeredArp(facts, facts.address).length > 1) return []
    const offLink = targetRoute(facts)?.route?.gateway != null
    const presence = offLink
      ? tcpAnswers(facts).length > 0
        ? [`${facts.address} answered TCP: ${describeTcp(tcpAnswers(facts))}`]
        : []
      : presenceEvidence(facts)
    if (presence.length === 0) return []
    return [
      {
        title: `${facts.target.input} is there but ignores ping: a firewall drops echo requests`,
        evidence: [...presence, pingEvidence(facts)],
        next: [
          'To allow ping on Windows, enable the firewall rule "File and Printer Sharing (Echo Request - ICMPv4-In)"; on Linux allow ICMP echo-request in nftables/ufw/firewalld.',
          `Or test the service you need instead of ping: \`nc -vz ${facts.address} <port>\`.`,
        ],
        subject: facts.address,
      },
    ]
  },
})
