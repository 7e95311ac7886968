// Asks the kernel which way it would send to an address (`ip -j route get`): the port, the gateway, or no route at all.
import {outcomeReason, runCommand} from '../host/run-command.js'
import {parseIpRouteGet} from '../parse/ip-route-get.js'
import type {RouteProbe} from '../snapshot/ping.js'

/** routeGet returns the kernel's route to `address`, or the kernel's reason there is none (e.g. "Network is unreachable"). */
export async function routeGet(address: string): Promise<RouteProbe> {
  const outcome = await runCommand(['ip', '-j', 'route', 'get', address], {timeoutMs: 1000})
  if (outcome.kind === 'ok') {
    const result = parseIpRouteGet(outcome.stdout)
    return result.ok ? {to: address, route: result.value, error: null} : {to: address, route: null, error: result.error}
  }
  if (outcome.kind === 'failed') {
    const kernel = /RTNETLINK answers: (.+)/.exec(outcome.stderr)
    return {to: address, route: null, error: kernel ? kernel[1]!.trim() : outcomeReason(outcome)}
  }
  return {to: address, route: null, error: outcomeReason(outcome)}
}
