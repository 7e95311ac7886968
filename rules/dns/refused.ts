// Rule: the DNS server answered REFUSED: it will not look the name up (no upstream, or it serves other machines), so the name is unknown, not wrong.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {lookupFailure, namesWith} from '../../src/views/name-lookup.js'
import gatewayUnreachable from '../gateway/unreachable.js'

/** refused reports a lookup that failed because every server asked refused it for a name none denied. */
export default defineRule<Snapshot>({
  id: 'dns.refused',
  title: 'The DNS server refuses to look the name up (REFUSED): the name is unknown, not wrong',
  severity: 'error',
  dependsOn: [gatewayUnreachable],
  evaluate(snapshot) {
    const resolution = snapshot.ping?.resolution
    if (!resolution || lookupFailure(resolution) !== 'refused') return []
    const names = namesWith(resolution, 'refused')
    const servers = [...new Set(resolution.answers.filter(answer => answer.outcome === 'refused').map(answer => answer.server))]
    const evidence = resolution.answers
      .filter(answer => names.includes(answer.name))
      .map(
        answer =>
          `${answer.server} answered ${answer.outcome === 'refused' ? 'REFUSED' : answer.outcome} for ${answer.name} (${answer.ms} ms)`,
      )
    const denied = namesWith(resolution, 'denied')
    if (denied.length > 0)
      evidence.push(`${denied.join(', ')} (the search suffixes) got NXDOMAIN, which says nothing of ${names.join(', ')}`)
    return [
      {
        title: `The DNS server ${servers.join(', ')} refuses to look up ${names.join(', ')} (REFUSED): it cannot or will not ask further, so the name is unknown, not wrong`,
        evidence,
        next: [
          `Check ${servers.join(' and ')}'s own DNS settings: a router answers REFUSED when it has no upstream DNS server (its internet connection is down, or no DNS server is set on its WAN page).`,
          `Check the name another way: \`resolvectl query ${names[0]}\`, or ask a public server directly.`,
          "If this machine is not meant to use that server, point it at the LAN's router (DHCP, or the DNS setting of its connection).",
        ],
      },
    ]
  },
})
