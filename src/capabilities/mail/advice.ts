// What the sender can do about an address that fails: for an earlier hop of the chain (a phone, a laptop) the header that names
// it, or the way the message leaves; for the address a server sends from, its PTR, which its provider sets.
import {isIpv4, reverseName, sameAddress} from '../../net/address.js'
import type {MailFacts, Sender} from './facts.js'

/** isOutgoing tells whether the address is the one a server hands the message to the receiving provider from: given, a name's,
 * this machine's, the refused one, or the last hop of a chain without a refusal. An earlier hop only appears in a header. */
export function isOutgoing(sender: Sender, facts: MailFacts): boolean {
  if (sender.source !== 'hop') return true
  return facts.rejection === null && sender.hop === facts.hops.length
}

/** ipv4ToProvider is how a server sends to one provider over IPv4 (while `why`). */
function ipv4ToProvider(why: string): string {
  return `Or send to that provider over IPv4, ${why} (Postfix: \`smtp_address_preference = ipv4\`; Exim: \`dns_ipv4_lookup = <its domains>\` on the router that sends there).`
}

/** earlierHopSteps are the sender's three ways out when an earlier hop fails (the seed's case: a phone's IPv6 privacy address,
 * which cannot have a PTR, named in the first Received: header). */
function earlierHopSteps(sender: Sender, facts: MailFacts): string[] {
  const by = facts.hops[(sender.hop ?? 1) - 1]?.by
  const server = by ? `${by}` : 'the server that took the message from it'
  return [
    `Stop the header: have ${server} leave out the Received: header that names ${sender.address} on mail to that provider (Exim: a router for that provider with \`headers_remove = Received\`, as the seed's author did; Postfix: \`header_checks\` on the submission service with \`/^Received: .* with ESMTPSA/ IGNORE\`).`,
    `Or relay through a host whose address has a PTR that resolves back (send from a network that has one, or through a VPN to ${server}), so the first hop is an address that passes.`,
    ipv4ToProvider("where Gmail's IPv6 sending guidelines (the PTR check of every hop) do not apply, if the server's IPv4 address passes"),
  ]
}

/** remedies are the next steps for an address that fails: `fix` (what to change in DNS) for an address a server sends from,
 * with sending over IPv4 meanwhile for an IPv6 one; the three ways around it for an earlier hop. */
export function remedies(sender: Sender, facts: MailFacts, fix: string): string[] {
  if (!isOutgoing(sender, facts)) return earlierHopSteps(sender, facts)
  const meanwhile = isIpv4(sender.address) ? [] : [ipv4ToProvider('while this is fixed, if the IPv4 address passes')]
  return [fix, ...meanwhile, `Check it from outside: \`dig -x ${sender.address}\`.`]
}

/** ptrOwnerStep says who sets an address's PTR: whoever holds its block, in the reverse zone, not the domain's own zone. */
export function ptrOwnerStep(address: string, name: string): string {
  return `Ask whoever holds ${address}'s address block (the hosting provider or ISP: the PTR lives in their reverse zone, ${reverseName(address)}, not in your domain's zone) to set its PTR to ${name}, a name whose A/AAAA record is ${address}.`
}

/** wantedName is the name an address's PTR should give: this machine's HELO name for an address this machine holds, else a
 * placeholder. */
export function wantedName(facts: MailFacts, address: string): string {
  const mine = facts.machineAddresses.some(held => sameAddress(held, address))
  return mine && facts.helo ? facts.helo.name : "the sending server's own name (e.g. mail.<your domain>)"
}
