// Which gateway this machine's default route goes through, and which ports its default routes leave by.
import type {NicsFacts} from '../capabilities/nics/facts.js'

/** defaultGateway is the gateway of this machine's first default route, with its port. */
export function defaultGateway(nics: NicsFacts | undefined): {gateway: string; dev: string} | null {
  const route = (nics?.routes ?? []).find(r => r.destination === 'default' && r.gateway !== null)
  return route ? {gateway: route.gateway!, dev: route.dev} : null
}

/** defaultRouteDevs names the ports this machine's default routes leave by (with a gateway or without, as a VPN's). */
export function defaultRouteDevs(nics: NicsFacts | undefined): Set<string> {
  return new Set((nics?.routes ?? []).filter(route => route.destination === 'default').map(route => route.dev))
}
