import { readFileSync } from 'node:fs'
const m = JSON.parse(readFileSync('assets/models/manifest.json', 'utf8'))
const P = (n: string): number[] => m.landmarks[n].position
const lerp = (a: number[], b: number[], t: number) => a.map((v, i) => v + (b[i]! - v) * t)
const at = (s: string) => {
  const r = /^(.+)>(.+)@(.+)$/.exec(s)
  return r ? lerp(P(r[1]!), P(r[2]!), Number(r[3])) : P(s)
}
for (const [mu, s] of [
  ['pectoralis-major.L', 'rib3-anterior.L>axilla-anterior.L@0.45'],
  ['pectoralis-major.L', 'chest-upper.L>nipple.L@0.5'],
  ['external-oblique.L', 'ribs-lateral.L>para-umbilical.L@0.4'],
  ['external-oblique.L', 'flank.L>costal-margin.L@0.5'],
]) {
  const c = m.parts.find((p: any) => p.name === mu).centroid
  const r = at(s!)
  console.log(
    mu,
    s,
    (Math.hypot(c[0] - r[0]!, c[1] - r[1]!, c[2] - r[2]!) * 1000).toFixed(0),
    c,
    r.map((v) => v.toFixed(3)),
  )
}
