// caps.inheritable-empty: the file holds the capability +ei, and the process's inheritable set is all zeroes.
import rule from '../../../rules/caps/inheritable-empty.js'
import {BITS, PYTHON_EI, capsSnapshot, mask, processOf, rdiffBackup} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'the shell has it inheritable',
      snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(PYTHON_EI), process: processOf({inheritable: mask(BITS.dacReadSearch)})}),
    },
    {name: 'the file has nothing inheritable', snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(null), process: processOf()})},
    {name: 'root', snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(PYTHON_EI), process: processOf({uid: 0})})},
  ],
  invalid: [
    {
      name: 'grep CapInh /proc/$$/status shows all zeroes',
      snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(PYTHON_EI), process: processOf()}),
      reports: [
        {
          title:
            "process 4242 (bash) has an empty inheritable set (CapInh: 0000000000000000), so /usr/bin/python3.11's +i capabilities give it nothing",
          next: [/netdoc caps --user NAME/],
        },
      ],
    },
  ],
})
