// Rule: the link's transmit rate is far below what its standard allows at its width and stream count.
import {defineRule} from '../../src/engine/rule.js'
import {
  describeRetries,
  manyRetries,
  maxRate,
  RATE_SETTLED_PACKETS,
  SLOW_LINK_SHARE,
  STANDARD_NAMES,
  wifiLinks,
} from '../../src/capabilities/wifi/model.js'
import type {Standard} from '../../src/parse/iw.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import notAssociated from './not-associated.js'
import weakSignal from './weak-signal.js'

/** STANDARD_ORDER lists the standards a rate can name, oldest first. */
const STANDARD_ORDER: (Standard | null)[] = ['legacy', 'n', 'ac', 'ax', 'be']

/** slowLink reports a connected port sending below SLOW_LINK_SHARE of the standard's best rate, when that rate is evidence: a real
 * signal, enough frames sent for rate control to have climbed, and no rx rate of a newer standard than the tx rate's on the same link. */
export default defineRule<Snapshot>({
  id: 'wifi.slow-link',
  title: 'The Wi-Fi link is far slower than it could be',
  severity: 'warning',
  dependsOn: [notAssociated, weakSignal],
  evaluate(snapshot) {
    return wifiLinks(snapshot).flatMap(link => {
      // A driver that reports no signal (0 dBm) reports placeholder rates too (kaloz/mwlwifi#187: 1.0 MBit/s on a fast link).
      const rate = link.associated === true && link.signal !== null ? link.tx : null
      if (!rate) return []
      // Just joined or idle: the rate is still the first frames' (CloudAtlas' Pi Zero: 1.0 MBit/s after 3 packets at -35 dBm).
      if (link.txPackets !== null && link.txPackets < RATE_SETTLED_PACKETS) return []
      // A tx rate of an older standard than the rx rate's is a driver's placeholder, not the air: wcn36xx printed 6.0 MBit/s "no
      // matter the true rate" while receiving at VHT-MCS 9, and an MT7921 printed 802.11n's MCS 0 on 6 GHz (802.11ax only there).
      // Unless the counters show the air losing frames: then a low rate is rate control's answer (mt76 in station mode fell from
      // VHT-MCS 8 to 6.0 MBit/s under load with more retries than packets sent, openwrt/mt76#956).
      const lossy = manyRetries(link)
      if (!lossy && link.rx?.standard && STANDARD_ORDER.indexOf(rate.standard) < STANDARD_ORDER.indexOf(link.rx.standard)) return []
      // A rate that names no standard (brcmfmac prints only the number) has no best to be compared with.
      const best = maxRate(rate)
      if (rate.standard === null || best === null || rate.mbps >= best * SLOW_LINK_SHARE) return []
      return [
        {
          title: `${link.port} sends at ${rate.mbps} Mbit/s, far below the ${best} Mbit/s ${STANDARD_NAMES[rate.standard]} allows here`,
          evidence: [
            `tx bitrate ${rate.mbps} Mbit/s (${STANDARD_NAMES[rate.standard]}${rate.mcs !== null ? `, MCS ${rate.mcs}` : ''}${rate.widthMhz ? `, ${rate.widthMhz} MHz` : ''}${rate.nss ? `, ${rate.nss} stream${rate.nss > 1 ? 's' : ''}` : ''})`,
            `the best rate at this width and stream count: ${best} Mbit/s; below ${Math.round(SLOW_LINK_SHARE * 100)}% of it counts as slow`,
            ...(link.signal !== null ? [`signal ${link.signal} dBm`] : []),
            ...(lossy
              ? [`station counters: ${describeRetries(link)}: the air loses many frames (interference, or a crowded channel)`]
              : []),
          ],
          next: [
            `A rate this low with a good signal points at interference or an old standard: try ${link.band === '2.4 GHz' ? 'the 5 GHz network, ' : ''}another channel, and a newer driver.`,
            'A rate sampled while idle can be low; measure again while copying a large file.',
          ],
          subject: link.port,
        },
      ]
    })
  },
})
