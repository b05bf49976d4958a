import { Vector4, type IUniform } from 'three'

/** The most zone balls the shaders evaluate at once (all patterns of one muscle fit). */
export const MAX_ZONE_BALLS = 96

export interface ZoneUniforms {
  zoneBalls: IUniform<Vector4[]>
  /** Per ball: x = kind (0 essential, 1 spillover), y = 1 when joined to the next ball. */
  zoneInfo: IUniform<Vector4[]>
  zoneCount: IUniform<number>
}

/** One set of uniforms shared by every material that shows the paint. */
export function createZoneUniforms(): ZoneUniforms {
  return {
    zoneBalls: { value: Array.from({ length: MAX_ZONE_BALLS }, () => new Vector4()) },
    zoneInfo: { value: Array.from({ length: MAX_ZONE_BALLS }, () => new Vector4()) },
    zoneCount: { value: 0 },
  }
}

/**
 * GLSL: `float zoneLevel(vec3 p)`, the referral zone level at a body-frame point: 2 essential,
 * 1 spillover, 0 outside. A zone is a volume (balls joined by tapered capsules), so every surface
 * inside it near the skin is painted: the skin, and the muscles beneath where they reach the surface.
 */
export const zoneLevelGlsl = /* glsl */ `
  #define MAX_BALLS ${MAX_ZONE_BALLS}
  uniform vec4 zoneBalls[MAX_BALLS];
  uniform vec4 zoneInfo[MAX_BALLS];
  uniform int zoneCount;

  float zoneLevel(vec3 p) {
    float best = 0.0;
    for (int i = 0; i < MAX_BALLS; i++) {
      if (i >= zoneCount) break;
      vec4 b = zoneBalls[i];
      vec4 info = zoneInfo[i];
      float level = info.x > 0.5 ? 1.0 : 2.0;
      if (level <= best) continue;
      bool inside = distance(p, b.xyz) <= b.w;
      if (!inside && info.y > 0.5 && i + 1 < MAX_BALLS) {
        vec4 c = zoneBalls[i + 1];
        vec3 ab = c.xyz - b.xyz;
        float t = clamp(dot(p - b.xyz, ab) / max(dot(ab, ab), 1e-8), 0.0, 1.0);
        inside = distance(p, b.xyz + ab * t) <= mix(b.w, c.w, t);
      }
      if (inside) best = level;
    }
    return best;
  }
`

/**
 * GLSL (fragment): `vec4 zoneColor(float level)`: essential solid red, spillover red diagonal
 * hatching in screen space (readable without colour), alpha 0 outside.
 */
export const zoneColorGlsl = /* glsl */ `
  vec4 zoneColor(float level) {
    if (level > 1.5) return vec4(0.86, 0.06, 0.09, 0.93);
    if (level > 0.5) {
      float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
      return vec4(mix(vec3(0.98, 0.7, 0.68), vec3(0.82, 0.08, 0.11), stripe), mix(0.6, 0.92, stripe));
    }
    return vec4(0.0);
  }
`
