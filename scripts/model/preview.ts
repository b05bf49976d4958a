/**
 * Render PNG previews of assets/models/body.glb in headless Chromium (software GL) with a tiny
 * standalone three.js page. Usage: tsx scripts/model/preview.ts [outDir=docs] [views=front,back,side,deep,skin] [glb=assets/models/body.glb]
 * Writes model-front.png, model-back.png, model-side.png, model-deep.png, model-skin.png.
 */
import { createServer } from 'node:http'
import { readFile, mkdir } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumArgs } from '../../playwright.config'

const root = resolve(import.meta.dirname, '../..')
const outDir = resolve(root, process.argv[2] ?? 'docs')
const views = (process.argv[3] ?? 'front,back,side,deep,skin').split(',')
const glbPath = process.argv[4] ?? 'assets/models/body.glb'

const page = `<!doctype html><html><body style="margin:0;background:#e9e6e1">
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
const W = 900, H = 1200
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setSize(W, H)
renderer.setClearColor(0xe9e6e1)
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.add(new THREE.HemisphereLight(0xffffff, 0x554433, 1.6))
const key = new THREE.DirectionalLight(0xffffff, 2.2)
scene.add(key)
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
console.log('loading glb')
const buf = await (await fetch('/${glbPath}')).arrayBuffer()
console.log('fetched', buf.byteLength)
const gltf = await loader.parseAsync(buf, '')
console.log('glb loaded')
scene.add(gltf.scene)
const hue = (s) => { let h = 0; for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0; return h }
const striate = (mat) => { mat.onBeforeCompile = (sh) => {
  sh.vertexShader = sh.vertexShader.replace('#include <common>', '#include <common>\\nattribute vec3 _fiber; varying vec3 vFib; varying vec3 vPosW;')
    .replace('#include <begin_vertex>', '#include <begin_vertex>\\nvFib = _fiber; vPosW = position;')
  sh.fragmentShader = sh.fragmentShader.replace('#include <common>', '#include <common>\\nvarying vec3 vFib; varying vec3 vPosW;')
    .replace('#include <color_fragment>', '#include <color_fragment>\\n{ vec3 f = normalize(vFib + 1e-5); vec3 q = vPosW - f * dot(vPosW, f); float s = sin(dot(q, vec3(531.0, 437.0, 493.0))); diffuseColor.rgb *= 0.93 + 0.07 * s; }')
}}
const parts = []
gltf.scene.traverse((o) => {
  if (!o.isMesh) return
  if (o.name === 'skin' || o.parent?.name === 'skin') {
    o.userData.kind = 'skin'
    o.material = new THREE.MeshStandardMaterial({ color: 0xd9a48a, roughness: 0.75 })
    o.userData.skinMat = o.material
    const rm = new THREE.MeshStandardMaterial({ color: 0xffffff, roughness: 0.8 })
    rm.onBeforeCompile = (sh) => {
      sh.vertexShader = sh.vertexShader.replace('#include <common>', '#include <common>\\nattribute float _region; varying float vReg;')
        .replace('#include <begin_vertex>', '#include <begin_vertex>\\nvReg = _region;')
      sh.fragmentShader = sh.fragmentShader.replace('#include <common>', '#include <common>\\nvarying float vReg;')
        .replace('#include <color_fragment>', '#include <color_fragment>\\n{ float r = floor(vReg + 0.5); vec3 c = 0.45 + 0.45 * cos(6.2831 * (fract(r * 0.618034) + vec3(0.0, 0.33, 0.67))); diffuseColor.rgb *= c; }')
    }
    o.userData.regionMat = rm
    return
  }
  if (o.name === 'skeleton' || o.parent?.name === 'skeleton') { o.userData.kind = 'bone'; o.material = new THREE.MeshStandardMaterial({ color: 0xeee6d2, roughness: 0.6 }); return }
  const n = o.userData.name ? o : o.parent
  const ex = o.userData.layer ? o.userData : (o.parent?.userData ?? {})
  o.userData.kind = 'muscle'; o.userData.layer = ex.layer; o.userData.muscle = ex.muscle
  const h = hue(ex.muscle || '')
  const c = new THREE.Color().setHSL(0.99 + (h % 40) / 1000, 0.55 + (h % 7) / 40, 0.36 + (h % 11) / 80)
  o.material = new THREE.MeshStandardMaterial({ color: c, roughness: 0.55 })
  if (o.geometry.attributes._fiber) striate(o.material)
  parts.push(o)
})
const cam = new THREE.PerspectiveCamera(22, W / H, 0.05, 20)
window.render = (spec) => {
  const [view, only] = spec.split(':')
  const solo = only ? new Set(only.split('+')) : null
  let target = new THREE.Vector3(0, 0.88, 0), dist = 5.0, dir = new THREE.Vector3(0, 0.05, 1)
  if (view === 'back') dir.set(0, 0.05, -1)
  if (view === 'side') dir.set(1, 0.05, 0.02)
  if (view === 'head' || view === 'faceskin' || view === 'skull') { target.set(0.0, 1.6, 0); dist = 1.2; dir.set(0.6, 0.1, 1) }
  if (view === 'shoulder') { target.set(0.2, 1.36, 0); dist = 1.0; dir.set(0.6, 0.15, 1) }
  if (view === 'torso') { target.set(0, 1.25, 0); dist = 2.2; dir.set(0, 0.05, -1) }
  if (view === 'torsof') { target.set(0, 1.25, 0); dist = 2.2; dir.set(0, 0.05, 1) }
  if (view === 'knee') { target.set(0.1, 0.45, 0); dist = 1.7; dir.set(1, 0.05, 0.35) }
  if (view === 'hips') { target.set(0.05, 0.85, 0); dist = 1.9; dir.set(0.6, 0.05, -1) }
  if (view === 'legs') { target.set(0, 0.5, 0); dist = 2.6; dir.set(0.7, 0.05, 0.7) }
  if (view === 'hand') { target.set(0.3, 1.0, 0.02); dist = 1.5; dir.set(0.25, 0.05, 1) }
  if (view === 'armback') { target.set(0.3, 1.0, 0.02); dist = 1.5; dir.set(0.25, 0.05, -1) }
  gltf.scene.traverse((o) => {
    if (!o.isMesh) return
    const k = o.userData.kind
    if (solo) o.visible = k === 'bone' || (k === 'muscle' && solo.has(o.userData.muscle))
    else if (view === 'skin' || view === 'faceskin' || view === 'regions' || view === 'regionsback') o.visible = k === 'skin'
    else if (view === 'skull') o.visible = k === 'bone'
    else if (view === 'deep') o.visible = k === 'bone' || (k === 'muscle' && o.userData.layer !== 'superficial')
    else o.visible = k !== 'skin'
  })
  gltf.scene.traverse((o) => { if (o.userData.kind === 'skin') o.material = view.startsWith('regions') ? o.userData.regionMat : o.userData.skinMat })
  if (view === 'regionsback') dir.set(0, 0.05, -1)
  cam.position.copy(target).addScaledVector(dir.normalize(), dist)
  cam.lookAt(target)
  key.position.copy(cam.position).add(new THREE.Vector3(1.5, 2.5, 0))
  renderer.render(scene, cam)
  return renderer.domElement.toDataURL('image/png')
}
window.ready = true
</script></body></html>`

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.glb': 'model/gltf-binary',
  '.html': 'text/html',
}
const server = createServer(async (req, res) => {
  const url = (req.url ?? '/').split('?')[0]!
  if (url === '/' || url === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page)
    return
  }
  try {
    const body = await readFile(join(root, decodeURIComponent(url)))
    res
      .writeHead(200, { 'content-type': types[extname(url)] ?? 'application/octet-stream' })
      .end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
const port = (server.address() as { port: number }).port
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: chromiumArgs,
})
try {
  const p = await browser.newPage({ viewport: { width: 900, height: 1200 } })
  p.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('404')) console.error('page:', m.text())
  })
  p.on('pageerror', (e) => console.error('page error:', e.message))
  await p.goto(`http://127.0.0.1:${port}/`)
  await p.waitForFunction('window.ready === true', undefined, { timeout: 90000 })
  await mkdir(outDir, { recursive: true })
  const { writeFile } = await import('node:fs/promises')
  for (const v of views) {
    const url = (await p.evaluate(`window.render(${JSON.stringify(v)})`)) as string
    await writeFile(
      join(outDir, `model-${v.split(':')[0]}${v.includes(':') ? '-solo' : ''}.png`),
      Buffer.from(url.split(',')[1]!, 'base64'),
    )
    console.log('wrote', join(outDir, `model-${v}.png`))
  }
} finally {
  await browser.close()
  server.close()
}
