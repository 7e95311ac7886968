// Rule: the access point is heard weakly: below -70 dBm rates fall and drops begin; below -80 dBm the link barely holds.
import {defineRule} from '../../src/engine/rule.js'
import {
  describeRetries,
  describeSamples,
  manyRetries,
  VERY_WEAK_SIGNAL_DBM,
  WEAK_SIGNAL_DBM,
  wifiLinks,
} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import notAssociated from './not-associated.js'

/** weakSignal reports a connected port whose signal is below WEAK_SIGNAL_DBM (an error below VERY_WEAK_SIGNAL_DBM). */
export default defineRule<Snapshot>({
  id: 'wifi.weak-signal',
  title: 'The Wi-Fi signal is weak',
  severity: 'warning',
  dependsOn: [notAssociated],
  evaluate(snapshot) {
    return wifiLinks(snapshot)
      .filter(link => link.associated === true && link.signal !== null && link.signal < WEAK_SIGNAL_DBM)
      .map(link => ({
        title: `${link.port}: the signal from the access point is weak (${link.signal} dBm${link.band ? ` on ${link.band}` : ''})`,
        evidence: [
          `${link.signalFrom}: signal ${link.signal} dBm (below ${WEAK_SIGNAL_DBM} dBm rates fall and drops begin; below ${VERY_WEAK_SIGNAL_DBM} dBm the link barely holds)`,
          ...(link.trend ? [`${link.samples.length} readings of ${link.samplesFrom} a second apart: ${describeSamples(link)}`] : []),
          ...(manyRetries(link) ? [`station counters: ${describeRetries(link)}`] : []),
          ...(link.ssid || link.bssid ? [`access point: ${[link.ssid, link.bssid, link.maker].filter(Boolean).join(', ')}`] : []),
        ],
        next: [
          ...(link.trend === 'falling'
            ? [
                'The signal fell while netdoc read it: if the machine was moving away, or something came between it and the router, that is the cause.',
              ]
            : []),
          'Move closer to the router, or the router closer (up high, in the open, away from metal, mirrors and fish tanks); a repeater or mesh point halfway also helps.',
          ...(link.band === '5 GHz' || link.band === '6 GHz'
            ? [
                `${link.band} falls off faster through walls than 2.4 GHz: at this distance the router's 2.4 GHz network may hold better, if slower.`,
              ]
            : link.band === '2.4 GHz'
              ? ['2.4 GHz carries furthest already: only getting closer (or a second access point) helps here.']
              : []),
        ],
        severity: link.signal! < VERY_WEAK_SIGNAL_DBM ? 'error' : 'warning',
        subject: link.port,
      }))
  },
})
