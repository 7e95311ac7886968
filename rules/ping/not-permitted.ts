// Rule: this user may not send ICMP echo: ping has no CAP_NET_RAW and the user's groups are outside net.ipv4.ping_group_range.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {presenceEvidence} from '../../src/views/target-presence.js'

function describeRange(range: [number, number] | null, gids: number[]): string {
  if (range === null) return 'net.ipv4.ping_group_range could not be read'
  const [low, high] = range
  if (low > high) return `net.ipv4.ping_group_range is "${low} ${high}": no group may use unprivileged ICMP sockets`
  return `net.ipv4.ping_group_range is "${low} ${high}", and none of this user's groups (${gids.join(', ')}) is in it`
}

/** notPermitted reports a ping the system refused to send, with both ways to allow it. */
export default defineRule<Snapshot>({
  id: 'ping.not-permitted',
  title: 'This user may not send ICMP echo (ping)',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts?.ping || facts.ping.outcome !== 'not-permitted') return []
    const permission = facts.permission
    const program = permission.program ?? '/usr/bin/ping'
    const evidence = [`ping: ${facts.ping.line ?? 'not permitted'}`]
    evidence.push(`this user is uid ${permission.uid}${permission.netRaw === false ? ', without CAP_NET_RAW' : ''}`)
    if (permission.program !== null) {
      const caps =
        permission.capabilities === null
          ? 'unknown capabilities (getcap unavailable)'
          : permission.capabilities === ''
            ? 'no file capabilities'
            : `the file capabilities ${permission.capabilities}`
      evidence.push(`${permission.program} has ${caps} and is ${permission.setuid ? '' : 'not '}set-uid root`)
      if (permission.capabilities && /cap_net_raw/.test(permission.capabilities))
        evidence.push(
          'the binary has the capability, yet it was refused: this process may not gain it (a container or sandbox that drops CAP_NET_RAW)',
        )
    }
    evidence.push(describeRange(permission.groupRange, permission.gids))
    const presence = presenceEvidence(facts)
    if (presence.length > 0) evidence.push(`the target is there all the same: ${presence.join('; ')}`)
    return [
      {
        title: `This user may not send ping, so "can't ping ${facts.target.input}" says nothing about the network`,
        evidence,
        next: [
          `Give ping its capability back: \`sudo setcap cap_net_raw+p ${program}\` (reinstalling iputils-ping does the same).`,
          'Or let ordinary users ping without it: `sudo sysctl -w net.ipv4.ping_group_range="0 2147483647"` (make it permanent in /etc/sysctl.d/).',
          `Or run the check as root: \`sudo netdoc why-no-ping ${facts.target.input}\`.`,
        ],
      },
    ]
  },
})
