// display.busid-in-hex: a BusID copied from lspci in hex, which X reads as decimal.
import rule from '../../../rules/display/busid-in-hex.js'
import {displaysSnapshot, intelGpu, nvidiaGpu, xorgConf} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

// The nvidia-xrun case (github.com/Witko/nvidia-xrun issue #89): "change the BusID to match lspci (3b:0:0)", then
// "(EE) Screen 0 deleted because of no matching config section" and "no screens found".
const device = (busId: string) => xorgConf(`Section "Device"\n  Identifier "nvidia"\n  Driver "nvidia"\n  BusID "${busId}"\nEndSection\n`)
const laptop = [intelGpu(), nvidiaGpu({busId: '0000:3b:00.0', bootVga: null, classCode: '0x030200'})]

testRule(rule, {
  valid: [
    {name: 'the BusID in decimal', snapshot: displaysSnapshot({gpus: laptop, xConfigs: [device('PCI:59:0:0')]})},
    {
      name: 'a BusID whose decimal reading is the card',
      snapshot: displaysSnapshot({
        gpus: [nvidiaGpu({busId: '0000:0a:00.0'}), nvidiaGpu({busId: '0000:10:00.0'})],
        xConfigs: [device('PCI:10:0:0')],
      }),
    },
    {
      name: 'a Wayland session, where xorg.conf is not read',
      snapshot: displaysSnapshot({
        gpus: laptop,
        xConfigs: [device('PCI:3b:0:0')],
        session: {type: 'wayland', evidence: ['XDG_SESSION_TYPE=wayland']},
      }),
    },
  ],
  invalid: [
    {
      name: "lspci's 3b:00.0 written as PCI:3b:0:0",
      snapshot: displaysSnapshot({gpus: laptop, xConfigs: [device('PCI:3b:0:0')]}),
      reports: [
        {
          subject: '0000:3b:00.0',
          title: 'BusID "PCI:3b:0:0" in /etc/X11/xorg.conf must be "PCI:59:0:0": X reads BusIDs as decimal',
          evidence: ['X cannot read it: BusID numbers must be decimal', /read as hex, as lspci prints it, it is 0000:3b:00.0: the G96C/],
          next: ['BusID "PCI:59:0:0"'],
        },
      ],
    },
    {
      name: "lspci's 10:00.0 written as PCI:10:0:0, which X reads as bus 10 = 0x0a",
      snapshot: displaysSnapshot({gpus: [intelGpu(), nvidiaGpu({busId: '0000:10:00.0'})], xConfigs: [device('PCI:10:0:0')]}),
      reports: [
        {
          subject: '0000:10:00.0',
          evidence: ['read as decimal, as X does, that is 0000:0a:00.0, where there is no graphics card'],
          next: ['BusID "PCI:16:0:0"'],
        },
      ],
    },
  ],
})
