// The facts `netdoc wifi` and the wifi rules read, derived from the schema (src/capabilities/wifi/schema.ts); the imports are
// types only, so zod stays out of start-up.
import type {z} from 'zod'
import type {commandText, radioSwitch, wifiPortFacts, wifiSchema} from './schema.js'

/** CommandText is what one command printed, or why it printed nothing. */
export type CommandText = z.output<typeof commandText>

/** WifiPortFacts is one wireless port and what was read about it. */
export type WifiPortFacts = z.output<typeof wifiPortFacts>

/** RadioSwitchFacts is one rfkill switch. */
export type RadioSwitchFacts = z.output<typeof radioSwitch>

/** WifiFacts is the whole wifi section. */
export type WifiFacts = z.output<typeof wifiSchema>
