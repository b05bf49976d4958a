import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { createSearchIndex } from './search'

const search = createSearchIndex(fixtureDataset())
const first = (q: string) => search(q)[0]

describe('search', () => {
  it('finds muscles by name, alias and prefix', () => {
    expect(first('temporalis')).toMatchObject({ kind: 'muscle', id: 'temporalis' })
    expect(first('traps')).toMatchObject({ kind: 'muscle', id: 'upper-trapezius' })
    expect(first('mass')).toMatchObject({ kind: 'muscle', id: 'masseter' })
  })

  it('finds conditions by alias and tolerates typos', () => {
    expect(first('TMJ')).toMatchObject({ kind: 'condition', id: 'tmj-dysfunction' })
    expect(first('temporailis')).toMatchObject({ id: 'temporalis' })
  })

  it('finds trigger points and techniques', () => {
    expect(search('temporalis trp1').map((h) => h.id)).toContain('temporalis-trp1')
    expect(first('ischemic')).toMatchObject({ kind: 'technique' })
  })

  it('returns nothing for blank or unmatched queries', () => {
    expect(search('   ')).toEqual([])
    expect(search('zzzzqqq')).toEqual([])
  })
})
