// The capability registry is the one list of what netdoc collects: every snapshot section is declared by one capability, and
// snapshot, report and its document follow the registry's declarations (collection order, report keys, reading order).
import {describe, expect, it} from 'vitest'
import {ruleSets} from '../../rules/index.js'
import {CAPABILITIES, EVERY_SECTION} from '../../src/capabilities/index.js'
import {fullReport} from '../../src/report/full-report.js'
import {reportDocument} from '../../src/render/report-document.js'
import {snapshotSchema} from '../../src/snapshot/schema.js'
import {displaysSnapshot} from '../support/displays.js'
import {lanSnapshot} from '../support/lan.js'
import {mailSnapshot, sender} from '../support/mail.js'
import {office, officePort, officeRoutes, pingFacts, pinged, routeTo} from '../support/ping.js'
import {wiredPort} from '../support/ports.js'

describe('the capability registry', () => {
  it('declares every section the snapshot schema knows, each once, and no other', () => {
    const sections = CAPABILITIES.map(declared => declared.section)
    expect(new Set(sections).size).toBe(sections.length)
    const envelope = ['format', 'version', 'collectedAt', 'gaps']
    expect([...sections].sort()).toEqual(
      Object.keys(snapshotSchema.shape)
        .filter(key => !envelope.includes(key))
        .sort(),
    )
    expect(EVERY_SECTION).toEqual(sections)
  })

  it('gives each capability its own key in `netdoc report --json` (the documented keys)', () => {
    expect(CAPABILITIES.map(declared => declared.reportKey)).toEqual([
      'whyNoPing',
      'internet',
      'nics',
      'wifi',
      'lan',
      'displays',
      'mail',
      'caps',
    ])
  })

  it('runs every rule netdoc has in exactly one capability', () => {
    const declared = CAPABILITIES.flatMap(capability => capability.rules.map(rule => rule.id))
    expect(new Set(declared).size).toBe(declared.length)
    expect([...declared].sort()).toEqual(
      Object.values(ruleSets)
        .flatMap(rules => rules.map(rule => rule.id))
        .sort(),
    )
  })

  it('collects exactly one section before the others: the ports every other collector reads', () => {
    expect(CAPABILITIES.filter(declared => declared.collectedFirst).map(declared => declared.section)).toEqual(['nics'])
  })

  it("collects why-no-ping's probes only when a host is named", () => {
    const ping = CAPABILITIES.find(declared => declared.section === 'ping')!
    expect(ping.wanted?.({ping: null})).toBe(false)
    expect(ping.wanted?.({ping: {kind: 'ipv4', input: '192.168.1.20'}})).toBe(true)
  })

  it('collects the internet probes only when `netdoc internet` asks with its endpoints (snapshot and report send nothing there)', () => {
    const internet = CAPABILITIES.find(declared => declared.section === 'internet')!
    expect(internet.wanted?.({ping: null})).toBe(false)
    expect(
      internet.wanted?.({internet: {endpoints: {resolvers: [], http: [], tls: [], madeUpName: 'x.example.com'}, from: 'built-in'}}),
    ).toBe(true)
  })

  it('collects the mail checks only when `netdoc mail` (or `snapshot --mail`) asks (doctor and report send no DNS question for them)', () => {
    const mail = CAPABILITIES.find(declared => declared.section === 'mail')!
    expect(mail.wanted?.({ping: null})).toBe(false)
    expect(mail.wanted?.({mail: {input: null, headers: null, server: null}})).toBe(true)
  })
})

describe('the caps capability', () => {
  it('is collected only when a job or program is asked for (`netdoc caps`, or --caps JOB of snapshot, report and doctor)', () => {
    const caps = CAPABILITIES.find(declared => declared.section === 'caps')!
    expect(caps.wanted?.({ping: null})).toBe(false)
    expect(caps.wanted?.({caps: {program: null, pid: null, user: null, job: 'backup'}})).toBe(true)
  })
})

describe('a full report from the registry', () => {
  const remote = '10.60.0.5'
  const snapshot = {
    ...lanSnapshot(),
    displays: displaysSnapshot().displays,
    ping: pingFacts(remote, {routes: [routeTo(remote, {gateway: '192.168.1.1'})], ping: pinged(remote, 'no-reply')}),
  }
  const report = fullReport(snapshot)

  it("holds each collected section's report under its key, and null for a section not collected", () => {
    expect(report.whyNoPing?.target).toBe(remote)
    expect(report.nics?.interfaces.length).toBeGreaterThan(0)
    expect(report.lan).not.toBeNull()
    expect(report.displays).not.toBeNull()
    const {displays: _displays, ...withoutDisplays} = snapshot
    expect(fullReport(withoutDisplays).displays).toBeNull()
  })

  it("puts why-no-ping's verdict first and its headline over the picture, then the sections in the registry's order", () => {
    expect(report.findings[0]).toEqual(report.whyNoPing?.verdict)
    const headings = reportDocument(report).flatMap(block => (block.kind === 'heading' ? [block.text] : []))
    expect(headings.slice(0, 5)).toEqual(['Verdict', `The path to ${remote}`, 'Network ports', 'The LAN', 'Graphics cards and monitors'])
    const {ping: _ping, ...withoutPing} = snapshot
    expect(reportDocument(fullReport(withoutPing)).filter(block => block.kind === 'heading')[1]).toEqual({
      kind: 'heading',
      text: 'This machine and its network',
    })
  })

  it("shows a snapshot's mail checks (`snapshot --mail`) with their verdict and their part of the document", () => {
    const withMail = {...snapshot, mail: mailSnapshot([sender('203.0.113.7', [])]).mail}
    const full = fullReport(withMail)
    expect(full.mail?.verdict.id).toBe('mail.no-ptr')
    expect(full.findings.map(finding => finding.id)).toContain('mail.no-ptr')
    expect(reportDocument(full)).toContainEqual({kind: 'heading', text: 'Mail: PTR records of the sending addresses'})
    expect(report.mail).toBeNull()
  })

  it("hands the ports report the other sections' findings, so a software port they name is shown", () => {
    const veth = wiredPort({name: 'veth1', kind: 'virtual', virtualType: 'veth', mac: null, busId: null, addresses: []})
    const ports = office(pingFacts('10.60.0.5'), {ports: [officePort(), veth], routes: officeRoutes()})
    const nics = CAPABILITIES.find(declared => declared.section === 'nics')!
    const alone = nics.summarize(ports, {catalog: null, otherFindings: []})
    expect(alone.report.interfaces.map(row => row.name)).toEqual(['eth0'])
    const naming = {id: 'lan.reserve-linked-port', severity: 'warning' as const, title: 'veth1 carries the link', evidence: [], next: []}
    expect(nics.summarize(ports, {catalog: null, otherFindings: [naming]}).report.interfaces.map(row => row.name)).toEqual([
      'eth0',
      'veth1',
    ])
    expect(CAPABILITIES.filter(declared => declared.readsOtherFindings).map(declared => declared.section)).toEqual(['nics'])
  })
})
