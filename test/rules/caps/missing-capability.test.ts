// caps.missing-capability: the job lacks a capability and nothing more specific explains it; which set lacks it, and the fix.
import rule from '../../../rules/caps/missing-capability.js'
import {BITS, binary, capsSnapshot, fileCaps, mask, processOf, program, userOf} from '../../support/caps.js'
import {testRule} from '../../support/rule-tester.js'

const bare = program('/usr/local/bin/restore-job', binary('/usr/local/bin/restore-job'))

testRule(rule, {
  valid: [
    {name: 'no job', snapshot: capsSnapshot({program: bare, process: processOf()})},
    {name: 'root', snapshot: capsSnapshot({job: 'restore', program: bare, process: processOf({uid: 0})})},
    {
      name: 'the login lacks it because pam_cap is missing (that rule says so)',
      snapshot: capsSnapshot({
        job: 'backup',
        program: program('/x', binary('/x', fileCaps({inheritable: mask(BITS.dacReadSearch)}))),
        user: userOf({pam: {sshd: 'auth required pam_unix.so\n'}}),
      }),
    },
  ],
  invalid: [
    {
      name: 'restore: nothing anywhere',
      snapshot: capsSnapshot({job: 'restore', program: bare, process: processOf()}),
      reports: [
        {
          title: /restore-job started by process 4242 \(bash\) gets no cap_dac_override, cap_fowner, cap_chown/,
          evidence: ['/usr/local/bin/restore-job: cap_fowner is in neither its permitted nor its inheritable set'],
          next: ['`sudo setcap cap_chown,cap_dac_override,cap_fowner+ep /usr/local/bin/restore-job`', /close to root/],
        },
      ],
    },
    {
      name: 'not in the bounding set',
      snapshot: capsSnapshot({
        job: 'ping',
        program: program('/p', binary('/p', fileCaps({permitted: mask(BITS.netRaw)}))),
        process: processOf({bounding: mask(BITS.chown)}),
      }),
      reports: [{evidence: [/not in its bounding set, so nothing can give it/]}],
    },
    {
      name: 'a file with cap_net_raw=ep on a nosuid mount',
      snapshot: capsSnapshot({
        job: 'ping',
        program: program('/media/usb/ping', {
          ...binary('/media/usb/ping', fileCaps({permitted: mask(BITS.netRaw)})),
          mount: {point: '/media/usb', nosuid: true},
        }),
        process: processOf(),
      }),
      reports: [
        {
          title:
            "/media/usb/ping's file capabilities do nothing: /media/usb is mounted nosuid: the kernel ignores file capabilities and set-uid on it (this file has capabilities)",
          next: ['`sudo mount -o remount,suid /media/usb`'],
        },
      ],
    },
    {
      name: 'a revision 3 attribute for a user namespace',
      snapshot: capsSnapshot({
        job: 'ping',
        program: program('/p', binary('/p', fileCaps({permitted: mask(BITS.netRaw), rootid: 1000}))),
        process: processOf(),
      }),
      reports: [{evidence: [/rootid=1000/]}],
    },
  ],
})
