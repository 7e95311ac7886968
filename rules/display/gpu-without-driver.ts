// Rule: a graphics card is on the PCI bus but no kernel driver is bound to it.
import {defineRule} from '../../src/engine/rule.js'
import type {Gpu} from '../../src/capabilities/displays/facts.js'
import {describeGpu, gpuName, xLogOf} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

function driverAdvice(gpu: Gpu): string {
  switch (gpu.vendorId) {
    case '10de':
      return "For NVIDIA: install the proprietary driver (`sudo ubuntu-drivers install` on Ubuntu, or your distribution's nvidia package), or make sure nouveau is not blacklisted: `grep -r nouveau /etc/modprobe.d`."
    case '1002':
      return 'For AMD: load the kernel driver and read why it refuses: `sudo modprobe amdgpu` (GCN and newer) or `sudo modprobe radeon` (older cards such as the HD 2000–6000 series), then `dmesg | grep -iE "radeon|amdgpu"`; check nothing blacklists it: `grep -rE "radeon|amdgpu" /etc/modprobe.d`.'
    case '8086':
      return 'For Intel: `sudo modprobe i915` and `dmesg | grep -i i915`; a chip newer than the kernel needs a newer kernel.'
    default:
      return 'Find which driver would take it: `lspci -nnk` shows "Kernel modules:" for the card.'
  }
}

/** gpuWithoutDriver reports graphics cards with no kernel driver: nothing can use them, and X falls back or finds no screen. */
export default defineRule<Snapshot>({
  id: 'display.gpu-without-driver',
  title: 'A graphics card has no driver',
  severity: 'warning',
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts) return []
    const noneWork = facts.gpus.every(gpu => gpu.driver === null)
    const nomodeset = /(^|\s)nomodeset(\s|$)/.test(facts.kernelCommandLine ?? '')
    const log = xLogOf(facts)
    return facts.gpus
      .filter(gpu => gpu.driver === null)
      .map(gpu => {
        const evidence = [`${describeGpu(gpu)} is on the PCI bus (class ${gpu.classCode ?? '?'}) with no kernel driver bound`]
        if (gpu.bootVga) evidence.push('it is the card the firmware showed the boot screen on (boot_vga)')
        if (noneWork) evidence.push('no other graphics card has a driver either')
        if (nomodeset)
          evidence.push(
            `the kernel was started with nomodeset (${facts.kernelCommandLine}), which keeps nouveau, radeon, amdgpu and i915 from taking a card`,
          )
        if (log?.fatal) evidence.push(`the X server stopped: "${log.fatal}" (${facts.xLog?.path})`)
        const short = gpu.busId.replace(/^0000:/, '')
        return {
          title: `The ${gpuName(gpu)} at ${gpu.busId} has no driver, so nothing can show a picture through it`,
          evidence,
          next: [
            ...(nomodeset
              ? [
                  'Remove nomodeset from the kernel command line (GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, then `sudo update-grub`) and reboot.',
                ]
              : []),
            `See which drivers could take it and whether one is loaded: \`lspci -nnk -s ${short}\`.`,
            `Read what the kernel said about it: \`dmesg | grep -i ${short}\`.`,
            driverAdvice(gpu),
          ],
          subject: gpu.busId,
          severity: noneWork ? ('error' as const) : undefined,
        }
      })
  },
})
