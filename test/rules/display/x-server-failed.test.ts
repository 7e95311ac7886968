// display.x-server-failed: the X server's last run stopped with a fatal error.
import rule from '../../../rules/display/x-server-failed.js'
import {displaysSnapshot, fixtureText, nvidiaGpu} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

const noScreens = fixtureText('displays-no-screens', 'var/log/Xorg.0.log')
const radeon = nvidiaGpu({vendorId: '1002', deviceId: '954f', model: 'RV710 [Radeon HD 4350/4550]', driver: 'radeon'})

testRule(rule, {
  valid: [
    {
      name: 'X started',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu()], xLog: fixtureText('displays-two-nvidia-screens', 'var/log/Xorg.0.log')}),
    },
    {name: 'no X log at all', snapshot: displaysSnapshot({gpus: [nvidiaGpu()]})},
    {
      name: 'an old failed X log in a Wayland session',
      snapshot: displaysSnapshot({gpus: [radeon], xLog: noScreens, session: {type: 'wayland', evidence: ['WAYLAND_DISPLAY=wayland-0']}}),
    },
  ],
  invalid: [
    {
      name: 'no screens found, with the (EE) lines that led to it',
      snapshot: displaysSnapshot({gpus: [radeon], xLog: noScreens}),
      reports: [
        {
          subject: '0000:01:00.0',
          title: 'The X server stopped: "no screens found"',
          evidence: [
            '/var/log/Xorg.0.log: Fatal server error: no screens found',
            '(EE) Device(s) detected, but none match those in the config file.',
            '(EE) open /dev/dri/card0: No such file or directory',
          ],
          next: ['grep -n "(EE)" /var/log/Xorg.0.log', 'netdoc explain --file /var/log/Xorg.0.log'],
        },
      ],
    },
  ],
})
