// The causal graph: causes reach through links, every order puts causes first (why-no-ping's verdict precedence among them), and
// a circle of links is refused, naming it.
import {describe, expect, it} from 'vitest'
import {causalOrder, causesOf, findCycle} from '../../src/engine/causal-graph.js'
import {defineRule, type Rule} from '../../src/engine/rule.js'
import {whyNoPingRules} from '../../rules/why-no-ping.js'

const rule = (id: string, dependsOn: Rule<null>[] = []) =>
  defineRule<null>({id, title: id, severity: 'error', dependsOn, evaluate: () => []})

describe('the causal graph', () => {
  const cable = rule('cable')
  const address = rule('address', [cable])
  const route = rule('route', [address])
  const dns = rule('dns', [route])

  it('reaches every cause of a rule through the links, not only its direct ones', () => {
    expect([...causesOf(dns)].map(r => r.id)).toEqual(['route', 'address', 'cable'])
  })

  it('orders causes before their symptoms, and keeps the given order where the links say nothing', () => {
    const other = rule('other')
    expect(causalOrder([dns, other, route, cable, address]).map(r => r.id)).toEqual(['other', 'cable', 'address', 'route', 'dns'])
  })

  it('refuses a circle of links, naming it', () => {
    const a: Rule<null> = rule('a')
    const b = rule('b', [a])
    a.dependsOn = [b]
    expect(findCycle([a, b])?.map(r => r.id)).toEqual(['a', 'b', 'a'])
    expect(() => causalOrder([a, b])).toThrow('the rules depend on each other in a circle: a → b → a')
  })

  it("derives why-no-ping's verdict precedence: every rule after all its causes", () => {
    const position = new Map(whyNoPingRules.map((r, index) => [r, index]))
    for (const r of whyNoPingRules)
      for (const cause of causesOf(r))
        if (position.has(cause)) expect(position.get(cause)!, `${cause.id} before ${r.id}`).toBeLessThan(position.get(r)!)
    expect(whyNoPingRules.map(r => r.id)).toEqual([
      'local.no-carrier',
      'local.vpn-down',
      'local.no-address',
      'local.no-route',
      'gateway.unreachable',
      'dns.no-answer',
      'dns.refused',
      'dns.server-failure',
      'dns.unresolved',
      'dns.hosts-override',
      'dns.search-hides',
      'dns.hijacked',
      'target.ip-conflict',
      'target.wrong-subnet',
      'gateway.no-route',
      'target.no-arp-reply',
      'target.icmp-blocked',
      'ping.not-installed',
      'ping.not-permitted',
      'target.no-reply',
      'target.reachable',
    ])
  })
})
