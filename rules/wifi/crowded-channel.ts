// Rule: many networks share (or, at 2.4 GHz, overlap) the link's channel, and a scan saw a clearly freer one.
import {defineRule} from '../../src/engine/rule.js'
import {AUDIBLE_DBM, CROWDED_NETWORKS, neighbourhood, wifiLinks} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import notAssociated from './not-associated.js'

/** crowdedChannel reports a connected port whose channel CROWDED_NETWORKS or more other audible networks share. */
export default defineRule<Snapshot>({
  id: 'wifi.crowded-channel',
  title: 'The Wi-Fi channel is crowded',
  severity: 'warning',
  dependsOn: [notAssociated],
  evaluate(snapshot) {
    return wifiLinks(snapshot).flatMap(link => {
      const seen = link.associated === true ? neighbourhood(link) : null
      if (!seen || seen.sharing.length < CROWDED_NETWORKS) return []
      const better = seen.best && seen.best.channel !== seen.channel && seen.best.sharing < seen.sharing.length ? seen.best : null
      const overlap = seen.band === '2.4 GHz' && ![1, 6, 11].includes(seen.channel)
      return [
        {
          title: `${link.port}: ${seen.sharing.length} other networks share channel ${seen.channel} (${seen.band})${better ? `; channel ${better.channel} has ${better.sharing}` : ''}`,
          evidence: [
            `${link.scanFrom}: ${seen.sharing.length} networks heard above ${AUDIBLE_DBM} dBm on channel ${seen.channel}${seen.band === '2.4 GHz' ? ' or a channel overlapping it' : ''}`,
            ...seen.sharing
              .slice(0, 6)
              .map(network => `  ${network.ssid ?? '(hidden)'} ${network.bssid}, ${network.freq} MHz, ${network.signal ?? '?'} dBm`),
            ...(overlap ? [`2.4 GHz channels overlap unless 1, 6 or 11: channel ${seen.channel} collides with two of them`] : []),
          ],
          next: [
            better
              ? `Set the router's Wi-Fi channel to ${better.channel} (instead of "auto"${overlap ? ` or ${seen.channel}` : ''}).`
              : 'No freer channel was seen: use the 5 GHz network if the router has one, its channels are many more.',
            ...(seen.band === '2.4 GHz' && better ? ['On 2.4 GHz use only 1, 6 or 11: the others overlap two of them.'] : []),
          ],
          subject: link.port,
        },
      ]
    })
  },
})
