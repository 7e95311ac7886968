// The keyword prefilter finds every keyword on every line in one pass, ignoring ASCII case, including keywords inside others.
import {describe, expect, it} from 'vitest'
import {KeywordScanner} from '../../src/explain/keyword-scanner.js'

describe('KeywordScanner', () => {
  const keywords = ['link is down', 'is down', 'down', 'nic link', 'said:', 'timed out']
  const scanner = new KeywordScanner(keywords)
  const names = (found: number[]) => found.map(index => keywords[index]).sort()

  it('finds overlapping keywords and keywords inside other keywords, ignoring case', () => {
    expect(names(scanner.scan('e1000e: eth0 NIC Link is Down'))).toEqual(['down', 'is down', 'link is down', 'nic link'])
  })

  it('finds each keyword once however often it occurs, and nothing in unrelated text', () => {
    expect(names(scanner.scan('down down DOWN'))).toEqual(['down'])
    expect(scanner.scan('Started Session 42 of user anna.')).toEqual([])
  })

  it('is not confused by characters outside ASCII', () => {
    expect(names(scanner.scan('hôte — ﬁ: NETDEV timed out ✓'))).toEqual(['timed out'])
  })

  it('scans a whole text line by line: line starts, non-blank lines, keywords per line', () => {
    const text = 'host said: 550\n\n   \nlink is up\r\nqueue 0 timed out\nlast'
    const scan = scanner.scanLines(text)
    expect(scan.lineStarts).toEqual([0, 15, 16, 20, 32, 50])
    expect(scan.nonBlank).toBe(4)
    expect([...scan.keywordsByLine].map(([line, found]) => [line, names(found)])).toEqual([
      [0, ['said:']],
      [4, ['timed out']],
    ])
  })

  it('never lets a keyword run across a line break', () => {
    expect(scanner.scanLines('link is\ndown').keywordsByLine.get(0)).toBeUndefined()
    expect(names(scanner.scanLines('link is\ndown').keywordsByLine.get(1)!)).toEqual(['down'])
  })

  it('finds, line by line, exactly the keywords a plain substring search finds, on pseudo-random text over the keywords’ letters', () => {
    const words = ['eth0', 'link', 'down', 'ab', 'aab', 'abab', 'ba', 'bab', 'a b', 'link is', 'is do']
    const many = new KeywordScanner(words)
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const alphabet = 'abAB lisnkdowNEth0\n'
    const text = Array.from({length: 20000}, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    const {keywordsByLine} = many.scanLines(text)
    text.split('\n').forEach((line, index) => {
      const expected = words.filter(word => line.toLowerCase().includes(word)).sort()
      const found = (keywordsByLine.get(index) ?? []).map(found => words[found]!).sort()
      expect(found, JSON.stringify(line)).toEqual(expected)
      expect(
        many
          .scan(line)
          .map(found => words[found]!)
          .sort(),
      ).toEqual(expected)
    })
  })
})
