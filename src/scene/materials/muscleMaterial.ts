import { MeshLambertMaterial, type DataTexture, type IUniform } from 'three'
import { zoneColorGlsl, zoneLevelGlsl, type ZoneUniforms } from './zonePaint'

/**
 * The muscles' material: standard PBR lighting plus per-part state read from a texture (hover,
 * selection, condition highlight, dimming, layer visibility) and a subtle striation along the
 * fibre direction so students can read which way the fibres run.
 */
export function createMuscleMaterial(
  partState: DataTexture,
  partCount: number,
  zones: ZoneUniforms,
  striation: IUniform<number>,
): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ color: 0xffffff })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, zones)
    shader.uniforms.partState = { value: partState }
    shader.uniforms.striation = striation
    shader.uniforms.partCount = { value: Math.max(1, partCount) }
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        ${zoneLevelGlsl}
        attribute float partIndex;
        attribute vec3 _fiber;
        uniform sampler2D partState;
        uniform float partCount;
        varying vec4 vPartState;
        varying vec3 vFiber;
        varying vec3 vBodyPos;
        varying vec3 vBodyNormal;
        varying float vZoneLevel;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vPartState = texture2D(partState, vec2((partIndex + 0.5) / partCount, 0.5));
        // A hidden part collapses to one point: zero-area triangles are never rasterised.
        if (vPartState.g < 0.5) transformed = vec3(0.0);
        vFiber = _fiber;
        vBodyPos = position;
        vBodyNormal = normal;
        // Per vertex on the muscles (the skin, drawn over them, carries the exact edge): per
        // fragment this loop cost half the frame time of a close-up on a CPU rasteriser.
        vZoneLevel = zoneCount > 0 ? zoneLevel(position) : 0.0;`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        ${zoneColorGlsl}
        uniform float striation;
        varying vec4 vPartState;
        varying vec3 vFiber;
        varying vec3 vBodyPos;
        varying vec3 vBodyNormal;
        varying float vZoneLevel;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        float layer = vPartState.a;
        vec3 base = mix(vec3(0.70, 0.24, 0.22), vec3(0.58, 0.20, 0.27), layer);
        // Striation: thin bands running along the fibres, anti-aliased with fwidth. Off in the far
        // view, where the bands would be sub-pixel and only cost time.
        if (striation > 0.5) {
          vec3 across = cross(normalize(vFiber + vec3(1e-5)), normalize(vBodyNormal));
          float s = dot(vBodyPos, normalize(across + vec3(1e-5))) * 420.0;
          float w = fwidth(s);
          float band = 1.0 - smoothstep(0.0, max(w, 1e-3) * 1.5, abs(fract(s) - 0.5) - 0.25);
          base *= mix(1.0, 0.86 + 0.14 * (1.0 - band), clamp(1.0 - w * 0.6, 0.0, 1.0));
        }
        float h = floor(vPartState.r * 3.0 + 0.5);
        if (h > 2.5) base = mix(base, vec3(1.0, 0.72, 0.32), 0.55);
        else if (h > 1.5) base = mix(base, vec3(1.0, 0.86, 0.55), 0.45);
        else if (h > 0.5) base = mix(base, vec3(0.98, 0.62, 0.18), 0.6);
        if (vPartState.b > 0.5 && h < 0.5) base = mix(vec3(dot(base, vec3(0.3, 0.59, 0.11))), vec3(0.55, 0.53, 0.52), 0.55) * 0.85;
        vec4 zone = zoneColor(floor(vZoneLevel + 0.5));
        base = mix(base, zone.rgb, zone.a);
        diffuseColor.rgb *= base;`,
      )
  }
  // Shared program for every instance of this material variant.
  material.customProgramCacheKey = () => 'tpa-muscle-v2'
  return material
}
