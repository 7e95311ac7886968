// The flags of commands that probe the network: --ping HOST and --timeout bounding the whole run, checked before anything is sent.
import * as Flags from '@oclif/core/flags'
import type {PingRequest} from '../collect/snapshot.js'
import {isRecordedTree} from '../host/root.js'

/** timeoutFlag bounds a whole run, probes included, in seconds. */
export const timeoutFlag = Flags.string({
  description: 'Seconds the whole run may take, probes included (0.5 to 60).',
  default: '3',
  helpValue: 'SECONDS',
})

/** timeoutMs reads --timeout's seconds as milliseconds, or says why they are not usable. */
export function timeoutMs(value: string): {ok: true; ms: number} | {ok: false; error: string} {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds < 0.5 || seconds > 60) return {ok: false, error: `--timeout takes seconds from 0.5 to 60, not ${JSON.stringify(value)}`}
  return {ok: true, ms: seconds * 1000}
}

/** pingFlag asks `snapshot` and `report` to include why-no-ping's probes of one host. */
export const pingFlag = Flags.string({description: 'Also probe this host, as `netdoc why-no-ping HOST` does.', helpValue: 'HOST'})

/** pingRequest checks --ping and --timeout (and that --from is not also given) before anything is sent; null without --ping. */
export async function pingRequest(host: string | undefined, timeout: string, from: string | undefined): Promise<{ok: true; request: PingRequest | null} | {ok: false; error: string}> {
  if (host === undefined) return {ok: true, request: null}
  const {parseTarget} = await import('../parse/target.js')
  const target = parseTarget(host)
  if (!target.ok) return {ok: false, error: target.error}
  const ms = timeoutMs(timeout)
  if (!ms.ok) return ms
  if (from !== undefined) return {ok: false, error: '--ping probes this machine now, so it cannot be combined with --from (the snapshot holds its own probes)'}
  if (isRecordedTree()) return {ok: false, error: '--ping probes the live network, which a recorded tree (NETDOC_ROOT) cannot answer'}
  return {ok: true, request: {target: target.value, timeoutMs: ms.ms}}
}
