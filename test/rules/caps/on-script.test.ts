// caps.on-script: capabilities on a script (ignored by the kernel), or a job whose script's interpreter lacks them.
import rule from '../../../rules/caps/on-script.js'
import {BITS, PYTHON_EI, capsSnapshot, fileCaps, mask, processOf, rdiffBackup, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const onScript = fileCaps({inheritable: mask(BITS.dacReadSearch)})

testRule(rule, {
  valid: [
    {name: 'the interpreter holds them', snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(PYTHON_EI), user: userOf()})},
    {name: 'a script without capabilities and no job', snapshot: capsSnapshot({program: rdiffBackup(null), process: processOf()})},
    {
      name: 'the same capabilities on script and interpreter',
      snapshot: capsSnapshot({program: rdiffBackup(PYTHON_EI, onScript), process: processOf()}),
    },
  ],
  invalid: [
    {
      name: 'setcap on the script rdiff-backup, python3.11 bare',
      snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(null, onScript), user: userOf()}),
      reports: [
        {
          severity: 'error',
          title:
            /on the script \/usr\/bin\/rdiff-backup \(cap_dac_read_search=ei\), which the kernel ignores: it runs \/usr\/bin\/python3.11/,
          next: ['`sudo setcap cap_dac_read_search+ei /usr/bin/python3.11`', 'sudo setcap -r /usr/bin/rdiff-backup'],
        },
      ],
    },
    {
      name: 'a script with capabilities, no job: a warning',
      snapshot: capsSnapshot({program: rdiffBackup(null, onScript), process: processOf()}),
      reports: [{severity: 'warning', title: /which the kernel ignores/}],
    },
    {
      name: 'no capabilities anywhere, the job needs them',
      snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(null), process: processOf()}),
      reports: [
        {
          title:
            '/usr/bin/rdiff-backup is a script run by /usr/bin/python3.11: the capabilities must be on /usr/bin/python3.11, which lacks cap_dac_read_search',
        },
      ],
    },
  ],
})
