// The names this machine goes by, which a redacted snapshot must mask wherever they appear (log headers, prompts, DHCP lines).
import {readHostValue} from '../host/files.js'

/** readMachineNames returns the machine's host names: the configured one (/etc/hostname) and the kernel's (/proc/sys/kernel/hostname), read through the host root. */
export function readMachineNames(): string[] {
  const names = [readHostValue('/etc/hostname'), readHostValue('/proc/sys/kernel/hostname')]
  return [...new Set(names.filter((name): name is string => name !== null && name !== ''))]
}
