// Whether each address of the checked port came from DHCP or was set by hand (static), and the fact that decided it.
import type {Snapshot} from '../snapshot/snapshot.js'
import {addressOf} from '../net/address.js'
import {portAddresses} from './checked-port.js'
import {leaseIsCurrent} from './leases.js'

/** AddressOrigin says whether an address came from DHCP or was set by hand, and the fact that decided it. */
export interface AddressOrigin {
  address: string
  cidr: string
  origin: 'dhcp' | 'static'
  evidence: string
}

/** addressOrigins decides, for each of the checked port's addresses, DHCP (it has a lifetime, or a current lease names it) or static. */
export function addressOrigins(snapshot: Snapshot): AddressOrigin[] {
  const lan = snapshot.lan
  if (!lan) return []
  return portAddresses(lan, lan.dev).map(entry => {
    const address = addressOf(entry.cidr)
    if (entry.dynamic)
      return {
        address,
        cidr: entry.cidr,
        origin: 'dhcp',
        evidence: `${entry.cidr} on ${entry.dev} expires${entry.validSeconds !== null ? ` in ${entry.validSeconds} s` : ''} (a DHCP lease)`,
      }
    const lease = lan.leases.find(candidate => candidate.address === address && leaseIsCurrent(candidate, snapshot.collectedAt))
    if (lease) return {address, cidr: entry.cidr, origin: 'dhcp', evidence: `${lease.path} holds a current lease of ${address}`}
    return {
      address,
      cidr: entry.cidr,
      origin: 'static',
      evidence: `${entry.cidr} on ${entry.dev} never expires and no current DHCP lease names it: set by hand (static)`,
    }
  })
}

/** staticAddresses are the checked port's addresses set by hand. */
export function staticAddresses(snapshot: Snapshot): AddressOrigin[] {
  return addressOrigins(snapshot).filter(entry => entry.origin === 'static')
}
