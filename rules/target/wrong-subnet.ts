// Rule: the target is a private address outside every local subnet and does not answer: a device left on an old router's subnet.
import {defineRule} from '../../src/engine/rule.js'
import {subnetOf, temporaryAddress} from '../../src/net/ipv4.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredArp, arpSilence, defaultGateway, localSubnets, pingEvidence, pingFailed, subnetHolding, subnetsText, targetRoute} from '../../src/snapshot/target-path.js'
import {isPrivateIpv4} from '../../src/net/address.js'

/** wrongSubnet reports a silent private target outside every local subnet, with the strongest evidence heard on the cable:
 * its own ARP answer (Linux answers for its address whatever subnet asks) and its requests for the gateway it still believes in.
 * Without such evidence it only says "most likely", and only when the route via the gateway works (else that is the cause). */
export default defineRule<Snapshot>({
  id: 'target.wrong-subnet',
  title: "The target is a private address outside every local subnet and does not answer: an old router's subnet",
  severity: 'error',
  quietWhen: ['local.no-carrier', 'local.no-address'],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null || !isPrivateIpv4(facts.address) || subnetHolding(facts.address, snapshot.nics) !== null) return []
    const address = facts.address
    const route = targetRoute(facts)?.route ?? null
    const gateway = defaultGateway(snapshot.nics)
    if (route?.gateway && gateway && route.gateway !== gateway.gateway) return []
    const macs = answeredArp(facts, address)
    if (!pingFailed(facts) && !(facts.ping?.outcome === 'not-permitted' && macs.length > 0)) return []
    const requests = (facts.listening?.sightings ?? []).filter(s => s.op === 'request' && s.senderIp === address && s.targetIp !== null && s.targetIp !== address)
    const asked = new Map<string, number>()
    for (const request of requests) asked.set(request.targetIp!, (asked.get(request.targetIp!) ?? 0) + 1)
    const believedGateway = [...asked.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
    const oldSubnet = subnetOf(believedGateway ?? address, 24)
    const dev = route?.dev ?? gateway?.dev ?? localSubnets(snapshot.nics)[0]?.dev ?? 'eth0'
    const current = localSubnets(snapshot.nics).find(subnet => subnet.dev === dev) ?? localSubnets(snapshot.nics)[0]
    const heardMacs = [...new Set([...macs, ...requests.map(r => r.senderMac)])]
    const evidence = [`${address} is a private address outside every local subnet (${subnetsText(snapshot.nics)})`]
    if (macs.length > 0)
      evidence.push(`${address} answered ARP on ${dev} from ${macs.join(' and ')}: it is on this cable (Linux answers ARP for its own address whatever subnet asks)`)
    if (believedGateway)
      evidence.push(
        `heard ${address} (${requests[0]!.senderMac}) ask "who-has ${believedGateway}" ${asked.get(believedGateway)} time(s) while listening ${((facts.listening?.ms ?? 0) / 1000).toFixed(1)} s: it still looks for its old gateway ${believedGateway}`,
      )
    if (facts.ping && facts.ping.outcome !== 'not-permitted') evidence.push(pingEvidence(facts))
    const temporary = temporaryAddress(oldSubnet, new Set([address, believedGateway ?? '', ...(facts.listening?.sightings ?? []).map(s => s.senderIp)]))
    const next = [
      `Give ${address} an address on the current subnet${current ? ` ${current.cidr}` : ''}: switch it to DHCP, or set a free static address${gateway ? ` with gateway ${gateway.gateway}` : ''}.`,
      `Meanwhile, reach it from here with a temporary address on its old subnet: \`sudo ip addr add ${temporary}/24 dev ${dev}\`, then \`ping ${address}\`; remove it afterwards with \`sudo ip addr del ${temporary}/24 dev ${dev}\`.`,
    ]
    const strong = heardMacs.length > 0
    if (!strong && (!route?.gateway || arpSilence(facts, route.gateway).length > 0)) return []
    if (!strong) next.push(`If ${address} is meant to be reached through a router (another site or VLAN), check that route instead.`)
    return [
      {
        title: strong
          ? `${address} is on this cable (MAC ${heardMacs.join(', ')}) but configured for another subnet, ${oldSubnet}${believedGateway ? ` with gateway ${believedGateway}` : ''}: probably set up for the old router`
          : `${address} is outside this machine's subnet and does not answer: most likely a device whose static address belongs to an old router's subnet (${oldSubnet})`,
        evidence,
        next,
        subject: address,
      },
    ]
  },
})
