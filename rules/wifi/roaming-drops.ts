// Rule: the connection dropped again and again this boot; the 802.11 reason codes say who ended it and why.
import {defineRule} from '../../src/engine/rule.js'
import {describeReasonCode} from '../../src/explain/ieee80211.js'
import {disconnects, ROAMING_DROPS, wifiLinks} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import blocked from './blocked.js'

/** ADVICE is what to do for the common reasons. */
const ADVICE: Record<number, string> = {
  15: "Reason 15 (4-way handshake timeout) usually means a wrong or changed password; if it recurs hourly, the router renews its group key and this client misses it: update the Wi-Fi driver and firmware, or set the router's group key interval to 0 or a day.",
  16: "Reason 16 (group key handshake timeout): the router renews the group key and the client does not answer in time. Update the Wi-Fi firmware (Raspberry Pi: firmware-brcm80211), turn off power saving (`iw dev PORT set power_save off`), or lengthen the router's group key interval.",
  4: 'Reason 4 (inactivity): the router dropped a device it had not heard from: turn off Wi-Fi power saving (`iw dev PORT set power_save off`).',
  3: 'Reason 3 sent by this machine (locally_generated=1) is the machine leaving on purpose: look for what restarts the connection (NetworkManager, a script, roaming to another access point).',
}

/** roamingDrops reports a port with ROAMING_DROPS or more disconnects in the log, naming the most common reason. */
export default defineRule<Snapshot>({
  id: 'wifi.roaming-drops',
  title: 'The Wi-Fi connection keeps dropping',
  severity: 'warning',
  dependsOn: [blocked],
  evaluate(snapshot) {
    return wifiLinks(snapshot).flatMap(link => {
      const drops = disconnects(link)
      if (drops.length < ROAMING_DROPS) return []
      const counts = new Map<number, number>()
      for (const drop of drops) counts.set(drop.reason, (counts.get(drop.reason) ?? 0) + 1)
      const ranked = [...counts].sort((a, b) => b[1] - a[1])
      const [top] = ranked[0]!
      const accessPoints = new Set(drops.map(drop => drop.bssid).filter(Boolean))
      return [
        {
          title: `${link.port} disconnected ${drops.length} times this boot, mostly reason ${describeReasonCode(String(top))}`,
          evidence: [
            ...ranked.map(([reason, times]) => `${times}× reason ${describeReasonCode(String(reason))}`),
            `${accessPoints.size} access point${accessPoints.size === 1 ? '' : 's'} involved`,
            ...drops.slice(-3).map(drop => `log: ${drop.line.trim()}`),
          ],
          next: [
            (
              ADVICE[top] ?? 'Look at what happens just before each drop in `journalctl -b -u wpa_supplicant -u NetworkManager`.'
            ).replaceAll('PORT', link.port),
            ...(accessPoints.size > 1
              ? ['Several access points: check that they share the same security settings and do not fight over the same channel.']
              : []),
          ],
          subject: link.port,
        },
      ]
    })
  },
})
