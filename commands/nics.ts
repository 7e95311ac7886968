// `netdoc nics`: every network port, its cable, onboard or card, and what looks wrong.
import * as Flags from '@oclif/core/flags'
import {secondsFlag} from '../src/cli/flags.js'
import {DEFAULT_LISTEN_SECONDS} from '../src/capabilities/nics/listen-seconds.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {NicsReport} from '../src/capabilities/nics/report.js'

/** Nics lists the ports of this machine and the problems with them. */
export default class Nics extends NetdocCommand {
  static override summary = 'Every network port: is a cable in it, is it onboard or a card, and what looks wrong.'
  static override description = `One row per port: name, kind (onboard / card / usb / virtual / unknown), link (cable, no cable, disabled), speed, MAC, addresses, driver, bus id, vendor and model.
Network controllers with no working interface (a dead or disabled onboard port) are listed too, as "(none)".
Then the findings, e.g. "eth0 holds the network configuration but has no cable; the cable is in eth1".
Where lldpd or systemd-networkd runs, which switch port each cable is in, as they heard it (asked with lldpcli and networkctl: nothing is sent, nothing waited for); --lldp also listens itself on the ports they did not answer for.

Reads /sys and \`ip -j\`; with NETDOC_ROOT set, reads a recorded tree instead. Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> nics', description: 'The physical ports and what is wrong with them.'},
    {command: '<%= config.bin %> nics --all', description: 'Also loopback, bridges, veth, tun, docker and other virtual ports.'},
    {
      command: 'sudo <%= config.bin %> nics --lldp',
      description: 'Also which switch, and which port of it, each cable is in: "eno1 → switch office-sw port 7 (Gi0/7)".',
    },
    {command: '<%= config.bin %> nics --json', description: 'The report as JSON (stable contract; see the README).'},
    {command: '<%= config.bin %> nics --from snapshot.json', description: 'Replay a snapshot a volunteer sent (see `netdoc snapshot`).'},
    {command: 'NETDOC_ROOT=./machine-tree <%= config.bin %> nics', description: 'Read a recorded /sys tree instead of this machine.'},
  ]
  static override flags = {
    ...replayFlags,
    all: Flags.boolean({char: 'a', description: 'Include virtual ports (loopback, bridges, veth, tun, docker…).'}),
    lldp: Flags.boolean({
      description:
        'Show which switch port each cable is in: what lldpd or systemd-networkd heard, and on every other wired port with link, listen (passively, with tcpdump; needs root or CAP_NET_RAW) for the LLDP and CDP frames switches announce themselves with.',
    }),
    listen: secondsFlag({
      description:
        'With --lldp: listen up to this many seconds (switches announce every 30 s); stops once every port with link has heard one.',
      default: DEFAULT_LISTEN_SECONDS,
      min: 1,
      max: 600,
    }),
  }

  async run(): Promise<NicsReport> {
    const {flags} = await this.parse(Nics)
    const {collectNicsSnapshot} = await import('../src/collect/snapshot.js')
    const {nicsReport} = await import('../src/capabilities/nics/report.js')
    const {renderNics} = await import('../src/capabilities/nics/render.js')
    const lldp = flags.lldp ? {listenSeconds: flags.listen} : null
    const snapshot = await this.obtainSnapshot(flags.from, ['nics'], () => collectNicsSnapshot({lldp}))
    const catalog = await this.catalogIf((snapshot.nics?.kernelLog?.lines.length ?? 0) > 0)
    return this.finish(nicsReport(snapshot, flags.all, catalog), renderNics)
  }
}
