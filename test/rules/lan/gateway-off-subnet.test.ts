// lan.gateway-off-subnet: a default gateway on none of the port's subnets.
import rule from '../../../rules/lan/gateway-off-subnet.js'
import {lanSnapshot} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const oldGateway = [{destination: 'default', gateway: '192.168.0.1', dev: 'eth0', linkdown: false}]

testRule(rule, {
  valid: [
    {name: 'the gateway is on the subnet', snapshot: lanSnapshot()},
    {name: 'no default route', snapshot: lanSnapshot({}, undefined, [])},
    {
      name: 'a default route of another port',
      snapshot: lanSnapshot({}, undefined, [{destination: 'default', gateway: '10.0.0.1', dev: 'wlan0', linkdown: false}]),
    },
  ],
  invalid: [
    {
      name: "the old router's gateway left after a router swap",
      snapshot: lanSnapshot({}, undefined, oldGateway),
      reports: [
        {
          subject: '192.168.0.1',
          title: /192\.168\.0\.1 is outside eth0's subnet 192\.168\.1\.0\/24/,
          next: ['sudo ip route replace default via 192.168.1.1 dev eth0'],
        },
      ],
    },
  ],
})
