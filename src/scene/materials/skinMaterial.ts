import { DataTexture, MeshStandardMaterial, Vector4, type IUniform } from 'three'

/** The most zone balls the skin shader evaluates at once (all patterns of one muscle fit). */
export const MAX_ZONE_BALLS = 128

export interface SkinUniforms {
  skinOpacity: IUniform<number>
  zoneBalls: IUniform<Vector4[]>
  /** Per ball: x = kind (0 essential, 1 spillover), y = 1 when joined to the next ball. */
  zoneInfo: IUniform<Vector4[]>
  zoneCount: IUniform<number>
  regionState: IUniform<DataTexture>
  regionCount: IUniform<number>
  showRegions: IUniform<number>
}

export function createSkinUniforms(regionState: DataTexture, regionCount: number): SkinUniforms {
  return {
    skinOpacity: { value: 0 },
    zoneBalls: { value: Array.from({ length: MAX_ZONE_BALLS }, () => new Vector4()) },
    zoneInfo: { value: Array.from({ length: MAX_ZONE_BALLS }, () => new Vector4()) },
    zoneCount: { value: 0 },
    regionState: { value: regionState },
    regionCount: { value: Math.max(1, regionCount) },
    showRegions: { value: 0 },
  }
}

/**
 * The skin: translucent when shown, and the canvas referral zones and pain marks are painted on.
 * Zones are evaluated per fragment from their body-frame shapes, so they are exact at any mesh
 * resolution: essential solid red, spillover red hatching (readable without colour), marked
 * regions blue. With the skin hidden, only the paint is drawn.
 */
export function createSkinMaterial(uniforms: SkinUniforms): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: 0xe8c4a8, roughness: 0.7, transparent: true, depthWrite: false })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        attribute float _region;
        varying vec3 vBodyPos;
        varying float vRegionSmooth;
        flat varying float vRegion;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vBodyPos = position;
        vRegion = _region;
        vRegionSmooth = _region;`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        #define MAX_BALLS ${MAX_ZONE_BALLS}
        uniform float skinOpacity;
        uniform vec4 zoneBalls[MAX_BALLS];
        uniform vec4 zoneInfo[MAX_BALLS];
        uniform int zoneCount;
        uniform sampler2D regionState;
        uniform float regionCount;
        uniform float showRegions;
        varying vec3 vBodyPos;
        varying float vRegionSmooth;
        flat varying float vRegion;

        // 2 = inside an essential zone, 1 = inside a spillover zone only, 0 = outside.
        float zoneAt(vec3 p) {
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
        }`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        float alpha = skinOpacity;
        vec3 paint = diffuseColor.rgb;
        vec4 region = texture2D(regionState, vec2((vRegion + 0.5) / regionCount, 0.5));
        if (showRegions > 0.5) {
          float hue = fract(sin(vRegion * 12.9898) * 43758.5453);
          vec3 tint = mix(vec3(0.78, 0.84, 0.92), vec3(0.92, 0.86, 0.74), hue);
          paint = mix(paint, tint, 0.5);
          alpha = max(alpha, 0.28);
          // Region borders: where the interpolated region index changes inside a triangle.
          if (fwidth(vRegionSmooth) > 0.01) { paint = vec3(0.25, 0.3, 0.4); alpha = max(alpha, 0.7); }
        }
        if (region.r > 0.0) {
          paint = mix(paint, vec3(0.16, 0.42, 0.95), 0.55 + 0.35 * region.r);
          alpha = max(alpha, 0.45 + 0.4 * region.r);
        }
        if (region.g > 0.5) { paint = mix(paint, vec3(0.55, 0.75, 1.0), 0.5); alpha = max(alpha, 0.5); }
        float zone = zoneAt(vBodyPos);
        if (zone > 1.5) {
          paint = mix(paint, vec3(0.84, 0.07, 0.1), 0.88);
          alpha = max(alpha, 0.92);
        } else if (zone > 0.5) {
          // Spillover: diagonal hatching in screen space, so it reads without colour.
          float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
          paint = mix(paint, mix(vec3(0.97, 0.62, 0.6), vec3(0.8, 0.1, 0.12), stripe), 0.85);
          alpha = max(alpha, mix(0.55, 0.9, stripe));
        }
        if (alpha < 0.01) discard;
        diffuseColor = vec4(paint, alpha);`,
      )
  }
  material.customProgramCacheKey = () => 'tpa-skin-v1'
  return material
}
