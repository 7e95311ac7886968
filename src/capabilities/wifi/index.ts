// The wifi capability (`netdoc wifi`): signal, band and channel, security, the neighbourhood and why the connection drops.
// It only reads (the scan is the kernel's cache); every command goes through the host's runner.
import {wifiRules} from '../../../rules/wifi/index.js'
import {capability} from '../capability.js'
import type {Block} from '../../render/report-document.js'
import {wifiLines, wifiTableData} from './render.js'
import {wifiReport} from './report.js'

/** wifiCapability declares the wifi section. */
export const wifiCapability = capability({
  section: 'wifi',
  reportKey: 'wifi',
  command: 'wifi',
  rules: wifiRules,
  async collect({snapshot, gaps, host, wifi}) {
    const {collectWifi} = await import('./collect.js')
    snapshot.wifi = await collectWifi(host, gaps, wifi?.samples ?? 1)
  },
  report: snapshot => wifiReport(snapshot),
  findings: report => report.findings,
  blocks(report) {
    if (report.ports.length === 0) return []
    const blocks: Block[] = [{kind: 'heading', text: 'Wi-Fi'}]
    for (const port of report.ports) if (port.associated) blocks.push({kind: 'signal', port: port.port, dbm: port.signal, band: port.band})
    blocks.push({kind: 'table', table: wifiTableData(report.ports)}, {kind: 'lines', lines: wifiLines(report)})
    return blocks
  },
})
