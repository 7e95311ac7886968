// A small built-in table of common network chips, for machines without pci.ids/usb.ids.

/** Chip is a known network controller: its names and the fastest speed it supports (Mb/s). */
export interface Chip {
  vendor: string
  model: string
  maxSpeedMbps: number | null
}

const intel = 'Intel Corporation'
const realtek = 'Realtek Semiconductor Co., Ltd.'

/** knownChips maps "vendor:device" (lower-case hex) to the chip; PCI and USB ids share the table. */
export const knownChips: Readonly<Record<string, Chip>> = {
  '8086:100e': {vendor: intel, model: '82540EM Gigabit Ethernet Controller', maxSpeedMbps: 1000},
  '8086:10d3': {vendor: intel, model: '82574L Gigabit Network Connection', maxSpeedMbps: 1000},
  '8086:1502': {vendor: intel, model: '82579LM Gigabit Network Connection', maxSpeedMbps: 1000},
  '8086:1503': {vendor: intel, model: '82579V Gigabit Network Connection', maxSpeedMbps: 1000},
  '8086:153a': {vendor: intel, model: 'Ethernet Connection I217-LM', maxSpeedMbps: 1000},
  '8086:1533': {vendor: intel, model: 'I210 Gigabit Network Connection', maxSpeedMbps: 1000},
  '8086:1539': {vendor: intel, model: 'I211 Gigabit Network Connection', maxSpeedMbps: 1000},
  '8086:15b8': {vendor: intel, model: 'Ethernet Connection (2) I219-V', maxSpeedMbps: 1000},
  '8086:15bc': {vendor: intel, model: 'Ethernet Connection (7) I219-V', maxSpeedMbps: 1000},
  '8086:15f3': {vendor: intel, model: 'Ethernet Controller I225-V', maxSpeedMbps: 2500},
  '8086:125c': {vendor: intel, model: 'Ethernet Controller I226-V', maxSpeedMbps: 2500},
  '8086:2723': {vendor: intel, model: 'Wi-Fi 6 AX200', maxSpeedMbps: null},
  '8086:a0f0': {vendor: intel, model: 'Wi-Fi 6 AX201', maxSpeedMbps: null},
  '10ec:8139': {vendor: realtek, model: 'RTL-8100/8101L/8139 PCI Fast Ethernet Adapter', maxSpeedMbps: 100},
  '10ec:8136': {vendor: realtek, model: 'RTL810xE PCI Express Fast Ethernet controller', maxSpeedMbps: 100},
  '10ec:8168': {vendor: realtek, model: 'RTL8111/8168/8411 PCI Express Gigabit Ethernet Controller', maxSpeedMbps: 1000},
  '10ec:8169': {vendor: realtek, model: 'RTL8169 PCI Gigabit Ethernet Controller', maxSpeedMbps: 1000},
  '10ec:8125': {vendor: realtek, model: 'RTL8125 2.5GbE Controller', maxSpeedMbps: 2500},
  '14e4:1677': {vendor: 'Broadcom Inc. and subsidiaries', model: 'NetXtreme BCM5751 Gigabit Ethernet PCI Express', maxSpeedMbps: 1000},
  '14e4:165f': {vendor: 'Broadcom Inc. and subsidiaries', model: 'NetXtreme BCM5720 Gigabit Ethernet PCIe', maxSpeedMbps: 1000},
  '168c:003e': {vendor: 'Qualcomm Atheros', model: 'QCA6174 802.11ac Wireless Network Adapter', maxSpeedMbps: null},
  '1af4:1000': {vendor: 'Red Hat, Inc.', model: 'Virtio network device', maxSpeedMbps: null},
  '1af4:1041': {vendor: 'Red Hat, Inc.', model: 'Virtio 1.0 network device', maxSpeedMbps: null},
  '0bda:8153': {vendor: 'Realtek Semiconductor Corp.', model: 'RTL8153 Gigabit Ethernet Adapter', maxSpeedMbps: 1000},
  '0bda:8152': {vendor: 'Realtek Semiconductor Corp.', model: 'RTL8152 Fast Ethernet Adapter', maxSpeedMbps: 100},
  '0b95:1790': {vendor: 'ASIX Electronics Corp.', model: 'AX88179 Gigabit Ethernet', maxSpeedMbps: 1000},
}

/** knownChip looks a chip up by vendor and device id. */
export function knownChip(vendorId: string | null, deviceId: string | null): Chip | null {
  if (!vendorId || !deviceId) return null
  return knownChips[`${vendorId.toLowerCase()}:${deviceId.toLowerCase()}`] ?? null
}
