// The names this machine goes by, which a redacted snapshot must mask wherever they appear (log headers, prompts, DHCP lines).
import type {HostFiles} from '../host/files.js'

/** readMachineNames returns the machine's host names, from its files: the configured one (/etc/hostname) and the kernel's
 * (/proc/sys/kernel/hostname). */
export function readMachineNames(files: HostFiles): string[] {
  const names = [files.value('/etc/hostname'), files.value('/proc/sys/kernel/hostname')]
  return [...new Set(names.filter((name): name is string => name !== null && name !== ''))]
}
