import { describe, expect, it } from 'vitest'
import { regionColorBits } from './regionColors'

const colourOf = (bits: Float32Array, v: number) =>
  bits[v * 3]! + 2 * bits[v * 3 + 1]! + 4 * bits[v * 3 + 2]!

describe('region colours', () => {
  it('gives neighbouring regions different colours and one region one colour', () => {
    // A strip of triangles through regions 0 | 1 | 2, plus region 0 again touching 2 at the end.
    const region = [0, 0, 1, 1, 2, 2, 0]
    const index = [0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6]
    const bits = regionColorBits(index, region)
    expect(colourOf(bits, 0)).toBe(colourOf(bits, 6))
    expect(colourOf(bits, 0)).not.toBe(colourOf(bits, 2))
    expect(colourOf(bits, 2)).not.toBe(colourOf(bits, 4))
    expect(colourOf(bits, 0)).not.toBe(colourOf(bits, 4))
    expect(colourOf(bits, 2)).toBe(colourOf(bits, 3))
  })

  it('writes 0/1 bits only', () => {
    const bits = regionColorBits([0, 1, 2], [5, 9, 9])
    expect([...bits].every((b) => b === 0 || b === 1)).toBe(true)
  })
})
