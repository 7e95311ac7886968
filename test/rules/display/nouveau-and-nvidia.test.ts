// display.nouveau-and-nvidia: nouveau and NVIDIA's driver both present, fighting over the card.
import rule from '../../../rules/display/nouveau-and-nvidia.js'
import {displaysSnapshot, nvidiaGpu, xorgConf} from '../../support/displays.js'
import {testRule} from '../../support/rule-tester.js'

const nvidiaDevice = xorgConf('Section "Device"\n    Identifier "Device0"\n    Driver "nvidia"\nEndSection\n')

testRule(rule, {
  valid: [
    {
      name: 'the nvidia driver alone',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu()], kernelModules: ['nvidia', 'nvidia_drm'], xConfigs: [nvidiaDevice]}),
    },
    {
      name: 'nouveau alone, with nothing asking for nvidia',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu({driver: 'nouveau'})], kernelModules: ['nouveau']}),
    },
    {
      name: 'nouveau in a Wayland session, where an old xorg.conf does not matter',
      snapshot: displaysSnapshot({
        gpus: [nvidiaGpu({driver: 'nouveau'})],
        kernelModules: ['nouveau'],
        xConfigs: [nvidiaDevice],
        session: {type: 'wayland', evidence: ['WAYLAND_DISPLAY=wayland-0']},
      }),
    },
  ],
  invalid: [
    {
      name: 'both kernel modules loaded',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu()], kernelModules: ['nvidia', 'nouveau']}),
      reports: [
        {
          severity: 'warning',
          title: 'nouveau and nvidia kernel drivers are loaded together',
          evidence: ['both the nouveau and the nvidia kernel modules are loaded'],
          next: [/blacklist nouveau/, /update-initramfs -u/],
        },
      ],
    },
    {
      name: 'xorg.conf asks for the nvidia driver while nouveau holds the card',
      snapshot: displaysSnapshot({gpus: [nvidiaGpu({driver: 'nouveau'})], kernelModules: ['nouveau'], xConfigs: [nvidiaDevice]}),
      reports: [
        {
          subject: '0000:01:00.0',
          severity: 'error',
          title: 'X is set up for the NVIDIA driver, but nouveau holds the card',
          evidence: [/is driven by nouveau/, '/etc/X11/xorg.conf: Device "Device0" uses Driver "nvidia"'],
          next: [/To use nouveau instead/],
        },
      ],
    },
  ],
})
