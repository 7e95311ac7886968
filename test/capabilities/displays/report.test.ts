// displaysReport: the catalog's xorg entries run over the snapshot's X log, each problem a finding, and a broken catalog a gap, not a crash.
import {describe, expect, it} from 'vitest'
import type {CatalogFile} from '../../../src/explain/catalog.js'
import {compileCatalog} from '../../../src/explain/load-catalog.js'
import {displaysReport} from '../../../src/capabilities/displays/report.js'
import {displaysSnapshot, fixtureText, nvidiaGpu} from '../../support/displays.js'

// One entry in the shape of rules/catalog/xorg.yaml, and one from another source that must not be tried on an X log.
const files: CatalogFile[] = [
  {
    source: 'xorg',
    hints: ['xorg'],
    capture: [],
    entries: [
      {
        id: 'xorg.no-screens-found',
        source: 'xorg',
        severity: 'error',
        title: 'X found no screen',
        keywords: ['no screens found'],
        patterns: ['no screens found'],
        formats: [],
        meaning: 'm',
        causes: ['c'],
        next: ['n'],
      },
    ],
  },
  {
    source: 'ping',
    hints: [],
    capture: [],
    entries: [
      {
        id: 'ping.unreachable',
        source: 'ping',
        severity: 'error',
        title: 'unreachable',
        keywords: ['open'],
        patterns: ['open'],
        formats: [],
        meaning: 'm',
        causes: ['c'],
        next: ['n'],
      },
    ],
  },
]
const catalog = {ok: true as const, value: compileCatalog(files)}
const radeon = nvidiaGpu({vendorId: '1002', driver: null})
const xLog = fixtureText('displays-no-screens', 'var/log/Xorg.0.log')
const failed = displaysSnapshot({gpus: [radeon], xLog})
// The same log on a machine whose card has its driver: nothing on this machine explains what X said.
const withCard = displaysSnapshot({gpus: [nvidiaGpu()], xLog})

describe('displaysReport with the explain catalog', () => {
  it('lists the X log lines the xorg entries recognise, with where they were seen', () => {
    const report = displaysReport(failed, catalog)
    expect(report.x.messages.map(m => [m.id, m.count, m.lines.first])).toEqual([['xorg.no-screens-found', 1, 166]])
  })

  it('has no messages without an X log or without a catalog', () => {
    expect(displaysReport(displaysSnapshot({gpus: [radeon]}), catalog).x.messages).toEqual([])
    expect(displaysReport(failed).x.messages).toEqual([])
  })

  it('turns a broken catalog into a line of "not checked", keeping the rest of the report', () => {
    const report = displaysReport(failed, {ok: false, error: 'catalog file xorg.yaml: entries.0.id: Required'})
    expect(report.notChecked).toContainEqual({
      fact: 'X log messages',
      reason: "netdoc's message catalog is broken: catalog file xorg.yaml: entries.0.id: Required",
      section: 'displays',
    })
    expect(report.findings.map(f => f.id)).toEqual(['display.gpu-without-driver'])
  })

  it("makes each problem the xorg entries recognise a finding of its own, quoting the log line (X's fatal error once, in the catalog's words)", () => {
    const report = displaysReport(withCard, catalog)
    expect(report.findings.map(f => f.id)).toEqual(['xorg.no-screens-found'])
    expect(report.findings[0]).toEqual({
      id: 'xorg.no-screens-found',
      severity: 'error',
      title: 'X found no screen',
      evidence: ['X log (/var/log/Xorg.0.log): "[  2240.644] (EE) no screens found(EE)"', 'm'],
      next: ['n'],
    })
    expect(report.x.messages.map(m => m.id)).toEqual(['xorg.no-screens-found'])
  })

  it('makes no finding of the log when a driverless card explains it: the card is the cause, the log its evidence', () => {
    const report = displaysReport(failed, catalog)
    expect(report.findings.map(f => f.id)).toEqual(['display.gpu-without-driver'])
    expect(report.x.messages.map(m => m.id)).toEqual(['xorg.no-screens-found'])
  })

  it('makes no finding of an X log in a Wayland session, nor of an info-level entry, and keeps both in x.messages', () => {
    const wayland = displaysSnapshot({gpus: [nvidiaGpu()], xLog, session: {type: 'wayland', evidence: ['XDG_SESSION_TYPE=wayland']}})
    expect(displaysReport(wayland, catalog).findings.map(f => f.id)).toEqual(['display.wayland-session'])
    expect(displaysReport(wayland, catalog).x.messages.map(m => m.id)).toEqual(['xorg.no-screens-found'])
    const info = {ok: true as const, value: compileCatalog([{...files[0]!, entries: [{...files[0]!.entries[0]!, severity: 'info'}]}])}
    expect(displaysReport(withCard, info).findings.map(f => f.id)).toEqual(['display.x-server-failed'])
    expect(displaysReport(withCard, info).x.messages.map(m => m.id)).toEqual(['xorg.no-screens-found'])
  })
})
