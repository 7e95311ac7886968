// display.gpu-unused-by-x: a card with monitors plugged in that no X screen uses.
import rule from '../../../rules/display/gpu-unused-by-x.js'
import {displaysSnapshot, fixtureEdidHex, fixtureText, intelGpu, nvidiaGpu, output, xorgConf} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

// displays-second-gpu-unused: GTX 980 Ti runs X screen 0; the GTX 660 Ti has HP x23LED and HP W2371d connected.
const gtx980 = nvidiaGpu({deviceId: '17c8', model: 'GM200 [GeForce GTX 980 Ti]'})
const gtx660 = nvidiaGpu({busId: '0000:02:00.0', deviceId: '1183', model: 'GK104 [GeForce GTX 660 Ti]', bootVga: false})
const oneScreenLog = fixtureText('displays-second-gpu-unused', 'var/log/Xorg.0.log')
const samsungHex = fixtureEdidHex('displays-hybrid-laptop', 'sys/devices/pci0000:00/0000:00:02.0/drm/card1/card1-HDMI-A-2')
const wayland = {type: 'wayland' as const, evidence: ['XDG_SESSION_TYPE=wayland']}

testRule(rule, {
  valid: [
    {
      name: 'two cards, one X screen each',
      snapshot: displaysSnapshot({
        gpus: [nvidiaGpu({busId: '0000:00:0d.0'}), gtx660],
        xLog: fixtureText('displays-two-nvidia-screens', 'var/log/Xorg.0.log'),
      }),
    },
    {
      name: 'a hybrid laptop whose Intel card is a GPU screen',
      snapshot: displaysSnapshot({
        gpus: [intelGpu(), nvidiaGpu({model: 'GM107M [GeForce GTX 960M]', bootVga: false})],
        cards: [{card: 'card1', busId: '0000:00:02.0', driver: 'i915'}],
        outputs: [output({card: 'card1', connector: 'HDMI-A-2', status: 'connected', enabled: true, edid: samsungHex})],
        xLog: fixtureText('displays-hybrid-laptop', 'var/log/Xorg.0.log'),
      }),
    },
    {
      name: 'the same two cards in a Wayland session',
      snapshot: displaysSnapshot({gpus: [gtx980, gtx660], xLog: oneScreenLog, session: wayland}),
    },
    {
      name: 'a second card with no monitor plugged in',
      snapshot: displaysSnapshot({gpus: [gtx980, gtx660], xLog: fixtureText('displays-hybrid-laptop', 'var/log/Xorg.0.log')}),
    },
    {
      name: 'X did not start at all',
      snapshot: displaysSnapshot({gpus: [gtx980, gtx660], xLog: fixtureText('displays-no-screens', 'var/log/Xorg.0.log')}),
    },
  ],
  invalid: [
    {
      name: 'the 660 Ti has two monitors from the X log, and X runs only on the 980 Ti',
      snapshot: displaysSnapshot({gpus: [gtx980, gtx660], xLog: oneScreenLog}),
      reports: [
        {
          subject: '0000:02:00.0',
          title: 'The GK104 [GeForce GTX 660 Ti] at 0000:02:00.0 has monitors plugged in, but no X screen uses it',
          evidence: [
            'has 2 monitor(s) connected: HP x23LED on DFP-0, HP W2371d on DFP-3',
            'the X log (/var/log/Xorg.0.log) shows its screens on: screen 0 → 0000:01:00.0 (NVIDIA) — none on 0000:02:00.0',
            'Xinerama is off',
          ],
          next: [
            'BusID "PCI:2:0:0"',
            'Screen 1 "Screen1" RightOf "Screen0"',
            /overwrite the old file rather than merge/,
            /--enable-all-gpus --separate-x-screens/,
          ],
        },
      ],
    },
    {
      name: 'identical twin cards, xorg.conf without BusIDs',
      snapshot: displaysSnapshot({
        gpus: [gtx980, {...gtx980, busId: '0000:02:00.0', bootVga: false}],
        xLog: oneScreenLog,
        xConfigs: [xorgConf('Section "Device"\n    Identifier "Device0"\n    Driver "nvidia"\nEndSection\n')],
      }),
      reports: [
        {subject: '0000:02:00.0', evidence: [/same model as the card X does use/, '/etc/X11/xorg.conf: Device "Device0" has no BusID']},
      ],
    },
    {
      name: 'a second card on amdgpu whose monitor the kernel sees',
      snapshot: displaysSnapshot({
        gpus: [gtx980, {...gtx660, vendorId: '1002', deviceId: '73df', model: 'Navi 22', driver: 'amdgpu'}],
        cards: [{card: 'card1', busId: '0000:02:00.0', driver: 'amdgpu'}],
        outputs: [
          output({card: 'card1', connector: 'DP-1', status: 'connected', enabled: false, edid: samsungHex}),
          output({card: 'card1', connector: 'HDMI-A-1'}),
        ],
        xLog: oneScreenLog,
      }),
      reports: [{subject: '0000:02:00.0', evidence: ['has 1 monitor(s) connected: C27H71x on DP-1']}],
    },
  ],
})
