// Bench: how long `netdoc doctor` takes in a namespace lab (a healthy office LAN behind a working ISP, a PC left on the old
// router's subnet), with and without --quick, against its targets: the slowest check, not the sum (<= 5 s with the DHCP wait,
// <= 2 s with --quick).
import {loadLab} from '../lab.js'
import {median, wallMs} from '../timing.js'

export const name = 'doctor'
const ROUNDS = 3
const TARGET_MS = {full: 5000, quick: 2000}

function verdictsOf(run) {
  try {
    const report = JSON.parse(run.stdout)
    return (
      report.findings
        .filter(finding => finding.severity !== 'info')
        .map(finding => finding.id)
        .join(', ') || 'nothing wrong'
    )
  } catch {
    return `(no JSON, exit ${run.status})`
  }
}

/** run times doctor (median of 3) in each case and prints the figures with PASS or FAIL against the targets. */
export async function run() {
  if (process.getuid?.() !== 0) {
    console.log('skipped: building namespace labs needs root')
    return
  }
  const {Lab, NETDOC_BIN, buildLan, LAN} = await loadLab('test/lab/scenarios/lan.ts')
  const {buildInternet, labFiles} = await loadLab('test/lab/internet.ts')
  const files = labFiles()
  const {certificates} = files
  const internetArgs = {args: ['--endpoints', files.endpoints], env: [`NODE_EXTRA_CA_CERTS=${certificates.ca}`]}
  const cases = [
    {
      name: 'healthy office LAN and ISP',
      build: async lab => {
        await buildInternet(lab, certificates)
        await lab.dnsmasq('router', {dev: 'eth0', dhcpRange: '192.168.71.100,192.168.71.150,255.255.255.0'})
      },
      ...internetArgs,
    },
    {
      name: "PC on the old router's subnet",
      build: lab => buildLan(lab, `${LAN.oldStatic}/24`, LAN.oldGateway, LAN.oldGateway),
      args: [],
      env: [],
    },
  ]
  console.log(['case'.padEnd(32), 'mode'.padEnd(6), 'median ms'.padEnd(10), 'target'.padEnd(8), 'verdicts'].join(' '))
  for (const [index, scenario] of cases.entries()) {
    const lab = new Lab(`bd${index}`)
    try {
      await scenario.build(lab)
      for (const mode of ['full', 'quick']) {
        const argv = [
          'ip',
          'netns',
          'exec',
          lab.ns('pc'),
          'env',
          ...scenario.env,
          process.execPath,
          NETDOC_BIN,
          'doctor',
          '--json',
          ...scenario.args,
          ...(mode === 'quick' ? ['--quick'] : []),
        ]
        const runs = Array.from({length: ROUNDS}, () => wallMs(argv, {env: {...process.env, NO_COLOR: '1'}}))
        const ms = median(runs.map(r => r.ms))
        const verdict = ms <= TARGET_MS[mode] ? 'PASS' : 'FAIL'
        console.log([scenario.name.padEnd(32), mode.padEnd(6), ms.toFixed(0).padEnd(10), verdict.padEnd(8), verdictsOf(runs[0])].join(' '))
      }
    } finally {
      lab.destroy()
    }
  }
  files.remove()
  console.log(`target: <= ${TARGET_MS.full} ms with the LAN's DHCP wait, <= ${TARGET_MS.quick} ms with --quick`)
}
