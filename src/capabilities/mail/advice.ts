// What the sender can do about an address that fails: for an earlier hop of the chain (a phone, a laptop) the header that names
// it, or the way the message leaves; for the address a server sends from, its PTR, which its provider sets.
import {isIpv4, reverseName} from '../../net/address.js'
import type {MailFacts, Sender} from './facts.js'

/** isOutgoing tells whether the address is the one a server hands the message to the receiving provider from: given, a name's,
 * this machine's, the refused one, or the last hop of a chain without a refusal. An earlier hop only appears in a header. */
export function isOutgoing(sender: Sender, facts: MailFacts): boolean {
  if (sender.source !== 'hop') return true
  return facts.rejection === null && sender.hop === facts.hops.length
}

/** IPV4_TO_PROVIDER is how a server sends to one provider over IPv4 while its IPv6 address has no good PTR. */
const IPV4_TO_PROVIDER =
  'Or send to that provider over IPv4 while this is fixed, if the IPv4 address passes (Postfix: `smtp_address_preference = ipv4`; Exim: `dns_ipv4_lookup = <its domains>` on the router that sends there).'

/** earlierHopSteps are the sender's three ways out when an earlier hop fails (the seed's case: a phone's IPv6 privacy address,
 * which cannot have a PTR, named in the first Received: header). */
function earlierHopSteps(sender: Sender, facts: MailFacts): string[] {
  const by = facts.hops[(sender.hop ?? 1) - 1]?.by
  const server = by ? `${by}` : 'the server that took the message from it'
  return [
    `Stop the header: have ${server} leave out the Received: header that names ${sender.address} on mail to that provider (Exim: a router for that provider with \`headers_remove = Received\`, as the seed's author did; Postfix: \`header_checks\` on the submission service with \`/^Received: .* with ESMTPSA/ IGNORE\`).`,
    `Or relay through a host whose address has a PTR that resolves back (send from a network that has one, or through a VPN to ${server}), so the first hop is an address that passes.`,
    ...(isIpv4(sender.address) ? [] : [IPV4_TO_PROVIDER.replace('if the IPv4 address passes', 'where the chain holds no IPv6 hop')]),
  ]
}

/** remedies are the next steps for an address that fails: `fix` (what to change in DNS) for an address a server sends from,
 * with sending over IPv4 meanwhile for an IPv6 one; the three ways around it for an earlier hop. */
export function remedies(sender: Sender, facts: MailFacts, fix: string): string[] {
  if (!isOutgoing(sender, facts)) return earlierHopSteps(sender, facts)
  return [fix, ...(isIpv4(sender.address) ? [] : [IPV4_TO_PROVIDER]), `Check it from outside: \`dig -x ${sender.address}\`.`]
}

/** ptrOwnerStep says who sets an address's PTR: whoever holds its block, in the reverse zone, not the domain's own zone. */
export function ptrOwnerStep(address: string, name: string): string {
  return `Ask whoever holds ${address}'s address block (the hosting provider or ISP: the PTR lives in their reverse zone, ${reverseName(address)}, not in your domain's zone) to set its PTR to ${name}, a name whose A/AAAA record is ${address}.`
}

/** wantedName is the name a PTR should give: this machine's HELO name when it has one, else a placeholder. */
export function wantedName(facts: MailFacts): string {
  return facts.helo?.name ?? "your mail server's own name (e.g. mail.<your domain>)"
}
