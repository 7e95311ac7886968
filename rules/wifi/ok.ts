// Rule: connected with a good signal and safe encryption, and no problem seen.
import {defineRule} from '../../src/engine/rule.js'
import {standardName, WEAK_SIGNAL_DBM, wifiLinks} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import crowdedChannel from './crowded-channel.js'
import insecure from './insecure.js'
import roamingDrops from './roaming-drops.js'
import slowLink from './slow-link.js'
import weakSignal from './weak-signal.js'

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
        ],
        next:
          link.tx && link.tx.standard === null
            ? [
                'Nothing wrong was seen; this driver gives its rate without the standard, so whether the link is slow cannot be read from it: if it feels slow, time the copy of a large file.',
              ]
            : ['Nothing to do for the Wi-Fi.'],
        subject: link.port,
      }))
  },
})
