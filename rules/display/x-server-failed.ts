// Rule: the X server's last run stopped with a fatal error (the black screen after boot).
import {defineRule} from '../../src/engine/rule.js'
import {xHintsApply, xLogOf} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import gpuWithoutDriver from './gpu-without-driver.js'
import cardMissingFromBus from './card-missing-from-bus.js'

const SHOWN_ERRORS = 6

/** xServerFailed reports a fatal X error with the (EE) lines that led to it; a missing or driverless primary card explains it first. */
export default defineRule<Snapshot>({
  id: 'display.x-server-failed',
  title: 'The X server stopped with a fatal error',
  severity: 'error',
  dependsOn: [gpuWithoutDriver, cardMissingFromBus],
  evaluate(snapshot) {
    const facts = snapshot.displays
    const log = facts ? xLogOf(facts) : null
    if (!facts || !log || log.fatal === null || !xHintsApply(facts)) return []
    const path = facts.xLog?.path ?? 'the X log'
    const errors = log.errors.filter(line => line !== log.fatal)
    const primary = log.pciDevices.find(device => device.primary) ?? (log.pciDevices.length === 1 ? log.pciDevices[0] : undefined)
    return [
      {
        title: `The X server stopped: "${log.fatal}"`,
        evidence: [`${path}: Fatal server error: ${log.fatal}`, ...errors.slice(-SHOWN_ERRORS).map(line => `(EE) ${line}`)],
        next: [
          `Read the (EE) lines of the whole log: \`grep -n "(EE)" ${path.startsWith('/') ? path : '/var/log/Xorg.0.log'}\`.`,
          `\`netdoc explain --file ${path.startsWith('/') ? path : '<the log>'}\` recognises known X server messages and says what to check.`,
          'Check that each card has a kernel driver (`lspci -nnk`) and that any Driver and BusID lines in xorg.conf match the cards present.',
        ],
        subject: primary?.address,
      },
    ]
  },
})
