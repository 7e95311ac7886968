// Rule: the configured DNS servers do not answer, so the target's address is unknown (not wrong).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {arpSilence} from '../../src/views/arp-answers.js'
import {DNS_WORDS, lookupFailure} from '../../src/views/name-lookup.js'
import gatewayUnreachable from '../gateway/unreachable.js'

/** noAnswer reports a name nobody answered for: every configured DNS server was silent (a refusal or a failure is an answer, and
 * has its own rule), or none is configured. */
export default defineRule<Snapshot>({
  id: 'dns.no-answer',
  title: 'The configured DNS servers do not answer, so the name is unknown, not wrong',
  severity: 'error',
  dependsOn: [gatewayUnreachable],
  evaluate(snapshot) {
    const facts = snapshot.ping
    const resolution = facts?.resolution
    if (!facts || !resolution || resolution.source !== null) return []
    const failure = lookupFailure(resolution)
    if (resolution.servers.length > 0 && failure !== 'silent' && failure !== 'error') return []
    const name = resolution.name
    if (resolution.servers.length === 0)
      return [
        {
          title: `No DNS server is configured, so the address of ${name} is unknown`,
          evidence: [
            '/etc/resolv.conf names no nameserver',
            resolution.hostsChecked ? `/etc/hosts has no entry for ${name}` : '/etc/hosts could not be read',
          ],
          next: [
            "Check the network configuration's DNS servers (usually the router's address), or that DHCP hands them out.",
            `If you know the address of ${name}, use it: \`netdoc why-no-ping <address>\`.`,
          ],
        },
      ]
    const silent = [...new Set(resolution.answers.map(answer => answer.server))]
    const evidence = silent.map(server => {
      const answers = resolution.answers.filter(answer => answer.server === server)
      const worst = answers[0]!
      const code = worst.code && worst.code !== 'ECANCELLED' ? `, ${worst.code}` : ''
      return `${server} ${DNS_WORDS[worst.outcome]} within ${(resolution.timeoutMs / 1000).toFixed(1)} s for ${answers.map(a => a.name).join(', ')}${code}`
    })
    for (const server of silent) evidence.push(...arpSilence(facts, server))
    evidence.push(`nothing said ${name} does not exist: the name is unknown, not wrong`)
    return [
      {
        title: `The DNS server${silent.length > 1 ? 's' : ''} ${silent.join(', ')} ${silent.length > 1 ? 'do' : 'does'} not answer, so the address of ${name} is unknown (the name may well be right)`,
        evidence,
        next: [
          `Check that ${silent.join(' and ')} is still this LAN's DNS server (usually the router): /etc/resolv.conf, or the DHCP settings.`,
          'Restart the router or DNS server, or point this machine at one that works.',
          `If you know the address of ${name}, check the path to it directly: \`netdoc why-no-ping <address>\`.`,
        ],
      },
    ]
  },
})
