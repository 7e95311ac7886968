// Rule: connected with a good signal and safe encryption, and no problem seen.
import {defineRule} from '../../src/engine/rule.js'
import {STANDARD_NAMES, WEAK_SIGNAL_DBM, wifiLinks} from '../../src/capabilities/wifi/model.js'
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
          ...(link.tx ? [`tx bitrate ${link.tx.mbps} Mbit/s, ${STANDARD_NAMES[link.tx.standard]}`] : []),
          link.security ? `security: ${link.security} (${link.securityFrom})` : 'security: not known (no wpa_cli status, scan or nmcli)',
        ],
        next: ['Nothing to do for the Wi-Fi.'],
        subject: link.port,
      }))
  },
})
