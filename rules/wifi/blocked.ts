// Rule: the Wi-Fi radio is switched off by rfkill: a hardware switch or Fn key (hard), or software (soft: airplane mode, rfkill).
import {defineRule} from '../../src/engine/rule.js'
import {blockedOf, wifiLinks} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

/** blocked reports each wireless port whose radio an rfkill switch blocks. */
export default defineRule<Snapshot>({
  id: 'wifi.blocked',
  title: 'The Wi-Fi radio is switched off (rfkill)',
  severity: 'error',
  evaluate(snapshot) {
    const links = wifiLinks(snapshot)
    // Without a wireless port (a hard block can hide it), the switch itself is the subject.
    const subjects = links.length > 0 ? links : snapshot.wifi ? [{port: 'Wi-Fi', blocked: blockedOf(snapshot.wifi.rfkill)}] : []
    return subjects
      .filter(link => link.blocked.hard || link.blocked.soft)
      .map(link => ({
        title: link.blocked.hard
          ? `${link.port}: the Wi-Fi is switched off by a hardware switch or the Fn key (rfkill hard block)`
          : `${link.port}: the Wi-Fi is switched off in software (rfkill soft block: airplane mode, or \`rfkill block\`)`,
        evidence: link.blocked.switches.map(entry => `rfkill: ${entry}`),
        next: link.blocked.hard
          ? [
              "Turn the Wi-Fi on with the laptop's wireless switch or its Fn key (the key with an antenna or aeroplane), or in the firmware (BIOS) setup; software cannot undo a hard block.",
              'Then check with `rfkill list`: "Hard blocked: no".',
            ]
          : ['Turn airplane mode off, or run `rfkill unblock wifi`.', 'Then check with `rfkill list`: "Soft blocked: no".'],
        subject: link.port,
      }))
  },
})
