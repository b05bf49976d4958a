/** In place of the 3D view when the browser cannot draw it: the lists and panels still work. */
export function NoWebGL({ reason }: { reason: string }) {
  return (
    <div className="no-webgl" role="note">
      <h2>The 3D body cannot be shown here</h2>
      <p>{reason}</p>
      <p>Everything else works: search, the muscle lists, the conditions and the techniques.</p>
    </div>
  )
}

export interface WebGLSupport {
  readonly available: boolean
  /** A CPU rasteriser (SwiftShader, llvmpipe): the scene then trades antialiasing for frame rate. */
  readonly software: boolean
}

/** Whether this browser can create a WebGL context at all, and whether it renders in software. */
export function probeWebGL(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas')
    const gl = (canvas.getContext('webgl2') ??
      canvas.getContext('webgl')) as WebGLRenderingContext | null
    if (!gl) return { available: false, software: false }
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return { available: true, software: /swiftshader|llvmpipe|softpipe|software/i.test(renderer) }
  } catch {
    return { available: false, software: false }
  }
}
