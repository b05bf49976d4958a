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

/** Whether this browser can create a WebGL context at all. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas')
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
  } catch {
    return false
  }
}
