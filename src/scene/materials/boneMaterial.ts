import { MeshLambertMaterial } from 'three'
import { zonePaintGlsl, type ZoneUniforms } from './zonePaint'

/** Bone: ivory, matte, and carrying the referral paint where a zone reaches it. */
export function createBoneMaterial(zones: ZoneUniforms): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ color: 0xe9e2d0 })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, zones)
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vBodyPos;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvBodyPos = position;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${zonePaintGlsl}\nvarying vec3 vBodyPos;`)
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        vec4 zone = zonePaint(vBodyPos);
        diffuseColor.rgb = mix(diffuseColor.rgb, zone.rgb, zone.a);`,
      )
  }
  material.customProgramCacheKey = () => 'tpa-bone-v1'
  return material
}
