// runRules: a crashing rule becomes a finding, root causes quiet their symptoms, errors come first.
import {describe, expect, it} from 'vitest'
import {defineRule} from '../../src/engine/rule.js'
import {CRASHED_RULE_ID, runRules} from '../../src/engine/run-rules.js'

type Facts = {ports: string[]; broken?: boolean}

const noCable = defineRule<Facts>({
  id: 'test.no-cable',
  title: 'no cable',
  severity: 'error',
  evaluate: facts => facts.ports.map(port => ({title: `${port} has no cable`, evidence: [port], next: ['plug it in'], subject: port})),
})
const dnsFails = defineRule<Facts>({
  id: 'test.dns',
  title: 'dns fails',
  severity: 'warning',
  dependsOn: [noCable],
  evaluate: () => [{title: 'dns fails', evidence: ['no answer'], next: ['check dns']}],
})
const slowPort = defineRule<Facts>({
  id: 'test.slow',
  title: 'slow',
  severity: 'warning',
  dependsOn: [noCable],
  evaluate: () => [{title: 'eth1 is slow', evidence: ['100 Mb/s'], next: ['cable'], subject: 'eth1'}],
})
const crashing = defineRule<Facts>({
  id: 'test.crashing',
  title: 'crashes',
  severity: 'error',
  evaluate: facts => {
    if (facts.broken) throw new Error('cannot read property of undefined')
    return []
  },
})

describe('runRules', () => {
  it('hides a symptom without subject when its root cause is found', () => {
    expect(runRules([dnsFails, noCable], {ports: ['eth0']}).map(f => f.id)).toEqual(['test.no-cable'])
  })

  it('hides a symptom only for the same subject when both name one', () => {
    expect(runRules([noCable, slowPort], {ports: ['eth0']}).map(f => f.id)).toEqual(['test.no-cable', 'test.slow'])
    expect(runRules([noCable, slowPort], {ports: ['eth1']}).map(f => f.id)).toEqual(['test.no-cable'])
  })

  it('keeps the symptom when no root cause is found', () => {
    expect(runRules([noCable, dnsFails], {ports: []}).map(f => f.id)).toEqual(['test.dns'])
  })

  it('turns a throwing rule into a crashed finding and still runs the others', () => {
    const findings = runRules([crashing, noCable], {ports: ['eth0'], broken: true})
    expect(findings.map(f => f.id)).toEqual(['test.no-cable', CRASHED_RULE_ID])
    expect(findings[1]?.evidence[0]).toContain('test.crashing: cannot read property')
  })

  it('sorts errors before warnings and carries the rule id and severity', () => {
    const findings = runRules([slowPort, noCable], {ports: ['eth0']})
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['test.no-cable', 'error'],
      ['test.slow', 'warning'],
    ])
  })
})
