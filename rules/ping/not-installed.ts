// Rule: ping is not installed here, so "ping" fails before the network is asked at all; the other probes say whether the target is there.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {presenceEvidence} from '../../src/views/target-presence.js'

/** notInstalled reports a machine without the ping program, with what netdoc found about the target without it. */
export default defineRule<Snapshot>({
  id: 'ping.not-installed',
  title: 'The ping program is not installed',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts?.ping || facts.ping.outcome !== 'missing') return []
    const presence = presenceEvidence(facts)
    return [
      {
        title: `ping is not installed on this machine, so "ping ${facts.target.input}" fails before anything is sent${presence.length > 0 ? `; ${facts.target.input} itself is there` : ''}`,
        evidence: [`ping: ${facts.ping.line ?? 'not found on PATH'}`, ...presence.map(line => `the target is there all the same: ${line}`)],
        next: [
          'Install it: `sudo apt-get install iputils-ping` (Debian, Ubuntu), `sudo dnf install iputils` (Fedora), or in a Dockerfile `RUN apt-get update && apt-get install -y iputils-ping`.',
          'Check PATH too: `command -v ping` (a script or service with a bare PATH may not find /usr/bin/ping).',
        ],
      },
    ]
  },
})
