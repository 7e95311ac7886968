// A small built-in table of graphics chips and vendors, for machines without pci.ids (names as pci.ids gives them).

/** GpuChip is a known graphics chip's vendor and model name. */
export interface GpuChip {
  vendor: string
  model: string
}

const nvidia = 'NVIDIA Corporation'
const amd = 'Advanced Micro Devices, Inc. [AMD/ATI]'
const intel = 'Intel Corporation'

/** gpuVendors names the PCI vendors that make graphics cards and chips. */
export const gpuVendors: Readonly<Record<string, string>> = {
  '10de': nvidia,
  '1002': amd,
  '8086': intel,
  '1af4': 'Red Hat, Inc.',
  '15ad': 'VMware',
  '1234': 'QEMU (Bochs display)',
  '1a03': 'ASPEED Technology, Inc.',
  '102b': 'Matrox Electronics Systems Ltd.',
}

/** knownGpus maps "vendor:device" (lower-case hex) to the chip. */
export const knownGpus: Readonly<Record<string, GpuChip>> = {
  '10de:03d0': {vendor: nvidia, model: 'C61 [GeForce 6150SE nForce 430]'},
  '10de:0640': {vendor: nvidia, model: 'G96C [GeForce 9500 GT]'},
  '10de:0641': {vendor: nvidia, model: 'G96C [GeForce 9400 GT]'},
  '10de:06e4': {vendor: nvidia, model: 'G98 [GeForce 8400 GS Rev. 2]'},
  '10de:1183': {vendor: nvidia, model: 'GK104 [GeForce GTX 660 Ti]'},
  '10de:128b': {vendor: nvidia, model: 'GK208B [GeForce GT 710]'},
  '10de:139b': {vendor: nvidia, model: 'GM107M [GeForce GTX 960M]'},
  '10de:17c8': {vendor: nvidia, model: 'GM200 [GeForce GTX 980 Ti]'},
  '10de:1b80': {vendor: nvidia, model: 'GP104 [GeForce GTX 1080]'},
  '10de:1c03': {vendor: nvidia, model: 'GP106 [GeForce GTX 1060 6GB]'},
  '10de:1c82': {vendor: nvidia, model: 'GP107 [GeForce GTX 1050 Ti]'},
  '10de:2484': {vendor: nvidia, model: 'GA104 [GeForce RTX 3070]'},
  '10de:2504': {vendor: nvidia, model: 'GA106 [GeForce RTX 3060 Lite Hash Rate]'},
  '1002:954f': {vendor: amd, model: 'RV710 [Radeon HD 4350/4550]'},
  '1002:67df': {vendor: amd, model: 'Ellesmere [Radeon RX 470/480/570/570X/580/580X/590]'},
  '1002:687f': {vendor: amd, model: 'Vega 10 XL/XT [Radeon RX Vega 56/64]'},
  '1002:73df': {vendor: amd, model: 'Navi 22 [Radeon RX 6700/6700 XT/6750 XT / 6800M/6850M XT]'},
  '8086:0412': {vendor: intel, model: 'Xeon E3-1200 v3/4th Gen Core Processor Integrated Graphics Controller'},
  '8086:191b': {vendor: intel, model: 'HD Graphics 530'},
  '8086:5917': {vendor: intel, model: 'UHD Graphics 620'},
  '8086:3e92': {vendor: intel, model: 'CoffeeLake-S GT2 [UHD Graphics 630]'},
  '8086:9bc4': {vendor: intel, model: 'CometLake-H GT2 [UHD Graphics]'},
  '8086:46a6': {vendor: intel, model: 'Alder Lake-P Integrated Graphics Controller'},
  '1af4:1050': {vendor: 'Red Hat, Inc.', model: 'Virtio 1.0 GPU'},
  '15ad:0405': {vendor: 'VMware', model: 'SVGA II Adapter'},
  '1a03:2000': {vendor: 'ASPEED Technology, Inc.', model: 'ASPEED Graphics Family'},
}

/** knownGpu looks a graphics chip up by vendor and device id. */
export function knownGpu(vendorId: string | null, deviceId: string | null): GpuChip | null {
  if (!vendorId || !deviceId) return null
  return knownGpus[`${vendorId.toLowerCase()}:${deviceId.toLowerCase()}`] ?? null
}
