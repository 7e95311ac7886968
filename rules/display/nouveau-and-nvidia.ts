// Rule: the open nouveau driver and NVIDIA's own driver are both in play, and fight over the card.
import {defineRule} from '../../src/engine/rule.js'
import {configDevices, describeGpu, xHintsApply, xLogOf} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

const BLACKLIST = [
  'To use NVIDIA\'s driver, keep nouveau out: `printf "blacklist nouveau\\noptions nouveau modeset=0\\n" | sudo tee /etc/modprobe.d/blacklist-nouveau.conf`, then `sudo update-initramfs -u` (Debian/Ubuntu) or `sudo dracut -f` (Fedora), and reboot.',
  'To use nouveau instead, remove the nvidia packages, or the Driver "nvidia" lines from xorg.conf.',
  'Afterwards `lspci -nnk -d 10de:` shows which driver is in use for each NVIDIA card.',
]

/** nouveauAndNvidia reports nouveau and nvidia loaded together, or a card held by nouveau while X is set up for the nvidia driver. */
export default defineRule<Snapshot>({
  id: 'display.nouveau-and-nvidia',
  title: 'nouveau and the NVIDIA driver are both present',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts) return []
    const modules = facts.kernelModules
    const onNouveau = facts.gpus.filter(gpu => gpu.driver === 'nouveau')
    const xWantsNvidia = xHintsApply(facts)
      ? [
          ...configDevices(facts)
            .filter(device => device.driver?.toLowerCase() === 'nvidia')
            .map(device => `${device.path}: Device "${device.identifier ?? '?'}" uses Driver "nvidia"`),
          ...(xLogOf(facts)?.videoDrivers.includes('nvidia') ? [`the X server loaded its nvidia driver (${facts.xLog?.path})`] : []),
        ]
      : []
    const bothLoaded = modules.includes('nouveau') && modules.includes('nvidia')
    if (!bothLoaded && (onNouveau.length === 0 || xWantsNvidia.length === 0)) return []
    const evidence = [
      ...(bothLoaded ? ['both the nouveau and the nvidia kernel modules are loaded'] : []),
      ...onNouveau.map(gpu => `${describeGpu(gpu)} is driven by nouveau`),
      ...xWantsNvidia,
    ]
    const conflict = onNouveau.length > 0 && xWantsNvidia.length > 0
    return [
      {
        title: conflict
          ? 'X is set up for the NVIDIA driver, but nouveau holds the card'
          : 'nouveau and nvidia kernel drivers are loaded together',
        evidence,
        next: BLACKLIST,
        subject: onNouveau[0]?.busId,
        severity: conflict ? undefined : ('warning' as const),
      },
    ]
  },
})
