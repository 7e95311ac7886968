// local.no-carrier: the port towards the target has no link, so nothing further along is blamed.
import rule from '../../../rules/local/no-carrier.js'
import {arped, office, officePort, officeRoutes, pingFacts, pinged, routeTo} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'
const unplugged = officePort({carrier: false, speedMbps: null})

testRule(rule, {
  valid: [
    {name: 'the port has link', snapshot: office(pingFacts(server, {routes: [routeTo(server)], ping: pinged(server, 'no-reply')}))},
    {
      name: 'the route leaves by a port with link while a spare port has none',
      snapshot: office(pingFacts(server, {routes: [routeTo(server)]}), {
        ports: [officePort(), officePort({name: 'eth1', carrier: false, addresses: []})],
      }),
    },
    {name: 'no why-no-ping facts at all', snapshot: {...office(pingFacts(server)), ping: undefined}},
  ],
  invalid: [
    {
      name: 'the cable is out of the only port',
      snapshot: office(pingFacts(server, {routes: [routeTo(server)], ping: pinged(server, 'no-reply'), arp: [arped(server)]}), {
        ports: [unplugged],
        routes: officeRoutes({linkdown: true}),
      }),
      reports: [
        {
          title: /eth0.*has no link/,
          evidence: ['reports no link (carrier 0)', 'ip route get 192.168.1.20: dev eth0', '"linkdown"'],
          next: [/cable is firmly in eth0/],
        },
      ],
    },
    {
      name: 'the cable is in the other port (the onboard port died, a card was added)',
      snapshot: office(pingFacts(server, {routes: [routeTo(server)]}), {
        ports: [unplugged, officePort({name: 'eth1', addresses: [], busId: '0000:03:00.0', kind: 'card'})],
      }),
      reports: [{evidence: [/eth1 \(card.*has link/], next: [/wrong port: eth1 has link/]}],
    },
    {
      name: 'no route was asked (the name did not resolve) and no port has link',
      snapshot: office(pingFacts('nas.lan'), {ports: [unplugged], routes: []}),
      reports: [{title: /towards nas.lan/}],
    },
    {
      name: 'a port that never had link since boot',
      snapshot: office(pingFacts(server, {routes: [routeTo(server)]}), {ports: [officePort({carrier: false, carrierUpCount: 0})]}),
      reports: [{evidence: [/not had link once since boot/]}],
    },
  ],
})
