// The displays capability (`netdoc displays`): graphics cards, monitors and X screens, and the X log's errors read with the catalog.
import {displayRules} from '../../../rules/display/index.js'
import {capability} from '../capability.js'
import {collectDisplays} from './collect.js'
import {displaysReport} from './report.js'
import {gpuTableData, outputTableData, xSummary} from './render.js'
import type {Block} from '../../render/report-document.js'
import {xLogHasErrors} from './screens.js'

/** displaysCapability declares the displays section. */
export const displaysCapability = capability({
  section: 'displays',
  reportKey: 'displays',
  command: 'displays',
  rules: displayRules,
  async collect({snapshot, gaps, host}) {
    snapshot.displays = await collectDisplays(host, gaps)
  },
  needsCatalog: snapshot => snapshot.displays !== undefined && xLogHasErrors(snapshot.displays),
  report: (snapshot, {catalog}) => displaysReport(snapshot, catalog ? {ok: true, value: catalog} : null),
  findings: report => report.findings,
  blocks(report) {
    const blocks: Block[] = [{kind: 'heading', text: 'Graphics cards and monitors'}]
    if (report.gpus.length > 0) blocks.push({kind: 'table', table: gpuTableData(report.gpus)})
    if (report.outputs.length > 0) blocks.push({kind: 'table', table: outputTableData(report.outputs)})
    blocks.push({kind: 'lines', lines: xSummary(report.x)})
    return blocks
  },
})
