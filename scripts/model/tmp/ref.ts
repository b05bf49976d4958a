import { readFileSync } from 'node:fs'
const m = JSON.parse(readFileSync('assets/models/manifest.json', 'utf8'))
const P = (n: string): number[] => {
  const s = m.landmarks[n + '.L'] ?? m.landmarks[n]
  if (!s) throw new Error(n)
  return s.position
}
const lerp = (a: number[], b: number[], t: number) => a.map((v, i) => v + (b[i]! - v) * t)
const spec = (s: string) => {
  const r = /^(.+)>(.+)@(.+)$/.exec(s)
  return r ? lerp(P(r[1]!), P(r[2]!), Number(r[3])) : P(s)
}
export const REF: [string, string][] = [
  ['biceps-brachii', 'humerus-mid>arm-anterior@0.6'],
  ['triceps-brachii', 'humerus-mid>arm-posterior@0.6'],
  ['deltoid-middle', 'acromion>deltoid-insertion@0.45'],
  ['gluteus-maximus', 'hip-joint>buttock@0.85'],
  ['gastrocnemius', 'knee>ankle@0.3'],
  ['rectus-femoris', 'femur-mid>thigh-anterior@0.7'],
  ['tibialis-anterior', 'leg-lateral-upper>shin-upper@0.5'],
  ['sternocleidomastoid', 'mastoid>sternoclavicular@0.5'],
  ['upper-trapezius', 'c7>acromion@0.4'],
  ['latissimus-dorsi', 'thoracic-paraspinal-lower>flank@0.6'],
  ['pectoralis-major', 'chest-upper>nipple@0.5'],
  ['rectus-abdominis', 'para-umbilical'],
  ['external-oblique', 'flank>upper-abdomen@0.4'],
  ['vastus-lateralis', 'thigh-lateral'],
  ['soleus', 'calf-lower'],
  ['temporalis', 'temple'],
  ['masseter', 'mandible-angle>zygoma@0.5'],
  ['infraspinatus', 'infraspinous-fossa'],
  ['brachioradialis', 'forearm-radial>elbow-lateral@0.4'],
  ['semitendinosus', 'thigh-posterior'],
]
for (const [mu, s] of REF) {
  const c = m.parts.find((p: any) => p.name === mu + '.L').centroid
  const r = spec(s)
  const d = Math.hypot(c[0] - r[0], c[1] - r[1], c[2] - r[2])
  console.log(
    mu.padEnd(22),
    (d * 1000).toFixed(0),
    'mm',
    c.map((v: number) => v.toFixed(3)).join(','),
    r.map((v: number) => v.toFixed(3)).join(','),
  )
}
