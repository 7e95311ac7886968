// Decodes a file's `security.capability` extended attribute (struct vfs_cap_data / vfs_ns_cap_data of linux/capability.h), as
// `getfattr -e hex` prints it, into its permitted and inheritable masks, its effective flag and (revision 3) its root user id.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** FileCapabilities is one file's capability attribute: the masks as 16 hex digits (as /proc/PID/status prints a set), the
 * effective flag (one bit for the whole file), and the user id that counts as root for it (revision 3 only, else null). */
export interface FileCapabilities {
  revision: number
  effective: boolean
  permitted: string
  inheritable: string
  rootid: number | null
}

/** VFS_CAP_REVISION_MASK, VFS_CAP_FLAGS_EFFECTIVE: the two parts of the attribute's first word (magic_etc). */
const VFS_CAP_REVISION_MASK = 0xff000000
const VFS_CAP_FLAGS_EFFECTIVE = 0x000001

/** SIZES holds each revision's attribute size in bytes: 1 holds one 32-bit word per set, 2 two, 3 two and the rootid. */
const SIZES: Record<number, number> = {1: 12, 2: 20, 3: 24}

/** parseGetfattrHex reads `getfattr -e hex -n security.capability` output: the attribute's bytes, or null when the output holds no
 * such line (the file has no capabilities). */
export function parseGetfattrHex(text: string): Parsed<Uint8Array | null> {
  const line = text.split('\n').find(l => l.startsWith('security.capability='))
  if (line === undefined) return parsed(null)
  const match = /^security\.capability=0x([0-9a-f]*)\s*$/i.exec(line)
  if (!match || match[1]!.length % 2 !== 0) return unparsable(`getfattr: unrecognised value: ${line.slice(0, 120)}`)
  return parsed(Uint8Array.from(match[1]!.match(/../g) ?? [], byte => Number.parseInt(byte, 16)))
}

function maskOf(low: number, high: number): string {
  return ((BigInt(high) << 32n) | BigInt(low)).toString(16).padStart(16, '0')
}

/** decodeVfsCap decodes the attribute's bytes (little-endian words: magic_etc, then permitted and inheritable per 32-bit half,
 * then rootid for revision 3), refusing a size that does not fit its revision. */
export function decodeVfsCap(bytes: Uint8Array): Parsed<FileCapabilities> {
  if (bytes.length < 4) return unparsable(`security.capability: ${bytes.length} bytes, too short for its header`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const magic = view.getUint32(0, true)
  const revision = (magic & VFS_CAP_REVISION_MASK) >>> 24
  const size = SIZES[revision]
  if (size === undefined) return unparsable(`security.capability: unknown revision ${revision} (magic 0x${magic.toString(16)})`)
  if (bytes.length !== size) return unparsable(`security.capability: revision ${revision} takes ${size} bytes, not ${bytes.length}`)
  const word = (index: number) => view.getUint32(4 + index * 4, true)
  const wide = revision >= 2
  return parsed({
    revision,
    effective: (magic & VFS_CAP_FLAGS_EFFECTIVE) !== 0,
    permitted: maskOf(word(0), wide ? word(2) : 0),
    inheritable: maskOf(word(1), wide ? word(3) : 0),
    rootid: revision === 3 ? view.getUint32(20, true) : null,
  })
}
