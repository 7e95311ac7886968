// The ports capability (`netdoc nics`): every network port, onboard or card, its link and addresses, and the routes; the kernel
// log's driver messages read with the catalog. Its section is collected first: every other collector reads the ports.
import {nicRules} from '../../../rules/nic/index.js'
import {capability} from '../capability.js'
import {collectNics} from './collect.js'
import {collectNeighbours} from './neighbours.js'
import {nicsReport} from './report.js'
import {hiddenSentence, nicsTableData, switchPortLines} from './render.js'

/** nicsCapability declares the ports section. */
export const nicsCapability = capability({
  section: 'nics',
  reportKey: 'nics',
  command: 'nics',
  rules: nicRules,
  collectedFirst: true,
  async collect({snapshot, gaps, host, lldp}) {
    snapshot.nics = await collectNics(host, gaps)
    const neighbours = await collectNeighbours(host, snapshot.nics.ports, lldp ?? null, gaps)
    if (neighbours) snapshot.nics.neighbours = neighbours
  },
  needsCatalog: snapshot => (snapshot.nics?.kernelLog?.lines.length ?? 0) > 0,
  readsOtherFindings: true,
  report: (snapshot, {catalog, otherFindings}) => nicsReport(snapshot, false, catalog, otherFindings),
  findings: report => report.findings,
  blocks(report) {
    const hidden = hiddenSentence(report, '`netdoc nics --all`')
    return [
      {kind: 'heading', text: 'Network ports'},
      {kind: 'table', table: nicsTableData(report)},
      ...(hidden ? [{kind: 'lines' as const, lines: [hidden]}] : []),
      ...(switchPortLines(report).length > 0 ? [{kind: 'lines' as const, lines: switchPortLines(report)}] : []),
    ]
  },
})
