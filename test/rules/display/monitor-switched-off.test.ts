// display.monitor-switched-off: a monitor answers on a connector the desktop has not turned on.
import rule from '../../../rules/display/monitor-switched-off.js'
import {displaysSnapshot, fixtureEdidHex, intelGpu, output} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

const samsungHex = fixtureEdidHex('displays-hybrid-laptop', 'sys/devices/pci0000:00/0000:00:02.0/drm/card1/card1-HDMI-A-2')
const cards = [{card: 'card0', busId: '0000:00:02.0', driver: 'i915'}]
const plugged = (enabled: boolean | null) => output({connector: 'HDMI-A-2', status: 'connected', enabled, edid: samsungHex})

testRule(rule, {
  valid: [
    {name: 'the monitor is on', snapshot: displaysSnapshot({gpus: [intelGpu()], cards, outputs: [plugged(true), output()]})},
    {name: 'nothing plugged in', snapshot: displaysSnapshot({gpus: [intelGpu()], cards, outputs: [output()]})},
    {
      name: 'a laptop panel off with the lid closed, the external monitor on',
      snapshot: displaysSnapshot({
        gpus: [intelGpu()],
        cards,
        outputs: [output({connector: 'eDP-1', status: 'connected', enabled: false}), plugged(true)],
      }),
    },
    {
      name: 'no desktop running (a console-only boot)',
      snapshot: displaysSnapshot({
        gpus: [intelGpu()],
        cards,
        outputs: [plugged(false)],
        session: {type: 'none', evidence: ['neither an X server nor a Wayland compositor is running']},
      }),
    },
  ],
  invalid: [
    {
      name: 'X11: plugged in and switched off',
      snapshot: displaysSnapshot({gpus: [intelGpu()], cards, outputs: [plugged(false)]}),
      reports: [
        {
          subject: '0000:00:02.0',
          title: 'C27H71x is plugged into HDMI-A-2 (card0), but that output is switched off',
          evidence: [/status connected, enabled disabled/],
          next: [/xrandr --output <name> --auto/],
        },
      ],
    },
    {
      name: 'Wayland: the advice is the display settings',
      snapshot: displaysSnapshot({
        gpus: [intelGpu()],
        cards,
        outputs: [plugged(false)],
        session: {type: 'wayland', evidence: ['WAYLAND_DISPLAY=wayland-0']},
      }),
      reports: [{next: [/Settings → Displays/], evidence: [/Wayland session is running/]}],
    },
  ],
})
