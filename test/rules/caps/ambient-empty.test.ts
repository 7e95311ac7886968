// caps.ambient-empty: the capability is inheritable but not ambient, and the program has no file capabilities.
import rule from '../../../rules/caps/ambient-empty.js'
import {BITS, binary, capsSnapshot, mask, processOf, program, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const bare = program('/usr/local/bin/backup-job', binary('/usr/local/bin/backup-job'))
const inheritable = mask(BITS.dacReadSearch)

testRule(rule, {
  valid: [
    {
      name: 'ambient too',
      snapshot: capsSnapshot({
        job: 'backup',
        program: bare,
        process: processOf({inheritable, permitted: inheritable, ambient: inheritable}),
      }),
    },
    {name: 'not even inheritable', snapshot: capsSnapshot({job: 'backup', program: bare, process: processOf()})},
  ],
  invalid: [
    {
      name: 'a pam_cap login (inheritable only) runs a program without file capabilities',
      snapshot: capsSnapshot({job: 'backup', program: bare, process: processOf({inheritable})}),
      reports: [
        {
          title:
            'process 4242 (bash) holds cap_dac_read_search as inheritable but its ambient set lacks it: /usr/local/bin/backup-job starts without it',
          next: ['`sudo setcap cap_dac_read_search+ei /usr/local/bin/backup-job`', /AmbientCapabilities=cap_dac_read_search/],
        },
      ],
    },
    {
      name: "the user's login, capability.conf without ^",
      snapshot: capsSnapshot({job: 'backup', program: bare, user: userOf()}),
      reports: [
        {title: /^a login of backuphelper holds cap_dac_read_search as inheritable/, next: ['`^cap_dac_read_search  backuphelper`']},
      ],
    },
  ],
})
