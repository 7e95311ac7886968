// caps.pam-cap-order: pam_cap comes after a line that ends a successful login's auth stack.
import rule from '../../../rules/caps/pam-cap-order.js'
import {DEBIAN_COMMON_AUTH, DEBIAN_SSHD, capsSnapshot, rdiffBackup, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const sufficientFirst = 'auth\tsufficient\tpam_unix.so nullok\nauth\trequired\tpam_deny.so\nauth\toptional\tpam_cap.so\n'
const jumpsOver =
  'auth\t[success=2 default=ignore]\tpam_unix.so nullok\nauth\trequisite\tpam_deny.so\nauth\toptional\tpam_cap.so\nauth\trequired\tpam_permit.so\n'
const capFirst = 'auth\toptional\tpam_cap.so\nauth\tsufficient\tpam_unix.so nullok\nauth\trequired\tpam_deny.so\n'

testRule(rule, {
  valid: [
    {name: "Debian's common-auth with libpam-cap", snapshot: capsSnapshot({job: 'backup', program: rdiffBackup(), user: userOf()})},
    {
      name: 'pam_cap before a sufficient pam_unix',
      snapshot: capsSnapshot({user: userOf({pam: {'common-auth': capFirst, sshd: DEBIAN_SSHD}})}),
    },
    {
      name: "su's sufficient pam_rootok (it succeeds only when root runs su; a user's login goes on to pam_cap)",
      snapshot: capsSnapshot({
        user: userOf({pam: {su: 'auth sufficient pam_rootok.so\n@include common-auth\n', 'common-auth': DEBIAN_COMMON_AUTH}}),
      }),
    },
    {name: 'no pam_cap at all', snapshot: capsSnapshot({user: userOf({pam: {sshd: 'auth required pam_unix.so\n'}})})},
  ],
  invalid: [
    {
      name: 'sufficient pam_unix before pam_cap',
      snapshot: capsSnapshot({user: userOf({pam: {'common-auth': sufficientFirst, sshd: DEBIAN_SSHD}})}),
      reports: [
        {
          title: 'In sshd, a successful login ends at common-auth line 1 (auth sufficient pam_unix.so nullok), before pam_cap.so',
          evidence: [/pam_cap.so is at common-auth line 3/],
          next: [/Move `auth optional pam_cap.so` above common-auth line 1/],
        },
      ],
    },
    {
      name: "pam_unix's success jumps over pam_cap",
      snapshot: capsSnapshot({user: userOf({pam: {'common-auth': jumpsOver, sshd: DEBIAN_SSHD, cron: '@include common-auth\n'}})}),
      reports: [{title: /^In sshd, cron, a successful login ends at common-auth line 1 \(auth \[success=2 default=ignore\]/}],
    },
  ],
})
