import { Suspense, lazy, useEffect, useState } from 'react'
import type { SceneData } from '../scene/SceneData'
import { Footer } from '../ui/Footer'
import { Header } from '../ui/Header'
import { Hint } from '../ui/Hint'
import { HoverLabel } from '../ui/HoverLabel'
import { Legend } from '../ui/Legend'
import { NoWebGL } from '../ui/NoWebGL'
import { Notices } from '../ui/Notices'
import { SidePanel } from '../ui/SidePanel'
import { Toolbar } from '../ui/Toolbar'
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts'

const Scene = lazy(() => import('../scene/Scene').then((m) => ({ default: m.Scene })))

export type SceneState =
  | { status: 'loading'; software: boolean }
  | { status: 'ready'; data: SceneData; software: boolean }
  | { status: 'unavailable'; reason: string }

/** The page: header, the 3D view with its toolbar, the side panel. */
export function App({ scene, initial }: { scene: Promise<SceneState>; initial: SceneState }) {
  const [state, setState] = useState<SceneState>(initial)
  useEffect(() => {
    let live = true
    void scene.then((s) => live && setState(s))
    return () => {
      live = false
    }
  }, [scene])
  useKeyboardShortcuts()
  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="workspace">
        <section className="viewport" aria-label="3D body">
          {state.status !== 'unavailable' && (
            <Suspense fallback={null}>
              <Scene
                data={state.status === 'ready' ? state.data : null}
                software={state.software}
              />
            </Suspense>
          )}
          {state.status === 'loading' && <p className="loading">Loading the body…</p>}
          {state.status === 'unavailable' && <NoWebGL reason={state.reason} />}
          <Hint />
          <HoverLabel />
          <Toolbar />
          <Legend />
        </section>
        <aside className="side">
          <SidePanel />
        </aside>
      </main>
      <Footer />
    </div>
  )
}
