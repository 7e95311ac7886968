// The command registry oclif loads at start-up (explicit strategy: no directory scan, one bundled file).
import Caps from './caps.js'
import Displays from './displays.js'
import Doctor from './doctor.js'
import Explain from './explain.js'
import Guide from './guide.js'
import HelpCommand from './help.js'
import Internet from './internet.js'
import Lan from './lan/index.js'
import LanFind from './lan/find.js'
import Locate from './locate.js'
import Mail from './mail.js'
import Nics from './nics.js'
import Report from './report.js'
import Snapshot from './snapshot.js'
import WhyNoPing from './why-no-ping.js'
import Wifi from './wifi.js'

/** COMMANDS maps each command id to its class; a meta test checks every file in commands/ is here. */
export const COMMANDS = {
  caps: Caps,
  displays: Displays,
  doctor: Doctor,
  explain: Explain,
  guide: Guide,
  help: HelpCommand,
  internet: Internet,
  lan: Lan,
  'lan:find': LanFind,
  locate: Locate,
  mail: Mail,
  nics: Nics,
  report: Report,
  snapshot: Snapshot,
  'why-no-ping': WhyNoPing,
  wifi: Wifi,
}
