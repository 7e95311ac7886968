// Rule: the network is open, WEP or WPA with TKIP only: anyone nearby can read (open, WEP) or break into (WEP, TKIP) it.
import {defineRule} from '../../src/engine/rule.js'
import {wifiLinks} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import notAssociated from './not-associated.js'

const WORDS = {
  open: 'open (no encryption): everyone nearby can read what is not otherwise encrypted',
  wep: 'WEP: broken since 2001, its key is recovered in minutes',
  'wpa-tkip': 'WPA with TKIP only: deprecated and weak, and it limits the link to 54 Mbit/s',
} as const

/** insecure reports a connected port whose network uses no, or broken, encryption. */
export default defineRule<Snapshot>({
  id: 'wifi.insecure',
  title: 'The Wi-Fi network is not safely encrypted',
  severity: 'warning',
  dependsOn: [notAssociated],
  evaluate(snapshot) {
    return wifiLinks(snapshot).flatMap(link => {
      if (link.associated !== true || (link.security !== 'open' && link.security !== 'wep' && link.security !== 'wpa-tkip')) return []
      return [
        {
          title: `${link.port}: the network${link.ssid ? ` "${link.ssid}"` : ''} is ${WORDS[link.security]}`,
          evidence: [`${link.securityFrom}: ${link.securityDetail}`],
          next: [
            "Set the router's Wi-Fi security to WPA2-Personal (AES/CCMP) or WPA3-Personal, with a long password, then join again.",
            ...(link.security === 'open' ? ['Until then, use only sites and apps with https or a VPN on this network.'] : []),
          ],
          subject: link.port,
        },
      ]
    })
  },
})
