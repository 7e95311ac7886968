// caps.no-pam-cap: no PAM file loads pam_cap.so, so capability.conf is never read.
import rule from '../../../rules/caps/no-pam-cap.js'
import {DEBIAN_SSHD, PYTHON_EI, capsSnapshot, rdiffBackup, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const withoutPamCap = {
  'common-auth': 'auth\t[success=1 default=ignore]\tpam_unix.so nullok\nauth\trequisite\tpam_deny.so\nauth\trequired\tpam_permit.so\n',
  sshd: DEBIAN_SSHD,
}

testRule(rule, {
  valid: [
    {name: 'pam_cap in common-auth', snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(), user: userOf()})},
    {name: 'no pam_cap, but nothing asks for it', snapshot: capsSnapshot({user: userOf({pam: withoutPamCap, conf: null})})},
    {
      name: 'no pam_cap, and capability.conf only says none *',
      snapshot: capsSnapshot({user: userOf({pam: withoutPamCap, conf: 'none *\n'})}),
    },
  ],
  invalid: [
    {
      name: 'Debian without libpam-cap, capability.conf naming the user',
      snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(PYTHON_EI), user: userOf({pam: withoutPamCap})}),
      reports: [
        {
          title:
            "No file of /etc/pam.d loads pam_cap.so: backuphelper's logins never get the capabilities of /etc/security/capability.conf",
          evidence: ['/etc/security/capability.conf line 1: cap_dac_read_search backuphelper'],
          next: [/apt install libpam-cap/],
        },
      ],
    },
  ],
})
