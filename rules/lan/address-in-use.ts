// Rule: another device answers for one of this port's own addresses (duplicate address detection, as arping -D does).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {lanPort} from '../../src/views/checked-port.js'

/** addressInUse reports an own address that another MAC claims: it answered arping -D, or was heard answering ARP for it. */
export default defineRule<Snapshot>({
  id: 'lan.address-in-use',
  title: "Another device uses one of this machine's addresses",
  severity: 'error',
  evaluate(snapshot) {
    const lan = snapshot.lan
    if (!lan) return []
    const own = new Set((snapshot.nics?.ports ?? []).flatMap(port => (port.mac ? [port.mac] : [])))
    const port = lanPort(snapshot)
    const addresses = [...new Set(lan.duplicates.map(probe => probe.address))]
    return addresses.flatMap(address => {
      const probes = lan.duplicates.filter(probe => probe.address === address && probe.macs.some(mac => !own.has(mac)))
      const heard = (lan.listening?.arp ?? []).filter(s => s.op === 'reply' && s.senderIp === address && !own.has(s.senderMac))
      const macs = [...new Set([...probes.flatMap(probe => probe.macs), ...heard.map(s => s.senderMac)].filter(mac => !own.has(mac)))]
      if (macs.length === 0) return []
      const evidence = probes.map(
        probe =>
          `arping -D ${address} on ${probe.dev} (asking from 0.0.0.0, as duplicate address detection does): ${probe.line ?? probe.macs.join(', ')}`,
      )
      if (heard.length > 0) evidence.push(`heard ${macs.join(' and ')} answer ARP for ${address} while listening`)
      evidence.push(
        `this machine's ${lan.dev} has the MAC ${port?.mac ?? 'unknown'}; ${macs.join(' and ')} ${macs.length > 1 ? 'are' : 'is'} another device`,
      )
      return [
        {
          title: `Another device (${macs.join(', ')}) also uses ${address}, this machine's address on ${lan.dev}: an IP address conflict`,
          evidence,
          next: [
            `Find the other device: \`netdoc lan find ${macs[0]}\` names its maker, and the router's list of DHCP clients may name it.`,
            `Give one of the two another address: outside the DHCP pool if static, or switch it to DHCP.`,
            "Check the router's DHCP reservations: a reservation of this address for another MAC causes exactly this.",
          ],
          subject: address,
        },
      ]
    })
  },
})
