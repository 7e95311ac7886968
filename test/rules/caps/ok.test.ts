// caps.ok: the file that runs, started by the process or a login of the user, gets every capability the job needs.
import rule from '../../../rules/caps/ok.js'
import {BITS, PYTHON_EI, binary, capsSnapshot, fileCaps, mask, processOf, program, rdiffBackup, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const ping = program('/usr/bin/ping', binary('/usr/bin/ping', fileCaps({permitted: mask(BITS.netRaw)})))

testRule(rule, {
  valid: [
    {name: 'no job named', snapshot: capsSnapshot({program: ping, process: processOf()})},
    {
      name: 'the file lacks the capability',
      snapshot: capsSnapshot({job: 'ping', program: program('/bin/x', binary('/bin/x')), process: processOf()}),
    },
    {
      name: 'the process is unread',
      snapshot: capsSnapshot({job: 'ping', program: ping, process: {pid: 9, source: 'given', status: null, problem: 'gone'}}),
    },
  ],
  invalid: [
    {
      name: 'ping with cap_net_raw=ep, started by an ordinary shell',
      snapshot: capsSnapshot({job: 'ping', program: ping, process: processOf()}),
      reports: [
        {
          title: /\/usr\/bin\/ping started by process 4242 \(bash\) gets cap_net_raw/,
          evidence: ['cap_net_raw=ep'],
          next: ['Nothing to do.'],
        },
      ],
    },
    {
      name: "the story: backuphelper's login gives cap_dac_read_search, python3.11 has it +ei",
      snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(PYTHON_EI), user: userOf()}),
      reports: [
        {title: /gets cap_dac_read_search/, evidence: ['/usr/bin/python3.11: cap_dac_read_search=ei', 'inheritable cap_dac_read_search']},
      ],
    },
    {
      name: 'restore as root: the warning that it is close to root',
      snapshot: capsSnapshot({job: 'restore', process: processOf({uid: 0, permitted: mask(0, 1, 2, 3)})}),
      reports: [{next: [/start it as an ordinary user/, /close to root/]}],
    },
    {
      name: 'a set-uid root ping (older Debian), started by an ordinary shell',
      snapshot: capsSnapshot({
        job: 'ping',
        program: program('/bin/ping', {...binary('/bin/ping'), entry: {mode: 0o4755, uid: 0, gid: 0}}),
        process: processOf(),
      }),
      reports: [{evidence: ['/bin/ping: set-uid root (mode 4755), so it runs as root']}],
    },
    {
      name: 'bind through an ambient capability of the process',
      snapshot: capsSnapshot({
        job: 'bind',
        process: processOf({
          inheritable: mask(BITS.netBindService),
          permitted: mask(BITS.netBindService),
          ambient: mask(BITS.netBindService),
        }),
      }),
      reports: [{title: /A program started by process 4242 \(bash\) gets cap_net_bind_service/}],
    },
  ],
})
