// When a DHCP lease ends, whether it was still running when the snapshot was taken, and one port's leases newest first.
import type {LanFacts, Lease} from '../capabilities/lan/facts.js'

/** leaseEnds is when a lease ends: the file's expiry, else the time it was written plus its lease time; null when unknown, as
 * when the file's times are no dates (a damaged or hostile snapshot) or past what a Date can hold. */
export function leaseEnds(lease: Lease): number | null {
  const ends = lease.expires
    ? Date.parse(lease.expires)
    : lease.writtenAt && lease.leaseSeconds !== null
      ? Date.parse(lease.writtenAt) + lease.leaseSeconds * 1000
      : null
  return ends === null || Number.isNaN(new Date(ends).getTime()) ? null : ends
}

/** leaseIsCurrent tells whether a lease was still running when the snapshot was taken (unknown end counts as current). */
export function leaseIsCurrent(lease: Lease, collectedAt: string): boolean {
  const ends = leaseEnds(lease)
  return ends === null || ends > Date.parse(collectedAt)
}

/** leasesOf lists the leases of one port, newest file first. */
export function leasesOf(lan: LanFacts, dev: string | null): Lease[] {
  return lan.leases.filter(lease => lease.dev === dev).sort((a, b) => (b.writtenAt ?? '').localeCompare(a.writtenAt ?? ''))
}
