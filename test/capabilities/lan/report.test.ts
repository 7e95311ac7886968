// lanReport's discover summary: the OFFERs to this machine's own DISCOVER apart from those to the sampling DISCOVERs, whose
// number depends on how fast a router that checks each address answers.
import {describe, expect, it} from 'vitest'
import {lanReport} from '../../../src/capabilities/lan/report.js'
import {lanFacts, lanSnapshot, offer} from '../../support/lan.js'

describe('lanReport discover', () => {
  it('counts the offers to this machine apart from the sampled ones, and times the first of its own', () => {
    const discover = {...lanFacts().discover!, offers: [offer({ms: 900, sample: true}), offer({ms: 1200}), offer({ms: 2500, sample: true})]}
    expect(lanReport(lanSnapshot({discover})).lan.discover).toMatchObject({offers: 1, sampled: 2, firstOfferMs: 1200})
  })

  it('has no first offer time when only sampling DISCOVERs were answered', () => {
    const discover = {...lanFacts().discover!, offers: [offer({ms: 700, sample: true})]}
    expect(lanReport(lanSnapshot({discover})).lan.discover).toMatchObject({offers: 0, sampled: 1, firstOfferMs: null})
  })
})
