// display.card-missing-from-bus: X was set up for a card that is no longer on the PCI bus.
import rule from '../../../rules/display/card-missing-from-bus.js'
import {displaysSnapshot, fixtureText, intelGpu, nvidiaGpu, xorgConf} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

// The two cards of displays-two-nvidia-screens and its xorg.conf (Device0 PCI:0:13:0, Device1 PCI:2:0:0).
const onboard = nvidiaGpu({busId: '0000:00:0d.0', deviceId: '03d0', model: 'C61 [GeForce 6150SE nForce 430]'})
const added = nvidiaGpu({busId: '0000:02:00.0', deviceId: '06e4', model: 'G98 [GeForce 8400 GS Rev. 2]', bootVga: false})
const twoCardConf = fixtureText('displays-two-nvidia-screens', 'etc/X11/xorg.conf')
// The story's twin cards: two Device sections and no BusID in either, as an old hand-written xorg.conf had them.
const twinsWithoutBusIds = xorgConf(
  'Section "Device"\n    Identifier "Card0"\n    Driver "nvidia"\nEndSection\nSection "Device"\n    Identifier "Card1"\n    Driver "nvidia"\nEndSection\n',
)
const oneCardTwoScreens = xorgConf(
  'Section "Device"\n    Identifier "Device0"\n    Driver "nvidia"\n    BusID "PCI:2:0:0"\n    Screen 0\nEndSection\nSection "Device"\n    Identifier "Device1"\n    Driver "nvidia"\n    BusID "PCI:2:0:0"\n    Screen 1\nEndSection\n',
)

testRule(rule, {
  valid: [
    {
      name: 'both cards of the configuration are on the bus',
      snapshot: displaysSnapshot({
        gpus: [onboard, added],
        xConfigs: [twoCardConf],
        xLog: fixtureText('displays-two-nvidia-screens', 'var/log/Xorg.0.log'),
      }),
    },
    {
      name: 'one card with two X screens on it (Device sections sharing a BusID)',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu({busId: '0000:02:00.0'})], xConfigs: [oneCardTwoScreens]}),
    },
    {
      name: 'twin Device sections and twin cards on the bus',
      snapshot: displaysSnapshot({gpus: [onboard, added], xConfigs: [twinsWithoutBusIds]}),
    },
    {
      name: "a BusID copied in hex from lspci is another rule's business",
      snapshot: displaysSnapshot({
        gpus: [nvidiaGpu({busId: '0000:3b:00.0'})],
        xConfigs: [xorgConf('Section "Device"\n  Identifier "nvidia"\n  Driver "nvidia"\n  BusID "PCI:3b:0:0"\nEndSection\n')],
      }),
    },
    {name: 'no configuration and no log', snapshot: displaysSnapshot({gpus: [onboard]})},
  ],
  invalid: [
    {
      name: 'the added card vanished: xorg.conf still names its BusID',
      snapshot: displaysSnapshot({gpus: [onboard], xConfigs: [twoCardConf]}),
      reports: [
        {
          subject: '0000:02:00.0',
          title: 'The graphics card X expects at 0000:02:00.0 (PCI:2:0:0) is not on the PCI bus',
          evidence: [
            '/etc/X11/xorg.conf: Device "Device1" has BusID "PCI:2:0:0" (0000:02:00.0)',
            /the PCI bus has 1 graphics card\(s\) now: C61/,
          ],
          next: [/reseat the card/, /jumper or switch for two cards/, /primary display/, /delete its Device and Screen sections/],
        },
      ],
    },
    {
      name: 'the X log of an earlier boot saw a card that is gone now',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu()], xLog: fixtureText('displays-second-gpu-unused', 'var/log/Xorg.0.log')}),
      reports: [{subject: '0000:02:00.0', evidence: ['the X log (/var/log/Xorg.0.log) saw a card 10de:1183 at 0000:02:00.0']}],
    },
    {
      name: 'twin Device sections without BusIDs, and only one card on the bus',
      snapshot: displaysSnapshot({gpus: [onboard], xConfigs: [twinsWithoutBusIds]}),
      reports: [
        {
          title: 'xorg.conf describes 2 graphics cards, but the PCI bus has 1',
          evidence: ['/etc/X11/xorg.conf: Device "Card1" (Driver "nvidia", no BusID)'],
        },
      ],
    },
    {
      name: 'a laptop whose NVIDIA card left the bus: switching the GPU off is mentioned',
      snapshot: displaysSnapshot({gpus: [intelGpu()], xLog: fixtureText('displays-hybrid-laptop', 'var/log/Xorg.0.log')}),
      reports: [{subject: '0000:01:00.0', next: [/prime-select intel/]}],
    },
  ],
})
