// Rule: this machine has several wired ports; a DHCP reservation must use the MAC of the one that carries the link.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {reservation} from '../../src/views/reservation.js'

/** reserveLinkedPort names the MAC to reserve (the checked port, which has the link) and the other ports' MACs not to use. */
export default defineRule<Snapshot>({
  id: 'lan.reserve-linked-port',
  title: 'A DHCP reservation must name the MAC of the port that carries the link',
  severity: 'info',
  evaluate(snapshot) {
    const plan = reservation(snapshot)
    const others = (plan?.otherPorts ?? []).filter(port => port.mac !== null && port.mac !== plan?.mac)
    if (!plan || !plan.mac || others.length === 0) return []
    const stale = (snapshot.lan?.leases ?? []).filter(lease => others.some(port => port.name === lease.dev))
    return [
      {
        title: `Reserve this machine's address for ${plan.dev}'s MAC ${plan.mac}, not for ${others.map(port => `${port.name}'s ${port.mac}`).join(' or ')}`,
        evidence: [
          `${plan.dev} carries the link (${snapshot.lan?.devReason ?? 'checked port'})`,
          ...others.map(port => `${port.describe}: MAC ${port.mac}, ${port.link}`),
          ...stale.map(
            lease =>
              `${lease.path} is an older lease of ${lease.dev} (${lease.address ?? 'no address'}): a reservation made then used ${lease.dev}'s MAC`,
          ),
        ],
        next: [
          `In the router's DHCP reservations, use ${plan.mac}${plan.address ? ` with ${plan.address}` : ''}; delete a reservation that names ${others.map(port => port.mac).join(' or ')}.`,
        ],
        subject: plan.dev,
      },
    ]
  },
})
