// Rule: the target is a private address outside every local subnet and does not answer: a device left on an old router's subnet.
import {defineRule} from '../../src/engine/rule.js'
import {subnetOf, temporaryAddress} from '../../src/net/ipv4.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredArp, gatewayMacs} from '../../src/views/arp-answers.js'
import {defaultGateway} from '../../src/views/default-routes.js'
import {localSubnets, subnetHolding, subnetsText} from '../../src/views/local-subnets.js'
import {pingEvidence, pingFailed} from '../../src/views/ping-outcome.js'
import {targetRoute} from '../../src/views/target-route.js'
import {isPrivateIpv4} from '../../src/net/address.js'
import noAddress from '../local/no-address.js'

/** wrongSubnet reports a silent private target outside every local subnet that was found on this very cable: its own ARP answer
 * (Linux answers for its address whatever subnet asks; an answer from the router's MAC is proxy ARP, not the device) or its
 * requests for the gateway it still believes in. Without such evidence it says nothing: the target may just be behind the router. */
export default defineRule<Snapshot>({
  id: 'target.wrong-subnet',
  title: "The target is a private address outside every local subnet and does not answer: an old router's subnet",
  severity: 'error',
  dependsOn: [noAddress],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null || !isPrivateIpv4(facts.address) || subnetHolding(facts.address, snapshot.nics) !== null) return []
    const address = facts.address
    const route = targetRoute(facts)?.route ?? null
    const gateway = defaultGateway(snapshot.nics)
    if (route?.gateway && gateway && route.gateway !== gateway.gateway) return []
    const proxied = gatewayMacs(facts, route?.gateway ?? gateway?.gateway ?? null)
    const macs = answeredArp(facts, address).filter(mac => !proxied.has(mac))
    if (!pingFailed(facts) && !(facts.ping?.outcome === 'not-permitted' && macs.length > 0)) return []
    const requests = (facts.listening?.sightings ?? []).filter(
      s => s.op === 'request' && s.senderIp === address && s.targetIp !== null && s.targetIp !== address,
    )
    const asked = new Map<string, number>()
    for (const request of requests) asked.set(request.targetIp!, (asked.get(request.targetIp!) ?? 0) + 1)
    const believedGateway = [...asked.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
    const oldSubnet = subnetOf(believedGateway ?? address, 24)
    const dev = route?.dev ?? gateway?.dev ?? localSubnets(snapshot.nics)[0]?.dev ?? 'eth0'
    const current = localSubnets(snapshot.nics).find(subnet => subnet.dev === dev) ?? localSubnets(snapshot.nics)[0]
    const heardMacs = [...new Set([...macs, ...requests.map(r => r.senderMac)])]
    const evidence = [`${address} is a private address outside every local subnet (${subnetsText(snapshot.nics)})`]
    if (macs.length > 0)
      evidence.push(
        `${address} answered ARP on ${dev} from ${macs.join(' and ')}: it is on this cable (Linux answers ARP for its own address whatever subnet asks)`,
      )
    if (believedGateway)
      evidence.push(
        `heard ${address} (${requests[0]!.senderMac}) ask "who-has ${believedGateway}" ${asked.get(believedGateway)} time(s) while listening ${((facts.listening?.ms ?? 0) / 1000).toFixed(1)} s: it still looks for its old gateway ${believedGateway}`,
      )
    if (facts.ping && facts.ping.outcome !== 'not-permitted') evidence.push(pingEvidence(facts))
    const temporary = temporaryAddress(
      oldSubnet,
      new Set([address, believedGateway ?? '', ...(facts.listening?.sightings ?? []).map(s => s.senderIp)]),
    )
    const next = [
      `Give ${address} an address on the current subnet${current ? ` ${current.cidr}` : ''}: switch it to DHCP, or set a free static address${gateway ? ` with gateway ${gateway.gateway}` : ''}.`,
      `Meanwhile, reach it from here with a temporary address on its old subnet: \`sudo ip addr add ${temporary}/24 dev ${dev}\`, then \`ping ${address}\`; remove it afterwards with \`sudo ip addr del ${temporary}/24 dev ${dev}\`.`,
    ]
    if (heardMacs.length === 0) return []
    return [
      {
        title: `${address} is on this cable (MAC ${heardMacs.join(', ')}) but configured for another subnet, ${oldSubnet}${believedGateway ? ` with gateway ${believedGateway}` : ''}: probably set up for the old router`,
        evidence,
        next,
        subject: address,
      },
    ]
  },
})
