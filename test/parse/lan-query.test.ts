// parseLanQuery: what `netdoc lan find` accepts, and the odd input it refuses.
import {describe, expect, it} from 'vitest'
import {parseLanQuery} from '../../src/parse/lan-query.js'

describe('parseLanQuery', () => {
  it.each([
    ['192.168.1.10', {kind: 'ip', address: '192.168.1.10'}],
    ['B8-27-EB-12-34-56', {kind: 'mac', mac: 'b8:27:eb:12:34:56'}],
    ['b827.eb12.3456', {kind: 'mac', mac: 'b8:27:eb:12:34:56'}],
    ['b8:27:eb', {kind: 'mac-prefix', prefix: 'b8:27:eb'}],
    ['B8-27-EB', {kind: 'mac-prefix', prefix: 'b8:27:eb'}],
    ['b827eb', {kind: 'mac-prefix', prefix: 'b8:27:eb'}],
    ['Raspberry Pi', {kind: 'vendor', words: 'raspberry pi'}],
    ['tp-link', {kind: 'vendor', words: 'tp-link'}],
  ])('reads %s', (text, want) => {
    const result = parseLanQuery(text)
    expect(result.ok && result.value).toMatchObject(want)
  })

  it.each([
    ['', 'empty'],
    ['-f', 'an option'],
    ['$(reboot)', 'shell text'],
    ['192.168.1.300', 'a bad address'],
    ['10.1', 'half an address'],
  ])('refuses %s (%s)', text => {
    const result = parseLanQuery(text)
    expect(result.ok).toBe(false)
  })
})
