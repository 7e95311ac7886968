// What to type into the router to keep this machine's address: the MAC of the port with the link, the address, and the MACs not to use.
import type {NicsFacts} from '../capabilities/nics/facts.js'
import {linkState} from '../snapshot/ports.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {inSubnet} from '../net/ipv4.js'
import {addressOrigins} from './address-origins.js'
import {lanPort} from './checked-port.js'
import {suggestedAddress} from './free-addresses.js'
import {inPool, poolView} from './pool.js'
import {routerView} from './router.js'

/** ReservationPort is one wired port of this machine, as a DHCP reservation would see it. */
export interface ReservationPort {
  name: string
  mac: string | null
  link: string
  describe: string
}

/** Reservation is what to type into the router to keep this machine's address: the MAC of the port with the link. */
export interface Reservation {
  dev: string
  mac: string | null
  address: string | null
  /** addressChecked tells whether duplicate address detection found nobody else on the address just now. */
  addressChecked: boolean
  otherPorts: ReservationPort[]
}

/** reservation names the MAC a DHCP reservation must use (the checked port, which carries the link) and the other ports' MACs
 * that it must not use, with an address for it: the current one when outside the pool, else a suggested free one. */
export function reservation(snapshot: Snapshot): Reservation | null {
  const port = lanPort(snapshot)
  if (!port || port.name === null) return null
  const pool = poolView(snapshot)
  const current = addressOrigins(snapshot)[0]?.address ?? null
  const subnet = routerView(snapshot).subnet
  const keeps = current !== null && (subnet === null || inSubnet(current, subnet)) && !inPool(current, pool)
  const suggestion = keeps ? null : suggestedAddress(snapshot)
  return {
    dev: port.name,
    mac: port.mac,
    address: keeps ? current : (suggestion?.address ?? null),
    addressChecked: keeps
      ? (snapshot.lan?.duplicates ?? []).some(probe => probe.address === current && probe.outcome === 'no-reply')
      : (suggestion?.checked ?? false),
    otherPorts: wiredPortsBesides(snapshot.nics, port.name),
  }
}

function wiredPortsBesides(nics: NicsFacts | undefined, name: string): ReservationPort[] {
  return (nics?.ports ?? [])
    .filter(port => port.name !== null && port.name !== name && port.virtualType === null && port.mac !== null && !port.wireless)
    .map(port => ({
      name: port.name!,
      mac: port.mac,
      link: linkState(port),
      describe: `${port.name} (${port.kind}${port.model ? `, ${port.model}` : ''})`,
    }))
}
