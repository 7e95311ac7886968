// Every fuzz target, by name: the parsers of src/parse/, the snapshot loader, and the replay of what the loader accepts.
import {SNAPSHOT_TARGETS} from './snapshot-targets.js'
import {FUZZ_TARGETS} from './targets.js'

/** ALL_TARGETS are every target a run feeds (`npm run fuzz -- --only NAME` chooses some): the replay through every report
 * included, whose crashes went with the schema that refuses what a report cannot read (58,000 inputs, seeds 1 and 7: none). */
export const ALL_TARGETS = [...FUZZ_TARGETS, ...SNAPSHOT_TARGETS]
