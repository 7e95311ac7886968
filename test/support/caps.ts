// Builds caps sections for rule and report tests: files with capabilities (masks as getfattr and /proc show them), processes as
// /proc/PID/status shows them, and a user's PAM files and capability.conf modelled on Debian 12 with libpam-cap installed.
import type {CapsFacts, FileCaps, Job, ProgramStep} from '../../src/capabilities/caps/facts.js'
import {emptySnapshot, type Snapshot} from '../../src/snapshot/snapshot.js'

/** NONE, ALL are the empty set and the set a root shell of this container has (cap_sys_resource dropped by its runtime). */
export const NONE = '0000000000000000'
export const ROOT_SET = '000001fffeffffff'

/** mask spells capability bits (cap_dac_read_search = 2, cap_net_raw = 13…) as 16 hex digits. */
export function mask(...bits: number[]): string {
  return bits
    .reduce((m, bit) => m | (1n << BigInt(bit)), 0n)
    .toString(16)
    .padStart(16, '0')
}

/** BITS are the capabilities the jobs need, by number. */
export const BITS = {chown: 0, dacOverride: 1, dacReadSearch: 2, fowner: 3, netBindService: 10, netRaw: 13}

/** fileCaps is a decoded attribute: `+ep`-style permitted, `+ei`-style inheritable. */
export function fileCaps(options: {permitted?: string; inheritable?: string; effective?: boolean; rootid?: number | null}): FileCaps {
  return {
    revision: options.rootid === undefined || options.rootid === null ? 2 : 3,
    effective: options.effective ?? true,
    permitted: options.permitted ?? NONE,
    inheritable: options.inheritable ?? NONE,
    rootid: options.rootid ?? null,
  }
}

const owner = {mode: 0o755, uid: 0, gid: 0}

/** binary is a program that is a plain file, with its capabilities (null: none). */
export function binary(path: string, caps: FileCaps | null = null): ProgramStep {
  return {path, kind: 'file', via: null, entry: owner, capsRead: caps ? 'read' : 'none', caps, capsProblem: null, mount: null}
}

/** symlink is a step that points elsewhere. */
export function symlink(path: string, target: string): ProgramStep {
  return {path, kind: 'symlink', via: target, entry: {...owner, mode: 0o777}, capsRead: 'none', caps: null, capsProblem: null, mount: null}
}

/** script is a step with a `#!` line, and capabilities put on it (null: none). */
export function script(path: string, line: string, caps: FileCaps | null = null): ProgramStep {
  return {path, kind: 'script', via: line, entry: owner, capsRead: caps ? 'read' : 'none', caps, capsProblem: null, mount: null}
}

/** program is a program named and its steps (the last a file: it runs). */
export function program(asked: string, ...steps: ProgramStep[]): NonNullable<CapsFacts['program']> {
  const last = steps.at(-1)
  return {asked, steps, runs: last?.kind === 'file' ? last.path : null}
}

/** processOf is a process as /proc/PID/status shows it (an ordinary user's by default). */
export function processOf(
  sets: {inheritable?: string; permitted?: string; ambient?: string; bounding?: string; uid?: number; noNewPrivs?: boolean} = {},
  pid = 4242,
): NonNullable<CapsFacts['process']> {
  const uid = sets.uid ?? 34
  return {
    pid,
    source: 'given',
    problem: null,
    status: {
      name: 'bash',
      uid: [uid, uid, uid, uid],
      gid: [uid, uid, uid, uid],
      inheritable: sets.inheritable ?? NONE,
      permitted: sets.permitted ?? NONE,
      effective: sets.permitted ?? NONE,
      bounding: sets.bounding ?? ROOT_SET,
      ambient: sets.ambient ?? NONE,
      noNewPrivs: sets.noNewPrivs ?? false,
    },
  }
}

/** DEBIAN_COMMON_AUTH is Debian 12's /etc/pam.d/common-auth after `apt install libpam-cap` (pam-auth-update's block). */
export const DEBIAN_COMMON_AUTH = `# here are the per-package modules (the "Primary" block)
auth\t[success=1 default=ignore]\tpam_unix.so nullok
# here's the fallback if no module succeeds
auth\trequisite\t\t\tpam_deny.so
# prime the stack with a positive return value if there isn't one already;
auth\trequired\t\t\tpam_permit.so
# and here are more per-package modules (the "Additional" block)
auth\toptional\t\t\tpam_cap.so
# end of pam-auth-update config
`

/** DEBIAN_SSHD is the start of Debian 12's /etc/pam.d/sshd: it includes common-auth. */
export const DEBIAN_SSHD = `# PAM configuration for the Secure Shell service
# Standard Un*x authentication.
@include common-auth
# Disallow non-root logins when /etc/nologin exists.
account    required     pam_nologin.so
@include common-account
session [success=ok ignore=ignore module_unknown=ignore default=bad]        pam_selinux.so close
@include common-session
`

/** userOf is the backuphelper user of the story (uid 1001, group backup), with these PAM files and capability.conf text. */
export function userOf(options: {pam?: Record<string, string>; conf?: string | null; misnamedConf?: string | null; name?: string} = {}) {
  const pam = options.pam ?? {'common-auth': DEBIAN_COMMON_AUTH, sshd: DEBIAN_SSHD}
  const conf = options.conf === undefined ? 'cap_dac_read_search\tbackuphelper\nnone\t*\n' : options.conf
  return {
    name: options.name ?? 'backuphelper',
    found: true,
    uid: 1001,
    gid: 34,
    groups: ['backup'],
    pamFiles: Object.entries(pam).map(([file, text]) => ({path: `/etc/pam.d/${file}`, text, problem: null})),
    pamProblem: null,
    confFiles: [
      {path: '/etc/security/capability.conf', text: conf, problem: conf === null ? 'missing' : null},
      {
        path: '/etc/security/capabilities.conf',
        text: options.misnamedConf ?? null,
        problem: options.misnamedConf ? null : 'missing',
      },
    ],
  } satisfies NonNullable<CapsFacts['user']>
}

/** capsSnapshot is a snapshot holding only a caps section. */
export function capsSnapshot(facts: Partial<Omit<CapsFacts, 'request'>> & {job?: Job | null}): Snapshot {
  const {job, ...rest} = facts
  const caps: CapsFacts = {
    request: {
      program: rest.program?.asked ?? null,
      pid: rest.process?.pid ?? null,
      user: rest.user?.name ?? null,
      job: job === undefined ? null : job,
    },
    program: rest.program ?? null,
    process: rest.process ?? null,
    user: rest.user ?? null,
  }
  return {...emptySnapshot(), caps}
}

/** PYTHON_EI is the story's interpreter with cap_dac_read_search+ei (the pam_cap way). */
export const PYTHON_EI = fileCaps({inheritable: mask(BITS.dacReadSearch)})

/** rdiffBackup is the story's program: a Python script, run through the python3 symlink by python3.11 carrying `caps`. */
export function rdiffBackup(caps: FileCaps | null = PYTHON_EI, scriptCaps: FileCaps | null = null) {
  return program(
    '/usr/bin/rdiff-backup',
    script('/usr/bin/rdiff-backup', '#!/usr/bin/python3', scriptCaps),
    symlink('/usr/bin/python3', 'python3.11'),
    binary('/usr/bin/python3.11', caps),
  )
}
