// internet.no-gateway: the way out ends at this machine: no default route, no link, or a gateway that answers nothing.
import rule from '../../../rules/internet/no-gateway.js'
import {healthyInternet, notResolved, online, upstream} from '../../support/internet.js'
import {ROUTER, dnsAnswer, neighbour, officePort, pinged} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const silentBeyond = {
  upstream: [upstream('1.1.1.1', 'silent'), upstream('8.8.8.8', 'silent')],
  ...notResolved(),
  dns: [dnsAnswer(ROUTER, 'www.google.com', 'no-answer')],
}
const noDefault = online(
  healthyInternet({...silentBeyond, gateway: null, routes: [{to: '1.1.1.1', route: null, error: 'Network is unreachable'}]}),
  {routes: [{destination: '192.168.1.0/24', gateway: null, dev: 'eth0', linkdown: false}]},
)
const silentGateway = (state: string) =>
  online(
    healthyInternet({
      ...silentBeyond,
      gateway: {address: ROUTER, dev: 'eth0', ping: pinged(ROUTER, 'no-reply'), neighbour: neighbour(ROUTER, state)},
    }),
  )

testRule(rule, {
  valid: [
    {name: 'the internet works', snapshot: online(healthyInternet())},
    {name: 'the gateway answers ping, the line beyond is down (another verdict)', snapshot: online(healthyInternet({...silentBeyond}))},
    {
      name: 'the gateway ignores ping but its MAC is in the neighbour table',
      snapshot: online(
        healthyInternet({
          ...silentBeyond,
          gateway: {
            address: ROUTER,
            dev: 'eth0',
            ping: pinged(ROUTER, 'no-reply'),
            neighbour: neighbour(ROUTER, 'REACHABLE', 'aa:bb:cc:dd:ee:01'),
          },
        }),
      ),
    },
    {
      name: 'no default route, but an HTTP check got through (a VPN without a default route?)',
      snapshot: online(healthyInternet({gateway: null})),
    },
    {
      name: 'the routes could not be read',
      snapshot: {...noDefault, gaps: [{fact: 'routes', reason: 'ip is not installed', section: 'nics'}]},
    },
  ],
  invalid: [
    {
      name: "a VPN's default route without a gateway, and nothing answers through it",
      snapshot: online(healthyInternet({...silentBeyond, gateway: null}), {
        routes: [
          {destination: 'default', gateway: null, dev: 'tun0', linkdown: false},
          {destination: '192.168.1.0/24', gateway: null, dev: 'eth0', linkdown: false},
        ],
      }),
      reports: [{title: /goes through tun0 \(a VPN or tunnel/, subject: 'tun0', next: [/Reconnect the VPN/]}],
    },
    {
      name: 'no default route',
      snapshot: noDefault,
      reports: [{title: /no default route/, evidence: [/Network is unreachable/], next: [/DHCP/]}],
    },
    {
      name: 'the router switched off (ARP failed)',
      snapshot: silentGateway('FAILED'),
      reports: [{title: /The gateway 192\.168\.1\.1 does not answer/, evidence: [/FAILED/], subject: ROUTER}],
    },
    {name: 'the router switched off (ARP still asking)', snapshot: silentGateway('INCOMPLETE'), reports: [{title: /does not answer/}]},
    {
      name: 'the default route leaves by a port without link',
      snapshot: online(healthyInternet({...silentBeyond}), {ports: [officePort({carrier: false})]}),
      reports: [{title: /eth0, which has no link/, next: [/cable/]}],
    },
  ],
})
