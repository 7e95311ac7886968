// The facts `netdoc mail` gathers: the sending addresses (given, a name's, this machine's, or a message's Received: chain), each
// address's PTR and the addresses of its PTR names, and this machine's HELO name. Each type is derived from its schema
// (./schema.ts); the imports are types only, so zod stays out of start-up.
import type {z} from 'zod'
import type {Target} from '../../parse/target.js'
import type {ReceivedChain} from '../../parse/received-chain.js'
import type {helo, hop, mailSchema, ptrAnswer, sender, senderSource} from './schema.js'

/** PtrAnswer is one server's answer to an address's PTR question. */
export type PtrAnswer = z.output<typeof ptrAnswer>

/** SenderSource says where a sending address came from. */
export type SenderSource = z.output<typeof senderSource>

/** Sender is one sending address with its PTR and forward answers. */
export type Sender = z.output<typeof sender>

/** Hop is one Received: header as read. */
export type Hop = z.output<typeof hop>

/** Helo is this machine's mail server's greeting name and its addresses. */
export type Helo = z.output<typeof helo>

/** MailFacts are a mail run's facts. */
export type MailFacts = z.output<typeof mailSchema>

/** MailRequest is what `netdoc mail` asks: an address or host name (null: this machine's addresses), a message's headers already
 * read (the file and its chain), and the DNS server to ask instead of resolv.conf's. */
export interface MailRequest {
  input: Target | null
  headers: {path: string; chain: ReceivedChain} | null
  server: string | null
}
