// Every rule netdoc has, by the command that runs them; the meta test walks this registry.
import type {Rule} from '../src/engine/rule.js'
import {capsRules} from './caps/index.js'
import {displayRules} from './display/index.js'
import {dnsRules} from './dns/index.js'
import {gatewayRules} from './gateway/index.js'
import {internetRules} from './internet/index.js'
import {lanRules} from './lan/index.js'
import {localRules} from './local/index.js'
import {mailRules} from './mail/index.js'
import {nicRules} from './nic/index.js'
import {pingRules} from './ping/index.js'
import {targetRules} from './target/index.js'
import {wifiRules} from './wifi/index.js'

/** ruleSets names each registry of rules. */
export const ruleSets: Record<string, Rule<any>[]> = {
  nic: nicRules,
  display: displayRules,
  local: localRules,
  dns: dnsRules,
  gateway: gatewayRules,
  target: targetRules,
  ping: pingRules,
  lan: lanRules,
  internet: internetRules,
  mail: mailRules,
  caps: capsRules,
  wifi: wifiRules,
}
