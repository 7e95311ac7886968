// display.gpu-without-driver: a graphics card on the bus with no kernel driver bound.
import rule from '../../../rules/display/gpu-without-driver.js'
import {displaysSnapshot, fixtureText, intelGpu, nvidiaGpu} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

// The Radeon HD 4350 of the displays-no-screens fixture: unclaimed, and X found no screen.
const radeon = nvidiaGpu({
  vendorId: '1002',
  deviceId: '954f',
  vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]',
  model: 'RV710 [Radeon HD 4350/4550]',
  driver: null,
})
const noScreensLog = fixtureText('displays-no-screens', 'var/log/Xorg.0.log')

testRule(rule, {
  valid: [
    {name: 'every card has a driver', snapshot: displaysSnapshot({gpus: [intelGpu(), nvidiaGpu({busId: '0000:01:00.0', bootVga: false})]})},
    {name: 'a machine with no graphics card (a server)', snapshot: displaysSnapshot()},
  ],
  invalid: [
    {
      name: 'the only card is unclaimed and X found no screen',
      snapshot: displaysSnapshot({gpus: [radeon], xLog: noScreensLog}),
      reports: [
        {
          subject: '0000:01:00.0',
          severity: 'error',
          title: 'The RV710 [Radeon HD 4350/4550] at 0000:01:00.0 has no driver, so nothing can show a picture through it',
          evidence: [
            'no other graphics card has a driver either',
            'the X server stopped: "no screens found" (/var/log/Xorg.0.log)',
            /boot screen/,
          ],
          next: ['lspci -nnk -s 01:00.0', 'dmesg | grep -i 01:00.0', /sudo modprobe radeon/],
        },
      ],
    },
    {
      name: 'an added NVIDIA card is unclaimed while the onboard Intel works',
      snapshot: displaysSnapshot({gpus: [intelGpu(), nvidiaGpu({driver: null, bootVga: false})]}),
      reports: [{subject: '0000:01:00.0', severity: 'warning', next: [/ubuntu-drivers install/, /grep -r nouveau/]}],
    },
    {
      name: 'the kernel was started with nomodeset',
      snapshot: displaysSnapshot({
        gpus: [intelGpu({driver: null})],
        kernelCommandLine: 'BOOT_IMAGE=/boot/vmlinuz root=/dev/sda1 ro quiet splash nomodeset',
      }),
      reports: [{subject: '0000:00:02.0', evidence: [/started with nomodeset/], next: [/Remove nomodeset/, /modprobe i915/]}],
    },
  ],
})
