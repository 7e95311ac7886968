// Rule: the path stops at this machine: no default route, no link on its port, or a gateway that answers nothing.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describePing, gatewayAnswers, ipWorks} from '../../src/capabilities/internet/classify.js'
import {FAILED_NEIGHBOUR_STATES} from '../../src/views/arp-answers.js'
import {unread} from '../../src/views/unread-facts.js'
import {portNamed} from '../../src/views/usable-ports.js'

/** noGateway reports a path that ends before the router: no default route, the gateway's port without link, or a silent gateway. */
export default defineRule<Snapshot>({
  id: 'internet.no-gateway',
  title: 'No way out of this machine: no default route, or the gateway does not answer',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts || !snapshot.nics || ipWorks(facts)) return []
    if (facts.gateway === null) {
      if (unread(snapshot, 'routes')) return []
      const tunnel = snapshot.nics.routes.find(route => route.destination === 'default')
      if (tunnel)
        return [
          {
            title: `The default route goes through ${tunnel.dev} (a VPN or tunnel, no gateway) and nothing answers through it`,
            evidence: [
              `default route: dev ${tunnel.dev}, no gateway`,
              ...(tunnel.linkdown ? [`${tunnel.dev} is marked linkdown`] : []),
              'nothing beyond it answered: no DNS answer, no anycast address, no HTTP check',
            ],
            next: [
              `Reconnect the VPN (or stop it: its route takes all traffic), then run \`netdoc internet\` again.`,
              '`ip route` shows the routes; `netdoc nics --all` shows the tunnel port.',
            ],
            subject: tunnel.dev,
          },
        ]
      const kernel = facts.routes.find(route => route.route === null && !route.unknown)
      const linked = snapshot.nics.ports
        .filter(port => port.carrier === true && port.virtualType !== 'loopback' && port.name !== null)
        .map(port => port.name)
      return [
        {
          title: 'This machine has no default route: it knows no router to send internet traffic to',
          evidence: [
            'the routing table holds no default route with a gateway',
            ...(kernel ? [`the kernel, asked the way to ${kernel.to}: "${kernel.error}"`] : []),
            linked.length > 0 ? `ports with link: ${linked.join(', ')}` : 'no port has link (a cable or Wi-Fi connection)',
          ],
          next: [
            linked.length > 0
              ? 'Renew the DHCP lease (`sudo dhclient -v <port>`, or reconnect in the network settings): the router hands out the default route.'
              : 'Plug in the cable or connect to the Wi-Fi first.',
            '`netdoc lan` shows what the router and its DHCP server say on the cable.',
            'On a static setup: `sudo ip route add default via <router address>`.',
          ],
        },
      ]
    }
    const gateway = facts.gateway
    const port = portNamed(snapshot.nics, gateway.dev)
    if (port?.carrier === false)
      return [
        {
          title: `The default route leaves by ${gateway.dev}, which has no link: the cable is out or the Wi-Fi is down`,
          evidence: [`default route via ${gateway.address} dev ${gateway.dev}`, `${gateway.dev} has no carrier`],
          next: [`Check the cable of ${gateway.dev} at both ends, or reconnect the Wi-Fi.`, '`netdoc nics` shows every port and its link.'],
          subject: gateway.address,
        },
      ]
    if (gatewayAnswers(facts)) return []
    const failed = gateway.neighbour !== null && FAILED_NEIGHBOUR_STATES.includes(gateway.neighbour.state)
    const pingSilent = gateway.ping !== null && ['no-reply', 'unreachable', 'timed-out'].includes(gateway.ping.outcome)
    if (!failed && !(pingSilent && gateway.neighbour === null)) return []
    return [
      {
        title: `The gateway ${gateway.address} does not answer: the router is off, or this machine is on the wrong network`,
        evidence: [
          `default route via ${gateway.address} dev ${gateway.dev}`,
          describePing(`gateway ${gateway.address}`, gateway.ping),
          gateway.neighbour
            ? `the neighbour table: ${gateway.address} ${gateway.neighbour.state} (ARP got no answer)`
            : `the neighbour table holds no entry for ${gateway.address}`,
          'nothing beyond it answered either',
        ],
        next: [
          'Check that the router is switched on and its lights are normal; restart it if it hangs.',
          `\`netdoc why-no-ping ${gateway.address}\` looks at the way to the router in detail; \`netdoc lan\` shows which router the cable really has.`,
        ],
        subject: gateway.address,
      },
    ]
  },
})
