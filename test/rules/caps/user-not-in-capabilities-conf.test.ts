// caps.user-not-in-capabilities-conf: pam_cap runs, and the capability.conf it reads gives the user nothing the job needs.
import rule from '../../../rules/caps/user-not-in-capabilities-conf.js'
import {capsSnapshot, rdiffBackup, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const backup = (conf: string | null, misnamedConf?: string) =>
  capsSnapshot({job: 'backup', program: rdiffBackup(), user: userOf({conf, misnamedConf})})

testRule(rule, {
  valid: [
    {name: 'the user is named', snapshot: backup('cap_dac_read_search backuphelper\n')},
    {name: 'a group of the user is named', snapshot: backup('cap_dac_read_search @backup\nnone *\n')},
    {name: 'no job', snapshot: capsSnapshot({user: userOf({conf: 'none *\n'})})},
  ],
  invalid: [
    {
      name: 'only another user is named',
      snapshot: backup('cap_dac_read_search otheruser\n'),
      reports: [
        {
          title:
            'pam_cap gives backuphelper no cap_dac_read_search: no rule of /etc/security/capability.conf names backuphelper, @backup or *',
          next: ['`cap_dac_read_search  backuphelper`'],
        },
      ],
    },
    {
      name: 'a `none *` line first: the first match wins',
      snapshot: backup('none *\ncap_dac_read_search backuphelper\n'),
      reports: [{title: /the first rule naming backuphelper says `none`/, evidence: ['line 1: none *']}],
    },
    {
      name: '`all` grants nothing',
      snapshot: backup('all backuphelper\n'),
      reports: [{title: /says `all`, which pam_cap reads as "change nothing"/}],
    },
    {
      name: 'a misspelt capability',
      snapshot: backup('cap_dac_readsearch backuphelper\n'),
      reports: [{title: /words that are no capability \(cap_dac_readsearch\)/}],
    },
    {
      name: 'the rule is in capabilities.conf, which pam_cap does not read',
      snapshot: backup(null, 'cap_dac_read_search backuphelper\n'),
      reports: [
        {
          title: /\/etc\/security\/capability.conf does not exist/,
          evidence: [/\/etc\/security\/capabilities.conf line 1 names backuphelper .* but pam_cap reads \/etc\/security\/capability.conf/],
        },
      ],
    },
  ],
})
