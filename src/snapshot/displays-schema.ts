// The schema of a snapshot's displays section (zod), checked when a snapshot file is replayed with --from.
import {z} from 'zod'

const nullableString = z.string().nullable()
const collectedText = z.object({path: z.string(), text: z.string()})

/** displaysSchema validates the displays section: cards, DRM cards and outputs, modules, session, X log and configuration. */
export const displaysSchema = z.object({
  gpus: z.array(
    z.object({
      busId: z.string(),
      vendorId: nullableString,
      deviceId: nullableString,
      classCode: nullableString,
      vendor: nullableString,
      model: nullableString,
      driver: nullableString,
      bootVga: z.boolean().nullable(),
    }),
  ),
  cards: z.array(z.object({card: z.string(), busId: nullableString, driver: nullableString})),
  outputs: z.array(
    z.object({
      card: z.string(),
      connector: z.string(),
      status: nullableString,
      enabled: z.boolean().nullable(),
      modes: z.array(z.string()),
      edid: z.string().regex(/^(?:[0-9a-f]{2})*$/).nullable(),
    }),
  ),
  kernelModules: z.array(z.string()),
  nvidiaModeset: z.boolean().nullable(),
  kernelCommandLine: nullableString,
  session: z.object({type: z.enum(['x11', 'wayland', 'none', 'unknown']), evidence: z.array(z.string())}),
  xLog: collectedText.nullable(),
  xConfigs: z.array(collectedText),
})
