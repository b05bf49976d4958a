import { DataTexture, NearestFilter, RGBAFormat, UnsignedByteType } from 'three'
import type { Mark } from '../domain/viewState'

/** One texel per atlas region: R = marked intensity (0-3 as 0-255), G = previewed. */
export function createRegionStateTexture(count: number): DataTexture {
  const n = Math.max(1, count)
  const tex = new DataTexture(new Uint8Array(n * 4), n, 1, RGBAFormat, UnsignedByteType)
  tex.magFilter = NearestFilter
  tex.minFilter = NearestFilter
  tex.needsUpdate = true
  return tex
}

export function writeRegionStates(
  tex: DataTexture,
  marks: readonly Mark[],
  regionIndex: ReadonlyMap<string, number>,
): void {
  const data = tex.image.data as Uint8Array
  data.fill(0)
  for (const m of marks) {
    const i = regionIndex.get(m.region)
    if (i !== undefined) data[i * 4] = m.intensity * 85
  }
  tex.needsUpdate = true
}
