// `netdoc lan find <mac|ip|vendor>`: where a device is now on this machine's own subnets, with its maker.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {NetdocCommand, replayFlags} from '../../src/cli/netdoc-command.js'
import {isProblem} from '../../src/engine/finding.js'
import type {LanFindReport} from '../../src/report/lan-find-report.js'

/** LanFind sweeps the local subnets by ARP and reports where a device is now. */
export default class LanFind extends NetdocCommand {
  static override summary = 'Find a device on the LAN by MAC, MAC prefix, IP address or maker: where it is now.'
  static override description = `Sweeps this machine's own subnets by ARP: one empty UDP datagram to each address makes the kernel ask it, and the kernel's neighbour table then holds every device that answered (a /24 takes about 1.2 s, no privilege needed). Only subnets of ports with link are swept, none larger than a /22 unless --wide (up to a /20).

Makers come from the MAC's OUI: the system's OUI database (ieee-data, arp-scan, nmap or Wireshark) where installed, else a built-in table of common makers. As root it also confirms devices the kernel knew from before (arping) and listens on the cable, which finds devices still set up for another subnet (a static address from an old router), with the gateway they ask for.

Without <device> it lists every device found. Nothing is changed. Exit code 0 when the device was found, 1 when not (or a problem was heard), 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> lan find b8:27:eb', description: 'Where are the Raspberry Pis (MAC prefix b8:27:eb)?'},
    {command: '<%= config.bin %> lan find raspberry', description: 'The same by maker name.'},
    {command: 'sudo <%= config.bin %> lan find 30:05:5c:01:02:03', description: 'Where is this printer now, even on an old subnet?'},
    {command: '<%= config.bin %> lan find 192.168.1.20 --json', description: 'Who holds 192.168.1.20: {"query", "lan", "swept", "hosts": […], "findings", "notChecked"}.'},
    {command: '<%= config.bin %> lan find', description: 'Every device on the LAN, with its maker.'},
  ]
  static override args = {
    device: Args.string({description: 'A MAC (any spelling), its first octets, an IPv4 address, or words of the maker\'s name.', required: false}),
  }
  static override flags = {
    ...replayFlags,
    interface: Flags.string({char: 'i', description: "Sweep only this port's subnets.", helpValue: 'PORT'}),
    wide: Flags.boolean({description: 'Also sweep subnets larger than a /22, up to a /20 (4094 addresses).'}),
  }

  async run(): Promise<LanFindReport> {
    const {args, flags} = await this.parse(LanFind)
    const {parseLanQuery} = await import('../../src/parse/lan-query.js')
    const query = args.device === undefined ? null : parseLanQuery(args.device)
    if (query && !query.ok) this.refuse(query.error)
    if (flags.interface !== undefined && !/^[A-Za-z0-9_.:@-]{1,15}$/.test(flags.interface)) this.refuse(`${JSON.stringify(flags.interface)} is not a network port name`)
    const {lanFindReport} = await import('../../src/report/lan-find-report.js')
    const {renderLanFind} = await import('../../src/render/lan-find.js')
    const snapshot = await this.obtainSnapshot(flags.from, ['nics', 'lan'], async () => {
      const {collectSnapshot} = await import('../../src/collect/snapshot.js')
      const {collectSweep} = await import('../../src/collect/lan-sweep.js')
      const collected = await collectSnapshot(['nics'])
      if (flags.interface !== undefined && !collected.nics?.ports.some(port => port.name === flags.interface))
        this.refuse(`there is no port named ${flags.interface} (\`netdoc nics --all\` lists them)`)
      const {isRecordedTree} = await import('../../src/host/root.js')
      if (!this.jsonEnabled() && !isRecordedTree()) process.stderr.write('sweeping the local subnets by ARP…\n')
      await collectSweep(collected, {dev: flags.interface, wide: flags.wide})
      return collected
    })
    if (flags.from !== undefined && !snapshot.lan?.sweep) this.refuse(`${flags.from} holds no ARP sweep: take it with \`netdoc lan find\` on the machine itself`)
    const report = lanFindReport(snapshot, query?.ok ? query.value : null)
    const missing = query !== null && report.hosts.length === 0
    return this.conclude(report, renderLanFind, missing || report.findings.some(isProblem))
  }
}
