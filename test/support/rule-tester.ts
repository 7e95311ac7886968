// The shared rule tester: tables of snapshots that must stay quiet and that must report, ESLint-style.
import {describe, expect, it} from 'vitest'
import type {Rule} from '../../src/engine/rule.js'
import {runRules} from '../../src/engine/run-rules.js'

/** ExpectedReport says what one report must contain: its subject, words of its title, facts in its evidence. */
export interface ExpectedReport {
  subject?: string
  title?: string | RegExp
  evidence?: (string | RegExp)[]
  next?: (string | RegExp)[]
  severity?: 'error' | 'warning' | 'info'
}

/** RuleCases are the rule's two tables: snapshots where it must stay quiet, and where it must report. */
export interface RuleCases<S> {
  valid: {name: string; snapshot: S}[]
  invalid: {name: string; snapshot: S; reports: ExpectedReport[]}[]
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text)
}

/** testRule runs the tables through the rule and rejects mistakes in the tables themselves. */
export function testRule<S>(rule: Rule<S>, cases: RuleCases<S>): void {
  describe(`rule ${rule.id}`, () => {
    it('has distinct case names and at least one case of each kind', () => {
      const names = [...cases.valid, ...cases.invalid].map(c => c.name)
      expect(new Set(names).size).toBe(names.length)
      expect(cases.valid.length).toBeGreaterThan(0)
      expect(cases.invalid.length).toBeGreaterThan(0)
      for (const c of cases.invalid) expect(c.reports.length, `invalid case "${c.name}" expects no report`).toBeGreaterThan(0)
    })
    for (const c of cases.valid) {
      it(`stays quiet: ${c.name}`, () => {
        expect(rule.evaluate(c.snapshot)).toEqual([])
      })
    }
    for (const c of cases.invalid) {
      it(`reports: ${c.name}`, () => {
        const findings = runRules([rule], c.snapshot)
        expect(findings.map(f => f.id)).toEqual(c.reports.map(() => rule.id))
        c.reports.forEach((want, index) => {
          const got = findings[index]!
          if (want.subject !== undefined) expect(got.subject).toBe(want.subject)
          if (want.severity !== undefined) expect(got.severity).toBe(want.severity)
          if (want.title !== undefined) expect(matches(got.title, want.title), `title "${got.title}"`).toBe(true)
          for (const fact of want.evidence ?? [])
            expect(
              got.evidence.some(line => matches(line, fact)),
              `evidence ${String(fact)} in ${JSON.stringify(got.evidence)}`,
            ).toBe(true)
          for (const step of want.next ?? [])
            expect(
              got.next.some(line => matches(line, step)),
              `next ${String(step)} in ${JSON.stringify(got.next)}`,
            ).toBe(true)
          expect(got.evidence.length).toBeGreaterThan(0)
          expect(got.next.length).toBeGreaterThan(0)
        })
      })
    }
  })
}
