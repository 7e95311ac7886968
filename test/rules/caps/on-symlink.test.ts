// caps.on-symlink: the program named is a symlink, and the file it leads to lacks the capabilities.
import rule from '../../../rules/caps/on-symlink.js'
import {BITS, binary, capsSnapshot, fileCaps, mask, processOf, program, symlink} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const linkTo = (caps: ReturnType<typeof fileCaps> | null) =>
  program('/usr/bin/python', symlink('/usr/bin/python', 'python3.11'), binary('/usr/bin/python3.11', caps))

testRule(rule, {
  valid: [
    {
      name: 'the target holds the capability',
      snapshot: capsSnapshot({job: 'backup', program: linkTo(fileCaps({permitted: mask(BITS.dacReadSearch)})), process: processOf()}),
    },
    {name: 'no symlink', snapshot: capsSnapshot({job: 'backup', program: program('/bin/x', binary('/bin/x')), process: processOf()})},
    {name: 'no job', snapshot: capsSnapshot({program: linkTo(null), process: processOf()})},
    {name: 'the runner is root', snapshot: capsSnapshot({job: 'backup', program: linkTo(null), process: processOf({uid: 0})})},
  ],
  invalid: [
    {
      name: "the story's python symlink to a python3.11 without capabilities",
      snapshot: capsSnapshot({job: 'backup', program: linkTo(null), process: processOf()}),
      reports: [
        {
          title:
            '/usr/bin/python is a symlink to /usr/bin/python3.11: file capabilities are read from /usr/bin/python3.11, which lacks cap_dac_read_search',
          evidence: [/setcap` refuses one/],
          next: ['`sudo setcap cap_dac_read_search+ep /usr/bin/python3.11`'],
        },
      ],
    },
  ],
})
