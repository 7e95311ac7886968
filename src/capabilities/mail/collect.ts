// Collects the mail section: the sending addresses (given, a host name's, this machine's public-looking ones, or a message's
// Received: chain), each address's PTR on every DNS server, each PTR name's A/AAAA, and this machine's HELO name with its
// addresses; every question through netdoc's own resolver with a short timeout, under one deadline.
import type {Host} from '../../host/host.js'
import {addressOf, sameAddress} from '../../net/address.js'
import type {Deadline} from '../../probe/deadline.js'
import {queryPtr, queryServer, readResolverConfig} from '../../probe/dns.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {configuredAddresses, configuredIpv6Addresses} from '../../snapshot/ports.js'
import {usablePorts} from '../../views/usable-ports.js'
import {isNonPublicAddress} from '../internet/names.js'
import {ensureNics} from '../nics/collect.js'
import type {DnsAnswer, ProbeRecord} from '../ping/facts.js'
import {MAX_PTR_NAMES, plainName} from './classify.js'
import type {MailFacts, MailRequest, Sender} from './facts.js'
import {readConfiguredHelo} from './helo.js'

/** MAIL_DNS_WINDOW_MS is the longest one DNS question waits: a working server answers in well under a second. */
export const MAIL_DNS_WINDOW_MS = 1500

/** PRIVATE_SKIPPED says why a private address is not asked about. */
export const PRIVATE_SKIPPED = 'a private, loopback or link-local address: no receiving server can look up its PTR'

/** Draft is a sending address before DNS is asked about it. */
type Draft = Omit<Sender, 'ptr' | 'forward'>

/** MailRun holds one run's servers, records and gaps while its questions are in flight. */
class MailRun {
  readonly records: ProbeRecord[] = []
  readonly gaps: Gap[] = []

  constructor(
    readonly host: Host,
    readonly deadline: Deadline,
    readonly servers: string[],
  ) {}

  /** addresses asks every server for a name's A and AAAA records. */
  addresses(name: string): Promise<DnsAnswer[]> {
    return Promise.all(
      this.servers.map(async server => {
        const answer = await queryServer(this.host, server, name, this.deadline.windowMs(MAIL_DNS_WINDOW_MS))
        this.records.push({
          probe: 'dns',
          subject: `${name} @ ${server}`,
          outcome: answer.outcome,
          detail: answer.addresses.join(', ') || (answer.code ?? ''),
          ms: answer.ms,
        })
        return answer
      }),
    )
  }

  /** check asks every server for the address's PTR, then every server for the addresses of each name the first answer gave. */
  async check(draft: Draft): Promise<Sender> {
    if (draft.skipped !== null) return {...draft, ptr: [], forward: []}
    const ptr = await Promise.all(
      this.servers.map(async server => {
        const answer = await queryPtr(this.host, server, draft.address, this.deadline.windowMs(MAIL_DNS_WINDOW_MS))
        this.records.push({
          probe: 'ptr',
          subject: `${draft.address} @ ${server}`,
          outcome: answer.outcome,
          detail: answer.names.join(', ') || (answer.code ?? ''),
          ms: answer.ms,
        })
        return answer
      }),
    )
    const names = [...new Set(ptr.find(answer => answer.outcome === 'answered')?.names.map(plainName) ?? [])].slice(0, MAX_PTR_NAMES)
    const forward = (await Promise.all(names.map(name => this.addresses(name)))).flat()
    return {...draft, ptr, forward}
  }
}

/** skippedReason says why an address is not asked about, or null for a public-looking one (the documentation ranges count). */
function skippedReason(address: string): string | null {
  return isNonPublicAddress(address) ? PRIVATE_SKIPPED : null
}

/** chainDrafts are the addresses of a message's Received: chain, first hop first, then the address a refusal named. */
function chainDrafts(chain: NonNullable<MailRequest['headers']>['chain']): Draft[] {
  const hops = chain.hops.flatMap((hop, index): Draft[] =>
    hop.address === null
      ? []
      : [
          {
            address: hop.address,
            source: 'hop',
            hop: index + 1,
            label: `hop ${index + 1} (from ${hop.from ?? `[${hop.address}]`}${hop.by ? ` by ${hop.by}` : ''})`,
            skipped: skippedReason(hop.address),
          },
        ],
  )
  const refused = chain.rejection
    ? [
        {
          address: chain.rejection.address,
          source: 'rejection' as const,
          hop: null,
          label: 'the address the receiving server refused',
          skipped: skippedReason(chain.rejection.address),
        },
      ]
    : []
  return [...hops, ...refused]
}

/** machineDrafts are this machine's public-looking addresses on ports that can carry traffic, both families. */
function machineDrafts(nics: Snapshot['nics']): Draft[] {
  return usablePorts(nics).flatMap(port =>
    [...configuredAddresses(port), ...configuredIpv6Addresses(port)]
      .map(addressOf)
      .filter(address => !isNonPublicAddress(address))
      .map(address => ({address, source: 'machine' as const, hop: null, label: `this machine (${port.name})`, skipped: null})),
  )
}

/** distinct keeps the first draft of each address (a refused address that is also the last hop is checked once). */
function distinct(drafts: Draft[]): Draft[] {
  return drafts.filter((draft, index) => drafts.findIndex(other => sameAddress(other.address, draft.address)) === index)
}

/** collectMail fills snapshot.mail (and snapshot.nics, unless a message's headers are checked), every question within `deadline`. */
export async function collectMail(host: Host, request: MailRequest, snapshot: Snapshot, deadline: Deadline): Promise<void> {
  const configured = readResolverConfig(host.files)
  const servers = request.server ? [request.server] : configured.config.servers
  const run = new MailRun(host, deadline, servers)
  if (!request.server && configured.problem) run.gaps.push({fact: 'DNS configuration', reason: configured.problem})
  if (servers.length === 0 && !configured.problem)
    run.gaps.push({fact: 'DNS', reason: '/etc/resolv.conf names no nameserver: name one with --server'})

  let drafts: Draft[] = []
  let resolved: DnsAnswer[] = []
  let machineAddresses: string[] = []
  const input = request.input
  if (request.headers) drafts = chainDrafts(request.headers.chain)
  else {
    const mine = machineDrafts(await ensureNics(host, snapshot))
    machineAddresses = mine.map(draft => draft.address)
    if (input && input.kind !== 'name') {
      const held = mine.find(draft => sameAddress(draft.address, input.input))
      drafts = [
        {
          address: input.input,
          source: 'given',
          hop: null,
          label: held ? held.label : 'the given address',
          skipped: skippedReason(input.input),
        },
      ]
    } else if (input) {
      resolved = await run.addresses(input.input)
      const addresses = [...new Set(resolved.filter(answer => answer.outcome === 'answered').flatMap(answer => answer.addresses))]
      drafts = addresses.map(address => ({address, source: 'name', hop: null, label: input.input, skipped: skippedReason(address)}))
    } else drafts = mine
  }
  const configuredHelo = request.headers ? null : readConfiguredHelo(host.files)
  const [senders, heloForward] = await Promise.all([
    Promise.all(distinct(drafts).map(draft => run.check(draft))),
    configuredHelo ? run.addresses(configuredHelo.name) : Promise.resolve([]),
  ])
  const facts: MailFacts = {
    input: input?.input ?? null,
    headersFile: request.headers?.path ?? null,
    servers,
    serversFrom: request.server ? '--server' : 'resolv.conf',
    resolved,
    hops: request.headers?.chain.hops ?? [],
    rejection: request.headers?.chain.rejection ?? null,
    senders,
    machineAddresses,
    helo: configuredHelo ? {...configuredHelo, forward: heloForward} : null,
    probes: run.records,
  }
  snapshot.mail = facts
  snapshot.gaps.push(...run.gaps.map(gap => ({...gap, section: 'mail'})))
}
