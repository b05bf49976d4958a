import { describe, expect, it } from 'vitest'
import { overlaps } from '../../scripts/model/overlap'
import { glbBytes } from './assets'

describe('muscles lie beside each other, not through each other', () => {
  it('no muscle has more than 15% of its vertices 3 mm deep inside a neighbour', async () => {
    const rows = await overlaps(0.003, new Uint8Array(glbBytes))
    expect(
      rows
        .filter((r) => r.share > 0.15)
        .map((r) => `${r.inner} in ${r.outer}: ${(r.share * 100).toFixed(0)}%`),
    ).toEqual([])
  })
})
