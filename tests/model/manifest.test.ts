import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MUSCLES } from '../../scripts/model/muscles/index'
import { MODEL_DIR, loadParts, manifest } from './assets'

const REQUIRED =
  `temporalis masseter lateral-pterygoid medial-pterygoid digastric frontalis occipitalis
orbicularis-oculi zygomaticus-major platysma buccinator sternocleidomastoid splenius-capitis
splenius-cervicis suboccipitals semispinalis-capitis semispinalis-cervicis cervical-multifidi
scalene-anterior scalene-middle scalene-posterior longus-colli omohyoid levator-scapulae
upper-trapezius middle-trapezius lower-trapezius rhomboid-major rhomboid-minor supraspinatus
infraspinatus teres-minor teres-major subscapularis latissimus-dorsi deltoid-anterior
deltoid-middle deltoid-posterior pectoralis-major pectoralis-minor subclavius serratus-anterior
serratus-posterior-superior coracobrachialis biceps-brachii brachialis triceps-brachii anconeus
brachioradialis extensor-carpi-radialis-longus extensor-carpi-radialis-brevis
extensor-carpi-ulnaris extensor-digitorum extensor-indicis supinator pronator-teres
flexor-carpi-radialis flexor-carpi-ulnaris palmaris-longus flexor-digitorum-superficialis
flexor-digitorum-profundus flexor-pollicis-longus adductor-pollicis opponens-pollicis
first-dorsal-interosseous dorsal-interossei-hand abductor-digiti-minimi-hand sternalis
intercostals serratus-posterior-inferior iliocostalis-thoracis iliocostalis-lumborum
longissimus-thoracis multifidus rotatores quadratus-lumborum rectus-abdominis external-oblique
internal-oblique transversus-abdominis pyramidalis iliopsoas gluteus-maximus gluteus-medius
gluteus-minimus piriformis obturator-internus tensor-fasciae-latae levator-ani coccygeus
sartorius rectus-femoris vastus-medialis vastus-intermedius vastus-lateralis pectineus
adductor-longus adductor-brevis adductor-magnus gracilis biceps-femoris semitendinosus
semimembranosus popliteus gastrocnemius soleus plantaris tibialis-anterior tibialis-posterior
fibularis-longus fibularis-brevis fibularis-tertius extensor-digitorum-longus
extensor-hallucis-longus flexor-digitorum-longus flexor-hallucis-longus extensor-digitorum-brevis
extensor-hallucis-brevis abductor-hallucis flexor-digitorum-brevis abductor-digiti-minimi-foot
quadratus-plantae adductor-hallucis flexor-hallucis-brevis interossei-foot
nasalis orbicularis-oris mentalis depressor-anguli-oris levator-labii-superioris
corrugator-supercilii procerus sternohyoid sternothyroid mylohyoid longus-capitis
spinalis-thoracis semispinalis-thoracis quadratus-femoris gemellus-superior gemellus-inferior
obturator-externus extensor-digiti-minimi abductor-pollicis-longus extensor-pollicis-longus
extensor-pollicis-brevis abductor-pollicis-brevis flexor-pollicis-brevis pronator-quadratus
lumbricals-hand palmar-interossei lumbricals-foot flexor-digiti-minimi-brevis-foot`.split(/\s+/)

describe('model manifest and GLB', () => {
  it('covers every muscle the dataset needs, both sides, 150+ muscles', () => {
    const names = new Set(manifest.parts.map((p) => p.name))
    for (const id of REQUIRED) {
      expect(names.has(`${id}.L`), id).toBe(true)
      expect(names.has(`${id}.R`), id).toBe(true)
    }
    expect(manifest.parts.length / 2).toBeGreaterThanOrEqual(150)
    expect(new Set(MUSCLES.map((m) => m.id)).size).toBe(MUSCLES.length)
  })

  it('has the same parts in the GLB and the manifest, with extras and attributes', async () => {
    const parts = await loadParts()
    const glbNames = parts
      .map((p) => p.name)
      .filter((n) => n !== 'skin' && n !== 'skeleton')
      .sort()
    expect(glbNames).toEqual(manifest.parts.map((p) => p.name))
    expect(parts.filter((p) => p.name === 'skin')).toHaveLength(1)
    expect(parts.filter((p) => p.name === 'skeleton')).toHaveLength(1)
    for (const p of parts) {
      if (p.name === 'skin') {
        expect(p.semantics).toContain('_REGION')
        continue
      }
      if (p.name === 'skeleton') continue
      const m = manifest.parts.find((x) => x.name === p.name)!
      expect(p.extras).toEqual({ muscle: m.muscle, side: m.side, layer: m.layer })
      expect(p.semantics).toEqual(expect.arrayContaining(['POSITION', 'NORMAL', '_FIBER']))
      expect(p.triangles).toBe(m.triangles)
    }
  })

  it('sorts parts by name and rounds coordinates to 0.1 mm', () => {
    const names = manifest.parts.map((p) => p.name)
    expect(names).toEqual([...names].sort())
    for (const p of manifest.parts)
      for (const v of [...p.centroid, ...p.min, ...p.max])
        expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6)
    expect(manifest.stature).toBe(1.75)
    expect(manifest.version).toBe(1)
  })

  it('stays within budget: <= 2 MB, <= 300k triangles', async () => {
    expect(statSync(resolve(MODEL_DIR, 'body.glb')).size).toBeLessThanOrEqual(2 * 1024 * 1024)
    const parts = await loadParts()
    expect(parts.reduce((s, p) => s + p.triangles, 0)).toBeLessThanOrEqual(300_000)
  })
})
