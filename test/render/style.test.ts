// colorEnabled and paint: colour only on a terminal, never with NO_COLOR.
import {afterEach, describe, expect, it} from 'vitest'
import {colorEnabled} from '../../src/render/style.js'

describe('colorEnabled', () => {
  const saved = process.env.NO_COLOR
  afterEach(() => {
    if (saved === undefined) delete process.env.NO_COLOR
    else process.env.NO_COLOR = saved
  })

  it('colours a terminal', () => {
    delete process.env.NO_COLOR
    expect(colorEnabled({isTTY: true})).toBe(true)
  })

  it('never colours a pipe or a file', () => {
    delete process.env.NO_COLOR
    expect(colorEnabled({isTTY: false})).toBe(false)
    expect(colorEnabled({})).toBe(false)
  })

  it('honours NO_COLOR on a terminal, whatever its value, but not when empty', () => {
    process.env.NO_COLOR = '1'
    expect(colorEnabled({isTTY: true})).toBe(false)
    process.env.NO_COLOR = ''
    expect(colorEnabled({isTTY: true})).toBe(true)
  })
})
