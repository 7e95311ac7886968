// The capability registry: every section netdoc collects, in the order `netdoc report` shows them. A new capability is one folder
// beside these (its declaration, collector, report, renderer and schema) plus one line here and one in the Snapshot's sections.
import {capsCapability} from './caps/index.js'
import {displaysCapability} from './displays/index.js'
import {internetCapability} from './internet/index.js'
import {lanCapability} from './lan/index.js'
import {mailCapability} from './mail/index.js'
import {nicsCapability} from './nics/index.js'
import {pingCapability} from './ping/index.js'
import {wifiCapability} from './wifi/index.js'
import type {SectionName} from './capability.js'

/** CAPABILITIES lists every capability, in the order of the support person's report (the path first, then the details). */
export const CAPABILITIES = [
  pingCapability,
  internetCapability,
  nicsCapability,
  wifiCapability,
  lanCapability,
  displaysCapability,
  mailCapability,
  capsCapability,
] as const

/** Registered is any capability of the registry. */
export type Registered = (typeof CAPABILITIES)[number]

/** EVERY_SECTION lists the sections `snapshot` and `report` collect (ping only with a host to probe, internet only with its endpoints, mail and caps only when asked). */
export const EVERY_SECTION: SectionName[] = CAPABILITIES.map(declared => declared.section)

/** capabilityOf is the capability that declares a section. */
export function capabilityOf(section: SectionName): Registered {
  return CAPABILITIES.find(declared => declared.section === section)!
}
