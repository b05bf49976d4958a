import { DataTexture, MeshLambertMaterial, type IUniform } from 'three'
import { zoneColorGlsl, zoneLevelGlsl, type ZoneUniforms } from './zonePaint'

export interface SkinUniforms extends ZoneUniforms {
  skinOpacity: IUniform<number>
  /** Scales the referral paint's opacity on the skin. */
  paintOpacity: IUniform<number>
  regionState: IUniform<DataTexture>
  regionCount: IUniform<number>
  showRegions: IUniform<number>
}

export function createSkinUniforms(
  zones: ZoneUniforms,
  regionState: DataTexture,
  regionCount: number,
): SkinUniforms {
  return {
    ...zones,
    skinOpacity: { value: 0 },
    paintOpacity: { value: 1 },
    regionState: { value: regionState },
    regionCount: { value: Math.max(1, regionCount) },
    showRegions: { value: 0 },
  }
}

/**
 * The skin: translucent when shown; it carries the referral paint and the pain marks.
 * Zones are evaluated per fragment from their body-frame shapes, so they are exact at any mesh
 * resolution: essential solid red, spillover red hatching (readable without colour), marked
 * regions blue. With the skin hidden, only the paint is drawn.
 */
export function createSkinMaterial(uniforms: SkinUniforms): MeshLambertMaterial {
  const material = new MeshLambertMaterial({
    color: 0xe8c4a8,
    transparent: true,
    depthWrite: false,
  })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        attribute float _region;
        attribute vec3 regionColor;
        varying vec3 vBodyPos;
        varying vec3 vRegionColor;
        flat varying float vRegion;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vBodyPos = position;
        vRegion = _region;
        vRegionColor = regionColor;`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        ${zoneLevelGlsl}
        ${zoneColorGlsl}
        uniform float skinOpacity;
        uniform float paintOpacity;
        uniform sampler2D regionState;
        uniform float regionCount;
        uniform float showRegions;
        varying vec3 vBodyPos;
        varying vec3 vRegionColor;
        flat varying float vRegion;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        float alpha = skinOpacity;
        vec3 paint = diffuseColor.rgb;
        vec4 region = texture2D(regionState, vec2((vRegion + 0.5) / regionCount, 0.5));
        if (showRegions > 0.5) {
          float hue = fract(sin(vRegion * 12.9898) * 43758.5453);
          paint = mix(paint, mix(vec3(0.80, 0.86, 0.95), vec3(0.95, 0.90, 0.78), hue), 0.4);
          alpha = max(alpha, 0.16);
          // Region borders: halfway between two regions, where an interpolated colour bit crosses
          // 0.5 (neighbouring regions differ in at least one bit); about one pixel wide.
          vec3 w = fwidth(vRegionColor);
          vec3 edge = step(abs(vRegionColor - 0.5), w * 0.75) * step(1e-4, w);
          if (max(edge.x, max(edge.y, edge.z)) > 0.5) { paint = vec3(0.96, 0.96, 0.92); alpha = max(alpha, 0.85); }
        }
        if (region.r > 0.0) {
          // Marked painful areas: strong blue, darker with intensity (region.r = intensity / 3).
          paint = mix(vec3(0.35, 0.6, 1.0), vec3(0.05, 0.2, 0.75), region.r);
          alpha = max(alpha, 0.6 + 0.3 * region.r);
        }
        if (region.g > 0.5) { paint = mix(paint, vec3(0.55, 0.75, 1.0), 0.5); alpha = max(alpha, 0.5); }
        vec4 zone = zoneColor(zoneLevel(vBodyPos));
        zone.a *= paintOpacity;
        paint = mix(paint, zone.rgb, zone.a);
        alpha = max(alpha, zone.a);
        if (alpha < 0.01) discard;
        diffuseColor = vec4(paint, alpha);`,
      )
  }
  material.customProgramCacheKey = () => 'tpa-skin-v2'
  return material
}
