// Rule: connected with a good signal and safe encryption, and no problem seen.
import {defineRule} from '../../src/engine/rule.js'
import {describeRetries, manyRetries, standardName, WEAK_SIGNAL_DBM, wifiLinks, type WifiLink} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import crowdedChannel from './crowded-channel.js'
import insecure from './insecure.js'
import roamingDrops from './roaming-drops.js'
import slowLink from './slow-link.js'
import weakSignal from './weak-signal.js'

/** nextSteps are what to do on a good link: nothing, unless the counters show a lossy air or the rate cannot tell a slow link. */
function nextSteps(link: WifiLink): string[] {
  const steps = [
    ...(manyRetries(link)
      ? [
          'The station counters show many frames sent again: something shares or disturbs the air (neighbours on the channel, a microwave oven, a baby monitor); if the Wi-Fi feels slow, try another channel.',
        ]
      : []),
    ...(link.tx && link.tx.standard === null
      ? [
          'This driver gives its rate without the standard, so whether the link is slow cannot be read from it: if it feels slow, time the copy of a large file.',
        ]
      : []),
  ]
  return steps.length > 0 ? steps : ['Nothing to do for the Wi-Fi.']
}

/** ok reports (info) a connected port whose signal is known and good; any problem of the port quiets it. */
export default defineRule<Snapshot>({
  id: 'wifi.ok',
  title: 'The Wi-Fi connection is good',
  severity: 'info',
  dependsOn: [weakSignal, insecure, crowdedChannel, roamingDrops, slowLink],
  evaluate(snapshot) {
    return wifiLinks(snapshot)
      .filter(link => link.associated === true && link.signal !== null && link.signal >= WEAK_SIGNAL_DBM)
      .map(link => ({
        title: `${link.port} is connected${link.ssid ? ` to "${link.ssid}"` : ''} with a good signal (${link.signal} dBm${link.band ? `, ${link.band} channel ${link.channel}` : ''})`,
        evidence: [
          `${link.signalFrom}: signal ${link.signal} dBm (${WEAK_SIGNAL_DBM} dBm or better is good)`,
          ...(link.tx
            ? [`tx bitrate ${link.tx.mbps} Mbit/s, ${standardName(link.tx) ?? 'no standard named (the driver prints only the number)'}`]
            : []),
          link.security ? `security: ${link.security} (${link.securityFrom})` : 'security: not known (no wpa_cli status, scan or nmcli)',
          ...(manyRetries(link) ? [`station counters: ${describeRetries(link)}`] : []),
        ],
        next: nextSteps(link),
        subject: link.port,
      }))
  },
})
