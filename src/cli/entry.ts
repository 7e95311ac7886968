// The start-up bundle's entry: the command registry and oclif's executor, bundled into one file for a fast start.
export {COMMANDS} from '../../commands/index.js'
export {execute} from '@oclif/core/execute'
