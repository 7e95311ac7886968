// Rule: the Wi-Fi port is on but not connected to any access point; the log's last failure says why, in 802.11's words.
import {defineRule} from '../../src/engine/rule.js'
import {describeEvent, lastFailure, wifiLinks} from '../../src/capabilities/wifi/model.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import blocked from './blocked.js'

/** notAssociated reports each managed wireless port that iw (or wpa_supplicant, or NetworkManager) says is not connected. */
export default defineRule<Snapshot>({
  id: 'wifi.not-associated',
  title: 'The Wi-Fi is not connected to any network',
  severity: 'error',
  dependsOn: [blocked],
  evaluate(snapshot) {
    return wifiLinks(snapshot)
      .filter(link => link.associated === false)
      .map(link => {
        const failure = lastFailure(link)
        const wrongKey =
          failure !== null &&
          ((failure.kind === 'temp-disabled' && failure.reason === 'WRONG_KEY') ||
            (failure.kind === 'disconnected' && failure.reason === 15))
        return {
          title: `${link.port} is not connected to a Wi-Fi network${failure ? `; the last failure: ${describeEvent(failure)}` : ''}`,
          evidence: [
            `${link.associatedFrom}: not connected`,
            failure
              ? `log: ${failure.line.trim()}`
              : snapshot.wifi?.logSource
                ? `the log of this boot (${snapshot.wifi.logSource}) holds no disconnect or refusal`
                : 'the log of this boot could not be read, so the last failure is not known',
          ],
          next: [
            ...(wrongKey ? ['Check the Wi-Fi password: forget the network and join it again, typing the password anew.'] : []),
            "Choose the network again (`nmcli dev wifi connect NAME --ask`, or the network menu); if it is not listed, move closer or check that the router's Wi-Fi is on.",
          ],
          subject: link.port,
        }
      })
  },
})
