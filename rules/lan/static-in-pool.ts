// Rule: a static address lies inside the router's DHCP pool: the router may hand it to another device at any time.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {staticAddresses} from '../../src/views/address-origins.js'
import {lanPort} from '../../src/views/checked-port.js'
import {dhcpServers} from '../../src/views/dhcp-servers.js'
import {suggestedAddress} from '../../src/views/free-addresses.js'
import {inPool, poolView} from '../../src/views/pool.js'
import {routerView} from '../../src/views/router.js'
import {inSubnet} from '../../src/net/ipv4.js'
import staticOffSubnet from './static-off-subnet.js'
import addressInUse from './address-in-use.js'

/** staticInPool reports a static address in the pool (a range told or configured, or the span seen handed out, or handed to another
 * device), unless the router offers that very address to this machine (a reservation for it). Proposes a free address outside the pool. */
export default defineRule<Snapshot>({
  id: 'lan.static-in-pool',
  title: "A static address is inside the router's DHCP pool: a conflict waiting to happen",
  severity: 'warning',
  dependsOn: [staticOffSubnet, addressInUse],
  evaluate(snapshot) {
    const lan = snapshot.lan
    const subnet = routerView(snapshot).subnet
    const pool = lan ? poolView(snapshot) : null
    if (!lan || !pool || (subnet === null && pool.kind !== 'range')) return []
    const offers = lan.discover?.offers ?? []
    const reservedForUs = new Set(offers.filter(offer => !offer.sample).map(offer => offer.yiaddr))
    const offeredToSamples = new Set(offers.filter(offer => offer.sample).map(offer => offer.yiaddr))
    const handedToOthers = (lan.listening?.dhcp ?? []).filter(
      s => ['OFFER', 'ACK'].includes(s.messageType) && s.clientMac !== null && s.clientMac !== lan.discover?.mac,
    )
    const suggestion = suggestedAddress(snapshot)
    return staticAddresses(snapshot).flatMap(entry => {
      if ((subnet !== null && !inSubnet(entry.address, subnet)) || reservedForUs.has(entry.address)) return []
      const given = handedToOthers.find(s => s.yiaddr === entry.address)
      const sampled = offeredToSamples.has(entry.address)
      if (!given && !sampled && !inPool(entry.address, pool)) return []
      const evidence = [entry.evidence]
      if (pool.kind === 'range') evidence.push(`the DHCP pool is ${pool.first}–${pool.last} (${pool.source})`)
      if (pool.kind === 'observed')
        evidence.push(`DHCP hands out ${pool.first} … ${pool.last} (${pool.source}); a pool is one range, so it spans ${entry.address}`)
      if (given)
        evidence.push(
          `heard the DHCP server ${given.serverId ?? given.sourceIp} ${given.messageType} ${entry.address} to ${given.clientMac}`,
        )
      if (sampled)
        evidence.push(
          `the router offered ${entry.address} itself to one of netdoc's sampling DISCOVERs (a made-up client): it is in the pool`,
        )
      for (const server of dhcpServers(lan).slice(0, 1)) evidence.push(server.evidence[0]!)
      const certain = given !== undefined || sampled || pool.kind === 'range'
      const next = suggestion
        ? [
            `Move ${lan.dev} to ${suggestion.address}, outside the pool (${suggestion.checked ? 'checked free with arping -D just now' : 'not checked as free: run as root to check'}), or shrink the pool in the router so it leaves ${entry.address} out.`,
          ]
        : [
            pool.kind === 'range'
              ? `Move ${lan.dev} to an address outside the pool, or shrink the pool in the router so it leaves ${entry.address} out.`
              : `Look up the pool on the router's DHCP settings page, then move ${lan.dev} outside it (\`netdoc lan --pool FIRST-LAST\` proposes a free address), or shrink the pool so it leaves ${entry.address} out.`,
          ]
      const mac = lanPort(snapshot)?.mac
      next.push(
        `Or reserve ${entry.address} in the router for ${mac ? `this port's MAC ${mac}` : "this port's MAC"} (see "Reservation" below), and switch ${lan.dev} to DHCP.`,
      )
      return [
        {
          title: given
            ? `The static address ${entry.address} of ${lan.dev} was just handed to another device by DHCP: two devices will share it`
            : `The static address ${entry.address} of ${lan.dev} is ${certain ? '' : 'probably '}inside the DHCP pool: the router may give it to another device`,
          evidence,
          next,
          subject: entry.address,
        },
      ]
    })
  },
})
