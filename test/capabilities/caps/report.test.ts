// The caps report: the verdict (null without a job when nothing is wrong, netdoc.undetermined when the facts cannot decide), the
// sets decoded, the human view; and how a #! line names the program that runs.
import {describe, expect, it} from 'vitest'
import {interpreterOf} from '../../../src/capabilities/caps/collect.js'
import {renderCaps} from '../../../src/capabilities/caps/render.js'
import {capsReport} from '../../../src/capabilities/caps/report.js'
import {BITS, binary, capsSnapshot, mask, processOf, program, rdiffBackup, ROOT_SET} from '../../support/caps.js'

describe('capsReport', () => {
  it('has no verdict without a job when nothing is wrong, and shows the facts', () => {
    const report = capsReport(capsSnapshot({program: program('/bin/x', binary('/bin/x')), process: processOf({bounding: ROOT_SET})}))
    expect(report.verdict).toBeNull()
    expect(report.needs).toEqual([])
    expect(report.process?.sets?.bounding.names).toHaveLength(40)
    const text = renderCaps(report)
    expect(text).toMatch(/^No job named/)
    expect(text).toContain('bounding     000001fffeffffff  all but cap_sys_resource')
  })

  it('says netdoc.undetermined when the file that runs could not be read', () => {
    const unread = rdiffBackup()
    unread.steps[2] = {...unread.steps[2]!, capsRead: 'unread', caps: null, capsProblem: 'getfattr is not installed (package attr)'}
    const report = capsReport(capsSnapshot({job: 'backup', program: unread, process: processOf()}))
    expect(report.verdict).toMatchObject({id: 'netdoc.undetermined', severity: 'warning'})
    expect(report.verdict?.evidence).toEqual([
      'not known: the capabilities of /usr/bin/python3.11: getfattr is not installed (package attr)',
    ])
  })

  it('says netdoc.undetermined when nobody is named to run the job (a recorded tree)', () => {
    const report = capsReport(capsSnapshot({job: 'bind'}))
    expect(report.verdict?.id).toBe('netdoc.undetermined')
  })

  it('decodes every set of the process', () => {
    const report = capsReport(
      capsSnapshot({
        job: 'ping',
        process: processOf({inheritable: mask(BITS.netRaw), permitted: mask(BITS.netRaw), ambient: mask(BITS.netRaw)}),
      }),
    )
    expect(report.process?.sets?.ambient).toEqual({mask: '0000000000002000', names: ['cap_net_raw']})
    expect(report.verdict?.id).toBe('caps.ok')
  })
})

describe('interpreterOf', () => {
  it.each([
    ['#!/usr/bin/python3', {interpreter: '/usr/bin/python3', envProgram: null}],
    ['#! /bin/sh -e', {interpreter: '/bin/sh', envProgram: null}],
    ['#!/usr/bin/env python3', {interpreter: '/usr/bin/env', envProgram: 'python3'}],
    ['#!/usr/bin/env -S PYTHONPATH=/x python3 -u', {interpreter: '/usr/bin/env', envProgram: 'python3'}],
    ['#!python3', null],
    ['#!', null],
  ])('%j', (line, expected) => {
    expect(interpreterOf(line)).toEqual(expected)
  })
})
