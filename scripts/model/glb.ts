/** Assemble named part meshes into an optimised, meshopt-compressed GLB with @gltf-transform. */
import { Document, Logger, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, meshopt, quantize, weld } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'

export interface PartMesh {
  name: string
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  fiber?: Float32Array
  region?: Uint16Array
  extras?: Record<string, unknown>
}

export async function writeGlb(parts: PartMesh[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  const buffer = doc.createBuffer()
  const scene = doc.createScene('body')
  for (const part of parts) {
    const prim = doc
      .createPrimitive()
      .setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(part.positions).setBuffer(buffer),
      )
      .setAttribute(
        'NORMAL',
        doc.createAccessor().setType('VEC3').setArray(part.normals).setBuffer(buffer),
      )
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(part.indices).setBuffer(buffer))
    if (part.fiber)
      prim.setAttribute(
        '_FIBER',
        doc.createAccessor().setType('VEC3').setArray(part.fiber).setBuffer(buffer),
      )
    if (part.region)
      prim.setAttribute(
        '_REGION',
        doc.createAccessor().setType('SCALAR').setArray(part.region).setBuffer(buffer),
      )
    const mesh = doc.createMesh(part.name).addPrimitive(prim)
    const node = doc.createNode(part.name).setMesh(mesh)
    if (part.extras) node.setExtras(part.extras)
    scene.addChild(node)
  }
  doc.getRoot().setDefaultScene(scene)
  await doc.transform(
    weld(),
    dedup(),
    quantize({ pattern: /^_FIBER$/, quantizeGeneric: 8 }),
    meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizationVolume: 'scene',
      quantizePosition: 14,
      quantizeNormal: 8,
    }),
  )
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
  return io.writeBinary(doc)
}
