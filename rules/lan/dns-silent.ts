// Rule: a DNS server this machine uses (or the router hands out) does not answer at all.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {routerView} from '../../src/views/router.js'
import {subnetHolding} from '../../src/views/local-subnets.js'
import {DNS_WORDS} from '../../src/views/name-lookup.js'
import gatewaySilent from './gateway-silent.js'

/** dnsSilent reports each DNS server that gave no answer within the probe window; any answer, even "no such name", counts as alive.
 * A server this machine has no way to (off its subnets, the gateway silent), or one only a second DHCP server hands out, is
 * left to the rules of its cause (lan.gateway-silent, lan.static-off-subnet, lan.dhcp-servers). */
export default defineRule<Snapshot>({
  id: 'lan.dns-silent',
  title: 'A DNS server does not answer',
  severity: 'error',
  dependsOn: [gatewaySilent],
  evaluate(snapshot) {
    const lan = snapshot.lan
    if (!lan) return []
    const router = routerView(snapshot)
    const alive = lan.dns.filter(check => !['no-answer', 'error'].includes(check.answer.outcome)).map(check => check.server)
    const offeredByOthersOnly = (sources: string[]) =>
      sources.every(source => source.startsWith('the DHCP offer of ') && source !== `the DHCP offer of ${router.serverId}`)
    const unreachable = (server: string) =>
      subnetHolding(server, snapshot.nics) === null &&
      lan.gateway !== null &&
      lan.gateway.arp?.outcome !== 'replied' &&
      lan.gateway.ping?.outcome !== 'reply'
    return lan.dns
      .filter(
        check => ['no-answer', 'error'].includes(check.answer.outcome) && !offeredByOthersOnly(check.sources) && !unreachable(check.server),
      )
      .map(check => {
        const evidence = [
          `${check.server} ${DNS_WORDS[check.answer.outcome]} within ${(check.answer.ms / 1000).toFixed(1)} s to a question for ${check.answer.name}${check.answer.code ? ` (${check.answer.code})` : ''}`,
          `${check.server} is named by ${check.sources.join(' and ')}`,
        ]
        if (alive.length > 0) evidence.push(`${alive.join(', ')} did answer`)
        const next = [
          `If ${check.server} was the old router, use the LAN's DNS server${router.dnsServers.length > 0 ? ` ${router.dnsServers.join(', ')} (what the router hands out)` : ' (usually the router)'} in the network settings, or switch to DHCP.`,
        ]
        if (check.sources.some(source => source.startsWith('the DHCP offer')))
          next.unshift(`The router hands out ${check.server} as DNS server: correct the DNS setting in the router's DHCP page.`)
        next.push(
          `Names resolve ${alive.length > 0 ? 'slowly (each question waits for the silent server first)' : 'not at all'} until this is fixed.`,
        )
        return {
          severity: alive.length > 0 ? ('warning' as const) : ('error' as const),
          title: `The DNS server ${check.server} does not answer${alive.length > 0 ? ' (others do)' : ''}`,
          evidence,
          next,
          subject: check.server,
        }
      })
  },
})
