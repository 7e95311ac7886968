// display.wayland-session: the X checks do not apply to a Wayland session, and the finding says so.
import rule from '../../../rules/display/wayland-session.js'
import {displaysSnapshot, fixtureText, xorgConf} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'an X11 session', snapshot: displaysSnapshot()},
    {
      name: 'no graphical session',
      snapshot: displaysSnapshot({session: {type: 'none', evidence: ['neither an X server nor a Wayland compositor is running']}}),
    },
    {
      name: 'unknown (a recorded tree without processes)',
      snapshot: displaysSnapshot({session: {type: 'unknown', evidence: ['no process list to look at']}}),
    },
  ],
  invalid: [
    {
      name: 'Wayland, with an X log and an xorg.conf left from X days',
      snapshot: displaysSnapshot({
        session: {type: 'wayland', evidence: ['a Wayland compositor is running (kwin_wayland, pid 1234)']},
        xLog: fixtureText('displays-two-nvidia-screens', 'var/log/Xorg.0.log'),
        xConfigs: [xorgConf('Section "Device"\n  Identifier "x"\nEndSection\n')],
      }),
      reports: [
        {
          severity: 'info',
          evidence: [
            'a Wayland compositor is running (kwin_wayland, pid 1234)',
            '/var/log/Xorg.0.log is from an X server run, not from this session; its hints are left out',
            /read only by an X server/,
          ],
          next: [/journalctl -b --user/, /X11 session/],
        },
      ],
    },
  ],
})
