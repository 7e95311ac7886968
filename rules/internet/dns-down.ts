// Rule: no DNS: no configured resolver answers the public names, while the internet itself answers by address.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describeUpstream, ipWorks, publicAnswers, upstreamAnswered, upstreams} from '../../src/capabilities/internet/classify.js'
import {unread} from '../../src/views/unread-facts.js'
import noGateway from './no-gateway.js'
import portal from './portal.js'

const FAILED = new Set(['no-answer', 'refused', 'server-failure', 'error'])

/** dnsDown reports a resolver that answers nothing (or refuses, or fails) while addresses beyond the router answer. */
export default defineRule<Snapshot>({
  id: 'internet.dns-down',
  title: 'DNS does not work: the internet answers by address, but no configured DNS server answers names',
  severity: 'error',
  dependsOn: [noGateway, portal],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts || !ipWorks(facts)) return []
    const answering = upstreams(facts, 'ipv4').filter(upstreamAnswered)
    const publicOk = facts.publicDns.filter(answer => answer.outcome === 'answered')
    const next = [
      publicOk.length > 0
        ? `The public resolvers answer (${publicOk.map(answer => answer.server).join(', ')}): set one as this machine's DNS server (or the router's), e.g. \`sudo resolvectl dns <port> ${publicOk[0]!.server}\`.`
        : 'Set a public DNS server (e.g. 1.1.1.1) on this machine or the router.',
      'Restart the router (its DNS relay may hang) or call the provider if its DNS is down.',
    ]
    if (facts.servers.length === 0) {
      if (unread(snapshot, 'DNS configuration')) return []
      return [
        {
          title: 'No DNS server is configured: the internet answers by address, but names cannot be looked up',
          evidence: ['/etc/resolv.conf names no nameserver', ...answering.slice(0, 2).map(describeUpstream)],
          next,
        },
      ]
    }
    const answers = publicAnswers(facts)
    if (answers.length === 0 || !answers.every(answer => FAILED.has(answer.outcome))) return []
    const byServer = facts.servers.map(server => {
      const own = answers.filter(answer => answer.server === server)
      return `${server}: ${[...new Set(own.map(answer => answer.outcome))].join(', ')} for ${own.map(answer => answer.name).join(', ')} (${Math.max(...own.map(answer => answer.ms))} ms)`
    })
    return [
      {
        title: `DNS does not work: ${facts.servers.join(', ')} ${facts.servers.length > 1 ? 'answer' : 'answers'} no name, while the internet answers by address`,
        evidence: [
          ...byServer,
          ...answering.slice(0, 2).map(describeUpstream),
          ...publicOk
            .slice(0, 1)
            .map(
              answer => `the public resolver ${answer.server} answers ${answer.name} → ${answer.addresses.join(', ')} (${answer.ms} ms)`,
            ),
        ],
        next,
      },
    ]
  },
})
