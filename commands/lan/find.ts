// `netdoc lan find <mac|ip|vendor>`: where a device is now on this machine's own subnets, with its maker.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {portFlag} from '../../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../../src/cli/netdoc-command.js'
import {isProblem} from '../../src/engine/finding.js'
import type {LanFindReport} from '../../src/capabilities/lan/find-report.js'

/** LanFind sweeps the local subnets by ARP and reports where a device is now. */
export default class LanFind extends NetdocCommand {
  static override summary = 'Find a device on the LAN by MAC, MAC prefix, IP address or maker: where it is now.'
  static override description = `Sweeps this machine's own subnets by ARP: one empty UDP datagram to each address makes the kernel ask it, and the kernel's neighbour table then holds every device that answered (a /24 takes about 1.2 s, no privilege needed). Only subnets of ports with link are swept, none larger than a /22 unless --wide (up to a /20).

Makers come from the MAC's OUI: the system's OUI database (ieee-data, arp-scan, nmap or Wireshark) where installed, else a built-in table of common makers. As root it also confirms devices the kernel knew from before (arping) and listens on the cable, which finds devices still set up for another subnet (a static address from an old router), with the gateway they ask for.

Without <device> it lists every device found. Nothing is changed.
Exit code: 1 when <device> was not found, or a problem was found about it (such as its being on an old router's subnet); 0 when it was found and nothing is wrong with it, whatever was heard about other devices. Without <device>: 1 when a problem was heard about any device, else 0. 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> lan find b8:27:eb', description: 'Where are the Raspberry Pis (MAC prefix b8:27:eb)?'},
    {command: '<%= config.bin %> lan find raspberry pi', description: 'The same by maker name.'},
    {command: 'sudo <%= config.bin %> lan find 30:05:5c:01:02:03', description: 'Where is this printer now, even on an old subnet?'},
    {
      command: '<%= config.bin %> lan find 192.168.1.20 --json',
      description: 'Who holds 192.168.1.20: {"query", "lan", "swept", "hosts": […], "findings", "notChecked"}.',
    },
    {command: '<%= config.bin %> lan find', description: 'Every device on the LAN, with its maker.'},
  ]
  static override probes = true
  static override strict = false
  static override args = {
    device: Args.string({
      description: "A MAC (any spelling), its first octets, an IPv4 address, or the maker's name (several words are fine).",
    }),
  }
  static override flags = {
    ...replayFlags,
    interface: portFlag("Sweep only this port's subnets."),
    wide: Flags.boolean({description: 'Also sweep subnets larger than a /22, up to a /20 (4094 addresses).'}),
  }

  async run(): Promise<LanFindReport> {
    const {argv, flags} = await this.parse(LanFind)
    const words = (argv as string[]).join(' ').trim()
    const {parseLanQuery} = await import('../../src/parse/lan-query.js')
    const query = words === '' ? null : parseLanQuery(words)
    if (query && !query.ok) this.refuse(query.error)
    const [{lanFindReport}, {renderLanFind}] = await Promise.all([
      import('../../src/capabilities/lan/find-report.js'),
      import('../../src/capabilities/lan/find-render.js'),
    ])
    const snapshot = await this.obtainSnapshot(flags.from, ['nics', 'lan'], async () => {
      const host = await this.host()
      const [{collectSnapshot}, {collectSweep}] = await Promise.all([
        import('../../src/collect/snapshot.js'),
        import('../../src/capabilities/lan/sweep.js'),
      ])
      const collected = await collectSnapshot(['nics'], {host})
      this.requirePort(collected, flags.interface)
      if (!this.jsonEnabled() && host.live) process.stderr.write('sweeping the local subnets by ARP…\n')
      await collectSweep(collected, {host, dev: flags.interface, wide: flags.wide})
      return collected
    })
    if (flags.from !== undefined && !snapshot.lan?.sweep)
      this.refuse(`${flags.from.path} holds no ARP sweep: take it with \`netdoc lan find\` on the machine itself`)
    const report = lanFindReport(snapshot, query?.ok ? query.value : null)
    const found = new Set(report.hosts.flatMap(host => [host.address, host.mac]))
    const aboutFound = report.findings.filter(finding => query === null || (finding.subject !== undefined && found.has(finding.subject)))
    return this.conclude(report, renderLanFind, (query !== null && report.hosts.length === 0) || aboutFound.some(isProblem))
  }
}
