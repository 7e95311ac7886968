// Rule: a monitor is plugged in and answering, but its output is switched off.
import {defineRule} from '../../src/engine/rule.js'
import {monitorLabel, readMonitor} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import gpuUnusedByX from './gpu-unused-by-x.js'
import gpuWithoutDriver from './gpu-without-driver.js'

/** INTERNAL_PANEL matches a laptop's own screen, which is off on purpose with the lid closed or in "external only" mode. */
const INTERNAL_PANEL = /^(eDP|LVDS|DSI)-/

/** monitorSwitchedOff reports connected external outputs the running desktop has not turned on. */
export default defineRule<Snapshot>({
  id: 'display.monitor-switched-off',
  title: 'A monitor is plugged in but its output is off',
  severity: 'warning',
  dependsOn: [gpuUnusedByX, gpuWithoutDriver],
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts || (facts.session.type !== 'x11' && facts.session.type !== 'wayland')) return []
    return facts.outputs
      .filter(output => output.status === 'connected' && output.enabled === false && !INTERNAL_PANEL.test(output.connector))
      .map(output => {
        const edid = readMonitor(output)
        const name = edid?.ok ? monitorLabel(edid.value) : 'a monitor'
        const busId = facts.cards.find(card => card.card === output.card)?.busId ?? undefined
        return {
          title: `${name} is plugged into ${output.connector} (${output.card}), but that output is switched off`,
          evidence: [
            `/sys/class/drm/${output.card}-${output.connector}: status connected, enabled disabled`,
            `the ${facts.session.type === 'wayland' ? 'Wayland' : 'X11'} session is running (${facts.session.evidence.join('; ')})`,
          ],
          next:
            facts.session.type === 'wayland'
              ? ['Turn the display on in Settings → Displays (GNOME) or System Settings → Display Configuration (KDE).']
              : [
                  'Turn it on in the display settings, or with xrandr: `xrandr` lists the outputs (HDMI-A-1 in the kernel is HDMI-1 or HDMI-A-0 there), then `xrandr --output <name> --auto --right-of <the other output>`.',
                ],
          subject: busId,
        }
      })
  },
})
