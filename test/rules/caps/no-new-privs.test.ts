// caps.no-new-privs: the file would give the capability, the process's no_new_privs withholds it.
import rule from '../../../rules/caps/no-new-privs.js'
import {BITS, binary, capsSnapshot, fileCaps, mask, processOf, program} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const ping = program('/usr/bin/ping', binary('/usr/bin/ping', fileCaps({permitted: mask(BITS.netRaw)})))

testRule(rule, {
  valid: [
    {name: 'no no_new_privs', snapshot: capsSnapshot({job: 'ping', program: ping, process: processOf()})},
    {
      name: 'no_new_privs, and the file gives nothing anyway',
      snapshot: capsSnapshot({job: 'ping', program: program('/bin/x', binary('/bin/x')), process: processOf({noNewPrivs: true})}),
    },
    {
      name: 'no_new_privs, but the process already holds it as ambient',
      snapshot: capsSnapshot({
        job: 'ping',
        process: processOf({noNewPrivs: true, inheritable: mask(BITS.netRaw), permitted: mask(BITS.netRaw), ambient: mask(BITS.netRaw)}),
      }),
    },
  ],
  invalid: [
    {
      name: 'a set-uid root ping under no_new_privs (set-uid does nothing then)',
      snapshot: capsSnapshot({
        job: 'ping',
        program: program('/bin/ping', {...binary('/bin/ping'), entry: {mode: 0o4755, uid: 0, gid: 0}}),
        process: processOf({noNewPrivs: true}),
      }),
      reports: [{title: /the kernel withholds cap_net_raw/}],
    },
    {
      name: 'ping cap_net_raw=ep under NoNewPrivileges=yes',
      snapshot: capsSnapshot({job: 'ping', program: ping, process: processOf({noNewPrivs: true})}),
      reports: [
        {title: /has no_new_privs set \(NoNewPrivs: 1\): the kernel withholds cap_net_raw/, evidence: ['/proc/4242/status: NoNewPrivs: 1']},
      ],
    },
  ],
})
