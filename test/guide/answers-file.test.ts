// parseAnswersFile: question=answer lines, comments, and clear errors.
import {describe, expect, it} from 'vitest'
import {parseAnswersFile} from '../../src/guide/answers-file.js'
import {readYesNo} from '../../src/guide/questions.js'

describe('parseAnswersFile', () => {
  it('reads answers by question, skipping comments and blank lines, keeping empty answers', () => {
    expect(parseAnswersFile('# rehearsal\nlights = no\n\ntarget=\nsend=yes\n')).toEqual({
      ok: true,
      value: {lights: 'no', target: '', send: 'yes'},
    })
  })

  it('refuses, with its line, an answer its question cannot take', () => {
    expect(parseAnswersFile('lights=maybe')).toEqual({ok: false, error: 'line 1: lights takes yes, no, not sure, not "maybe"'})
    expect(parseAnswersFile('send=no\ntarget=999.1.1.1')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^line 2: "999\.1\.1\.1" is not a valid IPv4 address/),
    })
    expect(parseAnswersFile('device-on=Not Sure\nwhich-port=eno1')).toEqual({
      ok: true,
      value: {'device-on': 'Not Sure', 'which-port': 'eno1'},
    })
  })

  it('names the line of an unknown question or a line without =', () => {
    expect(parseAnswersFile('lights=no\ncolour=blue')).toEqual({
      ok: false,
      error: 'line 2: no question is called "colour" (they are: lights, blink, which-port, target, device-on, send)',
    })
    expect(parseAnswersFile('yes')).toMatchObject({ok: false, error: expect.stringContaining('line 1: expected question=answer')})
  })
})

describe('readYesNo', () => {
  it.each([
    ['y', 'yes'],
    ['YES', 'yes'],
    [' no ', 'no'],
    ['?', 'not sure'],
    ['', 'not sure'],
    ["don't know", 'not sure'],
    ['blue', null],
  ])('reads %j as %j', (answer, expected) => {
    expect(readYesNo(answer)).toBe(expected)
  })
})
