// Parses a PAM service file of /etc/pam.d (pam.conf(5)): `type control module arguments` lines, `include`/`substack` lines and
// Debian's `@include FILE`, with comments and backslash-continued lines.

/** PamLine is one line of a service file (its text with each run of blanks as one space): a module (its type, control and module path) or an include of another file (`type` is
 * null for Debian's `@include`, which includes every type). */
export type PamLine =
  | {kind: 'module'; line: number; text: string; type: string; control: string; module: string; args: string[]}
  | {kind: 'include'; line: number; text: string; type: string | null; file: string; substack: boolean}

/** PAM_TYPES are the four management groups. */
const PAM_TYPES = ['auth', 'account', 'password', 'session']

/** parsePamFile reads a service file's lines; a line it cannot read (an unknown type, no module) is skipped, as PAM skips it. */
export function parsePamFile(text: string): PamLine[] {
  const lines: PamLine[] = []
  const raw = text.split('\n')
  for (let index = 0; index < raw.length; index++) {
    const number = index + 1
    let joined = raw[index]!
    while (joined.endsWith('\\') && index + 1 < raw.length) joined = `${joined.slice(0, -1)} ${raw[++index]!}`
    const content = joined.replace(/#.*$/, '').trim().replace(/\s+/g, ' ')
    if (content === '') continue
    const include = /^@include\s+(\S+)$/.exec(content)
    if (include) {
      lines.push({kind: 'include', line: number, text: content, type: null, file: include[1]!, substack: false})
      continue
    }
    const match = /^(-?)(\w+)\s+(\[[^\]]*\]|\S+)\s+(\S+)\s*(.*)$/.exec(content)
    if (!match || !PAM_TYPES.includes(match[2]!.toLowerCase())) continue
    const type = match[2]!.toLowerCase()
    const control = match[3]!
    if (control === 'include' || control === 'substack') {
      lines.push({kind: 'include', line: number, text: content, type, file: match[4]!, substack: control === 'substack'})
      continue
    }
    const args = match[5]!.split(/\s+/).filter(Boolean)
    lines.push({kind: 'module', line: number, text: content, type, control, module: match[4]!, args})
  }
  return lines
}

/** PamAction is what a control does with a module's success: go on, end the stack, or jump over the next N modules. */
export type PamAction = {kind: 'continue'} | {kind: 'end'} | {kind: 'jump'; over: number}

/** successAction is what a control does when its module succeeds: `sufficient`, `done`, `die` and `bad` end the stack there; a
 * number jumps over that many modules; `required`, `requisite`, `optional`, `ok` and `ignore` go on. */
export function successAction(control: string): PamAction {
  const keyword = control.toLowerCase()
  if (keyword === 'sufficient') return {kind: 'end'}
  if (!keyword.startsWith('[')) return {kind: 'continue'}
  const pairs = new Map(
    keyword
      .slice(1, -1)
      .split(/\s+/)
      .filter(Boolean)
      .map(pair => pair.split('=') as [string, string]),
  )
  const action = pairs.get('success') ?? pairs.get('default') ?? 'ignore'
  if (/^\d+$/.test(action)) return Number(action) === 0 ? {kind: 'continue'} : {kind: 'jump', over: Number(action)}
  return ['done', 'die', 'bad'].includes(action) ? {kind: 'end'} : {kind: 'continue'}
}
