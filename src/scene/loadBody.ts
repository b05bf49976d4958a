import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { Manifest } from '../domain/manifest'
import { buildBodyModel, type BodyModel } from './bodyModel'

/** Decodes the generated body (meshopt-compressed binary glTF) and merges its muscle parts. */
export async function loadBody(bytes: ArrayBuffer, manifest: Manifest): Promise<BodyModel> {
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  const gltf = await loader.parseAsync(bytes, '')
  performance.mark('tpa:glb-decoded')
  const layers = new Map(manifest.parts.map((p) => [p.name, p.layer]))
  return buildBodyModel(gltf.scene, (name) => layers.get(name))
}
