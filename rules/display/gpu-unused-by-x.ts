// Rule: a second graphics card has monitors plugged in, but no X screen uses it (the "two cards, X uses one" case).
import {defineRule} from '../../src/engine/rule.js'
import {addressToXBusId} from '../../src/parse/x-bus-id.js'
import {
  configDevices,
  connectedMonitors,
  describeGpu,
  gpuName,
  gpusUsedByX,
  xHintsApply,
  xinerama,
  xScreens,
  xStarted,
} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

/** gpuUnusedByX reports each card with a driver and a connected monitor that no X screen (nor GPU screen) runs on. */
export default defineRule<Snapshot>({
  id: 'display.gpu-unused-by-x',
  title: 'A graphics card with monitors plugged in is not used by X',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts || !xHintsApply(facts) || !xStarted(facts)) return []
    const used = gpusUsedByX(facts)
    const screens = xScreens(facts)
    const monitors = connectedMonitors(facts)
    const usedGpus = facts.gpus.filter(gpu => used.has(gpu.busId))
    return facts.gpus
      .filter(gpu => gpu.driver !== null && !used.has(gpu.busId))
      .flatMap(gpu => {
        const plugged = monitors.filter(monitor => monitor.busId === gpu.busId)
        if (plugged.length === 0) return []
        const busId = addressToXBusId(gpu.busId) ?? gpu.busId
        const twin = usedGpus.find(other => other.vendorId === gpu.vendorId && other.deviceId === gpu.deviceId)
        const withoutBusId = configDevices(facts).filter(device => device.busId === null)
        const evidence = [
          `${describeGpu(gpu)} (driver ${gpu.driver}) has ${plugged.length} monitor(s) connected: ${plugged.map(m => `${m.name ?? 'unnamed monitor'} on ${m.connector}`).join(', ')}`,
          `the X log (${facts.xLog?.path}) shows its screens on: ${screens.map(screen => `${screen.gpuScreen ? 'GPU screen' : 'screen'} ${screen.number} → ${screen.busId ?? 'unknown card'} (${screen.driver})`).join('; ')} — none on ${gpu.busId}`,
        ]
        const spread = xinerama(facts)
        if (spread !== null) evidence.push(`Xinerama is ${spread ? 'on' : 'off'}`)
        if (twin)
          evidence.push(`it is the same model as the card X does use (${describeGpu(twin)}): X tells identical cards apart only by BusID`)
        for (const device of withoutBusId)
          evidence.push(`${device.path}: Device "${device.identifier ?? '?'}" has no BusID, so X picks a card for it itself`)
        const next = [
          `Give this card its own Device section with BusID "${busId}" (decimal; lspci shows ${gpu.busId.replace(/^0000:/, '')}), and give every other Device section its own BusID too.`,
          `Add an X screen on it to the ServerLayout, e.g. Screen 1 "Screen1" RightOf "Screen0" (one X screen per card), or turn on Option "Xinerama" "1"${gpu.driver === 'nvidia' ? " or NVIDIA's Base Mosaic" : ''} for one desktop across both cards.`,
        ]
        if (gpu.driver === 'nvidia')
          next.push(
            'With nvidia-settings: copy the old file first (`sudo cp /etc/X11/xorg.conf /etc/X11/xorg.conf.bak`), arrange the displays, and let "Save to X Configuration File" overwrite the old file rather than merge with it. `sudo nvidia-xconfig --enable-all-gpus --separate-x-screens` writes one screen per card.',
          )
        next.push('Log out and back in (restart X) to use the new configuration.')
        return [
          {
            title: `The ${gpuName(gpu)} at ${gpu.busId} has monitors plugged in, but no X screen uses it`,
            evidence,
            next,
            subject: gpu.busId,
          },
        ]
      })
  },
})
