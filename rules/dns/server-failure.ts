// Rule: the DNS server answered SERVFAIL: it tried and failed to get an answer from further up, so the name is unknown, not wrong.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {lookupFailure, namesWith} from '../../src/views/name-lookup.js'
import gatewayUnreachable from '../gateway/unreachable.js'

/** serverFailure reports a lookup that failed because the servers answered SERVFAIL for a name none denied. */
export default defineRule<Snapshot>({
  id: 'dns.server-failure',
  title: 'The DNS server fails to resolve the name (SERVFAIL): the name is unknown, not wrong',
  severity: 'error',
  dependsOn: [gatewayUnreachable],
  evaluate(snapshot) {
    const resolution = snapshot.ping?.resolution
    if (!resolution || lookupFailure(resolution) !== 'server-failure') return []
    const names = namesWith(resolution, 'server-failure')
    const servers = [...new Set(resolution.answers.filter(answer => answer.outcome === 'server-failure').map(answer => answer.server))]
    return [
      {
        title: `The DNS server ${servers.join(', ')} fails to resolve ${names.join(', ')} (SERVFAIL): the servers it asks did not answer it, so the name is unknown, not wrong`,
        evidence: resolution.answers
          .filter(answer => names.includes(answer.name))
          .map(
            answer =>
              `${answer.server} answered ${answer.outcome === 'server-failure' ? 'SERVFAIL' : answer.outcome} for ${answer.name} (${answer.ms} ms)`,
          ),
        next: [
          `The fault is past ${servers.join(' and ')}: check its upstream DNS (the router's internet connection, its WAN DNS servers), or restart it.`,
          'A domain whose DNSSEC is broken also gives SERVFAIL: if only this one name fails, its owner must fix it.',
          `Check the name another way: \`resolvectl query ${names[0]}\`.`,
        ],
      },
    ]
  },
})
