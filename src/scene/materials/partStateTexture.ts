import { DataTexture, NearestFilter, RGBAFormat, UnsignedByteType } from 'three'

/** How a part is drawn; written into one RGBA texel per part and read by the muscle shader. */
export const enum Highlight {
  None = 0,
  Condition = 1,
  Hover = 2,
  Selected = 3,
}

export interface PartLook {
  highlight: Highlight
  visible: boolean
  dimmed: boolean
  /** 0 superficial, 1 intermediate, 2 deep: a slight tint so layers read apart. */
  layer: 0 | 1 | 2
}

/**
 * One texel per muscle part (R highlight, G visible, B dimmed, A layer). A state change rewrites
 * texels, never materials, so 300+ parts stay one draw call.
 */
export function createPartStateTexture(count: number): DataTexture {
  const tex = new DataTexture(
    new Uint8Array(Math.max(1, count) * 4),
    Math.max(1, count),
    1,
    RGBAFormat,
    UnsignedByteType,
  )
  tex.magFilter = NearestFilter
  tex.minFilter = NearestFilter
  tex.needsUpdate = true
  return tex
}

export function writePartLooks(tex: DataTexture, looks: readonly PartLook[]): void {
  const data = tex.image.data as Uint8Array
  looks.forEach((look, i) => {
    data[i * 4] = look.highlight * 85
    data[i * 4 + 1] = look.visible ? 255 : 0
    data[i * 4 + 2] = look.dimmed ? 255 : 0
    data[i * 4 + 3] = look.layer * 127
  })
  tex.needsUpdate = true
}
