// parseReceivedChain: the Received: chain of a message's headers or of a bounce holding them, first hop first.
import {describe, expect, it} from 'vitest'
import {MAX_HOPS, parseReceivedChain} from '../../src/parse/received-chain.js'
import {SEED_BOUNCE} from '../lab/mail.js'

// A message as Gmail's "Show original" gives it: Postfix's, Exim's and Gmail's own header forms (documentation addresses).
const DELIVERED = `Delivered-To: someone@example.com
Received: by 2002:a05:6a10:a0c9:0:0:0:0 with SMTP id l9csp1234567pxa;
        Sat, 14 Dec 2013 02:02:40 -0800 (PST)
Received: from mail.example.net (mail.example.net. [2001:db8:100::25])
        by mx.google.com with ESMTPS id ek7si798308wic.60.2013.12.14.02.02.39
        for <someone@example.com>;
        Sat, 14 Dec 2013 02:02:39 -0800 (PST)
Received: from relay.example.net (relay.example.net [198.51.100.7])
	by mail.example.net (Postfix) with ESMTPS id 3F1A2C0123
	for <someone@example.com>; Sat, 14 Dec 2013 10:02:38 +0000 (UTC)
Received: from laptop.lan ([192.168.1.20] helo=laptop)
	by relay.example.net with esmtpsa (Exim 4.96)
	id 1Vrm3Q-0002Ay-NH; Sat, 14 Dec 2013 10:02:36 +0000
Received: from phone (unknown [IPv6:2001:db8:77::1])
	by laptop.lan (Postfix) with ESMTP id 99;
	Sat, 14 Dec 2013 10:02:35 +0000
Subject: Sunday
From: David <david@example.net>

Body text with Received: from [203.0.113.99] in it.
`

describe('parseReceivedChain', () => {
  it("reads the seed's bounce: the returned message's one hop (the phone), and the address Gmail refused", () => {
    const result = parseReceivedChain(SEED_BOUNCE)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.blocks).toBe(2)
    expect(result.value.hops).toEqual([
      {
        from: null,
        address: '2001:db8:77:0:1571:f2fc:1a42:9b38',
        by: 'mail.example.net',
        header: expect.stringMatching(/^from \[2001:db8:77:0:1571:f2fc:1a42:9b38\] by mail\.example\.net with esmtpsa/),
      },
    ])
    expect(result.value.rejection).toEqual({
      address: '2001:db8:100::25',
      line: expect.stringMatching(/^550-5\.7\.1 \[2001:db8:100::25 16\]/),
    })
  })

  it('reads a delivered message bottom up: each form of header, its sender address and the server that took it', () => {
    const result = parseReceivedChain(DELIVERED)
    expect(result.ok && result.value.hops.map(hop => [hop.from, hop.address, hop.by])).toEqual([
      ['phone', '2001:db8:77::1', 'laptop.lan'],
      ['laptop.lan', '192.168.1.20', 'relay.example.net'],
      ['relay.example.net', '198.51.100.7', 'mail.example.net'],
      ['mail.example.net', '2001:db8:100::25', 'mx.google.com'],
      [null, null, '2002:a05:6a10:a0c9:0:0:0:0'],
    ])
    expect(result.ok && result.value.rejection).toBe(null)
  })

  it("reads a bare address in parentheses (Microsoft's form) and CRLF line ends", () => {
    const text = 'Received: from AM0PR01.example.net (2001:db8:208:ab::12) by AM0PR02.example.net\r\n with HTTPS; Sat, 14 Dec 2013\r\n'
    const result = parseReceivedChain(text)
    expect(result.ok && result.value.hops[0]).toMatchObject({from: 'AM0PR01.example.net', address: '2001:db8:208:ab::12'})
  })

  it('keeps no address that is not one', () => {
    const result = parseReceivedChain('Received: from host ([999.1.2.3]) by mx.example.net; Sat\n')
    expect(result.ok && result.value.hops[0]?.address).toBe(null)
  })

  it('refuses empty text', () => {
    expect(parseReceivedChain('')).toEqual({ok: false, error: 'the headers are empty'})
    expect(parseReceivedChain('  \n\n')).toMatchObject({ok: false})
  })

  it('refuses text without a Received: header or a refusal naming an address', () => {
    expect(parseReceivedChain('Subject: hello\nFrom: a@example.net\n\nbody')).toMatchObject({ok: false, error: /no Received: header/})
    expect(parseReceivedChain('\u0000\u0001garbage ::: [[[ ]]]')).toMatchObject({ok: false})
  })

  it('reads a truncated header as far as it goes', () => {
    const result = parseReceivedChain('Received: from mail.example.net (mail.example.net [198.51.1')
    expect(result.ok && result.value.hops).toEqual([{from: 'mail.example.net', address: null, by: null, header: expect.any(String)}])
  })

  it('keeps at most MAX_HOPS hops, and cuts a long header', () => {
    const many = 'Received: from a.example.net ([198.51.100.1]) by b.example.net; x\n'.repeat(MAX_HOPS + 5)
    const result = parseReceivedChain(many)
    expect(result.ok && result.value.hops.length).toBe(MAX_HOPS)
    const long = parseReceivedChain(`Received: from a.example.net ([198.51.100.1]) by b.example.net ${'x'.repeat(10_000)}\n`)
    expect(long.ok && long.value.hops[0]!.header.length).toBeLessThan(500)
  })
})
