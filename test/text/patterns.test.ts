// wholeNameTest: a port name, PCI address or driver standing alone in a line, not inside a longer name, and names of any length.
import {describe, expect, it} from 'vitest'
import {wholeNameTest} from '../../src/text/patterns.js'

describe('wholeNameTest', () => {
  it.each([
    ['e1000e 0000:00:1f.6 eno1: NIC Link is Down', true],
    ['eno1', true],
    ['(eno1)', true],
    ['eno1.100: link up', true],
    ['eno10: link up', false],
    ['veno1 down', false],
    ['br-eno1 up', false],
    ['x:eno1 up', false],
    ['a.eno1 up', false],
    ['eno1-backup up', false],
    ['eno10 then eno1', true],
  ])('%j names eno1 standing alone: %s', (line, named) => {
    expect(wholeNameTest(['eno1'])(line)).toBe(named)
  })

  it('tells any of several names, and never matches on an empty one', () => {
    const names = wholeNameTest(['eno1', '0000:03:00.0', 'r8169', ''])
    expect(names('r8169 0000:03:00.0 enp3s0: link up')).toBe(true)
    expect(names('nothing here')).toBe(false)
  })

  it("takes a name of 100 kB (a hostile snapshot's), which no regular expression could hold", () => {
    const name = '<img src=x>('.repeat(9000)
    expect(wholeNameTest([name])(`port ${name} is down`)).toBe(true)
    expect(wholeNameTest([name])(`port ${name}x is down`)).toBe(false)
  })
})
