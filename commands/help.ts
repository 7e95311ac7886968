// `netdoc help [COMMAND]`: the same help as `netdoc COMMAND --help`, for people who type it the other way round.
import {Help} from '@oclif/core/help'
import {NetdocCommand} from '../src/cli/netdoc-command.js'

/** HelpCommand shows netdoc's help, or one command's (`netdoc help nics`, `netdoc help lan find`). */
export default class HelpCommand extends NetdocCommand {
  static override summary = "Show help: the list of commands, or one command's flags and examples."
  static override description = 'The same as `netdoc --help` or `netdoc COMMAND --help` (also `-h`).'
  static override examples = [
    {command: '<%= config.bin %> help', description: 'Every command, with one line each.'},
    {command: '<%= config.bin %> help why-no-ping', description: 'The flags and examples of why-no-ping.'},
    {command: '<%= config.bin %> help lan find', description: 'A command of a topic: the words as you would type them.'},
  ]
  static override enableJsonFlag = false
  static override strict = false
  static override args = {}

  async run(): Promise<void> {
    const {argv} = await this.parse(HelpCommand)
    const words = argv.map(String)
    const id = words.join(':')
    if (words.length > 0 && !this.config.findCommand(id) && !this.config.findTopic(id))
      this.refuse(`there is no command "${words.join(' ')}" (see \`netdoc --help\`)`)
    await new Help(this.config).showHelp(words)
  }
}
