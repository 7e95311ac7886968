// Asks the kernel which way it would send to an address (`ip -j route get`): the port, the gateway, or no route at all.
import type {Host} from '../host/host.js'
import {outcomeReason} from '../host/run-command.js'
import {parseIpRouteGet} from '../parse/ip-route-get.js'
import type {RouteProbe} from '../capabilities/ping/facts.js'

/** routeGet returns `host`'s kernel's route to `address`, or the kernel's reason there is none (e.g. "Network is unreachable"); when the
 * kernel could not be asked at all (ip missing, failing or silent), `unknown` says so: that is no evidence of a missing route. */
export async function routeGet(host: Host, address: string): Promise<RouteProbe> {
  const outcome = await host.commands.run(['ip', '-j', 'route', 'get', address], {timeoutMs: 1000})
  if (outcome.kind === 'ok') {
    const result = parseIpRouteGet(outcome.stdout)
    return result.ok ? {to: address, route: result.value, error: null} : {to: address, route: null, error: result.error, unknown: true}
  }
  const kernel = outcome.kind === 'failed' ? /RTNETLINK answers: (.+)/.exec(outcome.stderr) : null
  return kernel
    ? {to: address, route: null, error: kernel[1]!.trim()}
    : {to: address, route: null, error: outcomeReason(outcome), unknown: true}
}
