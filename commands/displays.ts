// `netdoc displays`: graphics cards, their drivers, the monitors on each output, and why a screen is black.
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {DisplaysReport} from '../src/capabilities/displays/report.js'

/** Displays lists the graphics cards and monitors of this machine and what the X server says went wrong. */
export default class Displays extends NetdocCommand {
  static override summary = 'Graphics cards, their drivers, what is plugged into each output, and why a screen is black.'
  static override description = `One row per graphics card on the PCI bus: bus id, vendor and model, the kernel driver bound to it (nvidia, nouveau, amdgpu, radeon, i915 or none), whether the firmware showed the boot screen on it, and the X screens that run on it.
Then every output (connector) with its status and the monitor's name and serial from its EDID; for cards whose driver does not show outputs to the kernel (NVIDIA's without modeset), the monitors the X server log names.
Then the X server: which log and xorg.conf it used, its screens and the card each runs on. In a Wayland session the X hints are marked as not applying.
Then the findings, e.g. "the GeForce at 0000:02:00.0 has monitors plugged in, but no X screen uses it", or "the card X expects at PCI:2:0:0 is not on the bus"; each problem in the X log that \`netdoc explain\` recognises is a finding too (as the kernel log's are in \`netdoc nics\`), unless a missing or driverless card already explains it, and then the X log's messages are listed above the findings.

Reads /sys, /proc, the X server log (/var/log/Xorg.N.log, ~/.local/share/xorg, else the journal) and xorg.conf; with NETDOC_ROOT set, reads a recorded tree instead. Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> displays', description: 'The cards, monitors and X screens of this machine, and what is wrong.'},
    {command: '<%= config.bin %> displays --json', description: 'The report as JSON (stable contract; see the README).'},
    {
      command: '<%= config.bin %> displays --from snapshot.json',
      description: 'Replay a snapshot a volunteer sent (see `netdoc snapshot`).',
    },
    {
      command: 'NETDOC_ROOT=./machine-tree <%= config.bin %> displays',
      description: 'Read a recorded /sys tree, X log and xorg.conf instead of this machine.',
    },
  ]
  static override flags = {...replayFlags}

  async run(): Promise<DisplaysReport> {
    const {flags} = await this.parse(Displays)
    const {collectSnapshot} = await import('../src/collect/snapshot.js')
    const {displaysReport} = await import('../src/capabilities/displays/report.js')
    const {renderDisplays} = await import('../src/capabilities/displays/render.js')
    const snapshot = await this.obtainSnapshot(flags.from, ['displays'], () => collectSnapshot(['displays']))
    const {xLogHasErrors} = await import('../src/capabilities/displays/screens.js')
    const catalog =
      snapshot.displays && xLogHasErrors(snapshot.displays) ? await (await import('../src/explain/load-catalog.js')).loadCatalog() : null
    return this.finish(displaysReport(snapshot, catalog), renderDisplays)
  }
}
