// pam_cap's capability.conf: rules, the first that names the user (by name, @group, *) wins, and the IAB text of a rule.
import {describe, expect, it} from 'vitest'
import {matchingLine, parseCapabilityConf, readIab} from '../../src/parse/capability-conf.js'

/** SAMPLE follows libcap's own pam_cap/capability.conf example. */
const SAMPLE = `# a sample capability file
cap_sys_ptrace               developer
cap_net_admin,cap_net_raw    jrnetadmin
12,13                        jrnetadmin2
cap_setfcap                  @staff
none  *
`

describe('parseCapabilityConf and matchingLine', () => {
  const lines = parseCapabilityConf(SAMPLE)

  it('reads the rules with their line numbers', () => {
    expect(lines.map(line => [line.line, line.iab, line.who])).toEqual([
      [2, 'cap_sys_ptrace', ['developer']],
      [3, 'cap_net_admin,cap_net_raw', ['jrnetadmin']],
      [4, '12,13', ['jrnetadmin2']],
      [5, 'cap_setfcap', ['@staff']],
      [6, 'none', ['*']],
    ])
  })

  it('matches a user, a group, and * last', () => {
    expect(matchingLine(lines, 'developer', [])?.line).toBe(2)
    expect(matchingLine(lines, 'alice', ['users', 'staff'])?.line).toBe(5)
    expect(matchingLine(lines, 'bob', ['users'])?.line).toBe(6)
    expect(matchingLine(parseCapabilityConf('cap_chown developer\n'), 'bob', [])).toBeNull()
  })

  it.each(['', '#\n', 'lonely\n'])('reads no rule from %j', text => {
    expect(parseCapabilityConf(text)).toEqual([])
  })

  it('reads garbage as pam_cap does: words split at blanks, the first no capability', () => {
    const [rule] = parseCapabilityConf('\u0000\u0007 \u0001\n')
    expect(rule?.who).toEqual(['\u0001'])
    expect(readIab(rule!.iab).unknown).toEqual(['\u0000\u0007'])
  })
})

describe('readIab', () => {
  it('reads names, numbers, ambient (^) and bounding (!) marks', () => {
    expect(readIab('cap_dac_read_search,^cap_net_raw,!cap_sys_admin,12')).toEqual({
      special: null,
      inheritable: ['cap_dac_read_search', 'cap_net_raw', 'cap_net_admin'],
      ambient: ['cap_net_raw'],
      dropped: ['cap_sys_admin'],
      unknown: [],
    })
  })

  it('reads all and none, and keeps words that are no capability', () => {
    expect(readIab('all').special).toBe('all')
    expect(readIab('none').special).toBe('none')
    expect(readIab('cap_dac_readsearch').unknown).toEqual(['cap_dac_readsearch'])
  })
})
