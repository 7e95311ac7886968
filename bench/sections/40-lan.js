// Bench: the ARP sweep of `netdoc lan find` (a /24 and a /22 in a namespace lab) against arping each address, and the DHCP
// DISCOVER of `netdoc lan` (first OFFER of a fresh address, then a repeated one), as figures.
import {spawn} from 'node:child_process'
import {loadLab} from '../lab.js'
import {median, wallMs} from '../timing.js'

export const name = 'lan'
const ROUNDS = 3
const HOSTS = 20

/** arpingEach asks every address with its own arping process, `cap` at a time, and returns the wall time and the answers. */
function arpingEach(ns, addresses, cap) {
  return new Promise(resolve => {
    const started = process.hrtime.bigint()
    let next = 0
    let active = 0
    let done = 0
    let answered = 0
    const launch = () => {
      while (active < cap && next < addresses.length) {
        const child = spawn('ip', ['netns', 'exec', ns, 'arping', '-c', '1', '-w', '1', '-I', 'eth0', addresses[next++]], {stdio: 'ignore'})
        active++
        child.on('close', code => {
          active--
          done++
          if (code === 0) answered++
          if (done === addresses.length) resolve({ms: Number(process.hrtime.bigint() - started) / 1e6, answered})
          else launch()
        })
      }
    }
    launch()
  })
}

function json(run) {
  try {
    return JSON.parse(run.stdout)
  } catch {
    return null
  }
}

/** sweepLab builds a LAN of `prefix` with the router and HOSTS devices spread over it, and times `netdoc lan find`. */
async function sweepFigures(lib, tag, prefix) {
  const {Lab, NETDOC_BIN, buildLan, LAN} = lib
  const lab = new Lab(tag)
  try {
    await buildLan(lab, `${LAN.pc}/${prefix}`)
    const span = 2 ** (32 - prefix) - 2
    for (let index = 0; index < HOSTS; index++) {
      const offset = 20 + Math.floor((index * (span - 40)) / HOSTS)
      const address = `192.168.${68 + Math.floor(offset / 256)}.${offset % 256}`
      lab.plugIn(`h${index}`, `${prefix === 24 ? `192.168.70.${20 + index}` : address}/${prefix}`)
    }
    const argv = ['ip', 'netns', 'exec', lab.ns('pc'), process.execPath, NETDOC_BIN, 'lan', 'find', '--json', '--wide']
    const runs = Array.from({length: ROUNDS}, () => wallMs(argv, {env: {...process.env, NO_COLOR: '1'}}))
    const reports = runs.map(json).filter(Boolean)
    return {
      wallMs: median(runs.map(run => run.ms)),
      sweepMs: median(reports.map(report => report.swept.ms)),
      sent: reports[0]?.swept.sent ?? 0,
      found: reports[0]?.hosts.length ?? 0,
      lab,
    }
  } catch (error) {
    lab.destroy()
    throw error
  }
}

/** run prints the sweep figures, the arping comparison and the DISCOVER figures, and removes every lab. */
export async function run() {
  if (process.getuid?.() !== 0) {
    console.log('skipped: building namespace labs needs root')
    return
  }
  const lib = await loadLab('test/lab/scenarios/lan.ts')
  const slash24 = await sweepFigures(lib, 'bl1', 24)
  let arping
  try {
    const addresses = Array.from({length: 254}, (_, index) => `192.168.70.${index + 1}`).filter(address => address !== lib.LAN.pc)
    arping = await arpingEach(slash24.lab.ns('pc'), addresses, 64)
  } finally {
    slash24.lab.destroy()
  }
  const slash22 = await sweepFigures(lib, 'bl2', 22)
  slash22.lab.destroy()
  const line = cells => cells.map(([text, width]) => String(text).padEnd(width)).join(' ')
  console.log(
    line([
      ['sweep', 34],
      ['addresses', 10],
      ['devices', 8],
      ['sweep ms', 9],
      ['netdoc wall ms', 15],
      ['target', 8],
    ]),
  )
  console.log(
    line([
      ['netdoc lan find, /24', 34],
      [slash24.sent, 10],
      [slash24.found, 8],
      [slash24.sweepMs.toFixed(0), 9],
      [slash24.wallMs.toFixed(0), 15],
      [slash24.wallMs <= 3000 ? 'ok' : 'MISSED', 8],
    ]),
  )
  console.log(
    line([
      ['netdoc lan find, /22', 34],
      [slash22.sent, 10],
      [slash22.found, 8],
      [slash22.sweepMs.toFixed(0), 9],
      [slash22.wallMs.toFixed(0), 15],
      ['', 8],
    ]),
  )
  console.log(
    line([
      ['arping each address, 64 at a time', 34],
      [253, 10],
      [arping.answered, 8],
      ['', 9],
      [arping.ms.toFixed(0), 15],
      ['', 8],
    ]),
  )
  console.log(`target: a /24 in <= 3000 ms (wall, node start-up included); ${HOSTS} devices plus the router on each LAN`)

  const {Lab, NETDOC_BIN, buildLan} = lib
  const lab = new Lab('bl3')
  try {
    await buildLan(lab)
    const argv = ['ip', 'netns', 'exec', lab.ns('pc'), process.execPath, NETDOC_BIN, 'lan', '--json']
    const first = wallMs(argv, {env: {...process.env, NO_COLOR: '1'}})
    const again = wallMs(argv, {env: {...process.env, NO_COLOR: '1'}})
    console.log(
      line([
        ['DHCP DISCOVER (dnsmasq 2.90)', 34],
        ['first OFFER ms', 15],
        ['netdoc lan wall ms', 19],
      ]),
    )
    for (const [label, runResult] of [
      ['a fresh address (ping check)', first],
      ['the same address again', again],
    ])
      console.log(
        line([
          [label, 34],
          [json(runResult)?.lan.discover?.firstOfferMs ?? 'none', 15],
          [runResult.ms.toFixed(0), 19],
        ]),
      )
    console.log('netdoc lan waits 4 s for offers by default (--listen): a router checks a fresh address is unused before offering it')
  } finally {
    lab.destroy()
  }
}
