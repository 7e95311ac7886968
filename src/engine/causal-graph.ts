// The rules' causal graph: each rule names the rules whose findings are its causes (dependsOn); from these links come which findings
// quiet which, and every order of rules (why-no-ping's verdict precedence among them), so nothing is restated as a list.
import type {Rule} from './rule.js'

/** causesOf lists every rule whose finding explains `rule`'s: its direct causes, their causes, and so on. */
export function causesOf<S>(rule: Rule<S>): Set<Rule<S>> {
  const causes = new Set<Rule<S>>()
  const visit = (current: Rule<S>) => {
    for (const cause of current.dependsOn ?? []) {
      if (causes.has(cause)) continue
      causes.add(cause)
      visit(cause)
    }
  }
  visit(rule)
  return causes
}

/** findCycle returns a chain of rules that depend on each other in a circle (the first rule repeated at its end), or null. */
export function findCycle<S>(rules: readonly Rule<S>[]): Rule<S>[] | null {
  const state = new Map<Rule<S>, 'open' | 'done'>()
  const path: Rule<S>[] = []
  const visit = (rule: Rule<S>): Rule<S>[] | null => {
    if (state.get(rule) === 'done') return null
    if (state.get(rule) === 'open') return [...path.slice(path.indexOf(rule)), rule]
    state.set(rule, 'open')
    path.push(rule)
    for (const cause of rule.dependsOn ?? []) {
      const cycle = visit(cause)
      if (cycle) return cycle
    }
    path.pop()
    state.set(rule, 'done')
    return null
  }
  for (const rule of rules) {
    const cycle = visit(rule)
    if (cycle) return cycle
  }
  return null
}

/** causalOrder sorts rules causes first (a topological order of dependsOn), keeping the given order between rules the links do not
 * order; it throws on a cycle, naming it. */
export function causalOrder<S>(rules: readonly Rule<S>[]): Rule<S>[] {
  const cycle = findCycle(rules)
  if (cycle) throw new Error(`the rules depend on each other in a circle: ${cycle.map(rule => rule.id).join(' → ')}`)
  const included = new Set(rules)
  const ordered: Rule<S>[] = []
  const placed = new Set<Rule<S>>()
  while (ordered.length < rules.length) {
    const next = rules.find(rule => !placed.has(rule) && [...causesOf(rule)].every(cause => !included.has(cause) || placed.has(cause)))!
    ordered.push(next)
    placed.add(next)
  }
  return ordered
}
