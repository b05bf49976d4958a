import { useEffect } from 'react'
import type { LayerToggle, View } from '../domain/viewState'
import { useAppStore, useDataset } from '../state/StoreProvider'

const viewKeys: Record<string, View> = { f: 'front', b: 'back', l: 'left', r: 'right' }
const layerKeys: Record<string, LayerToggle> = {
  s: 'skin',
  '1': 'superficial',
  '2': 'intermediate',
  '3': 'deep',
}

/**
 * The keyboard drives everything an educator needs in front of a class: views (F B L R, 0 reset),
 * layers (S, 1-3), overlays (O referral, G regions), trigger points (N next, P previous),
 * search (/), about (?), Escape to close or clear. Ignored while typing in a field.
 */
export function useKeyboardShortcuts(): void {
  const store = useAppStore()
  const dataset = useDataset()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (e.ctrlKey || e.metaKey || e.altKey) return
      const typing =
        target &&
        (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
      const s = store.getState()
      const { actions } = s
      if (e.key === 'Escape') {
        actions.escape()
        return
      }
      if (typing) return
      const key = e.key.toLowerCase()
      if (key === '/') {
        e.preventDefault()
        document.getElementById('search-input')?.focus()
      } else if (key === '?') actions.openPage(s.page === 'about' ? null : 'about')
      else if (viewKeys[key]) actions.setView(viewKeys[key])
      else if (key === '0') actions.resetView()
      else if (layerKeys[key]) actions.toggleLayer(layerKeys[key])
      else if (key === 'o') actions.setReferral(!s.referral)
      else if (key === 'g') actions.setRegions(!s.regions)
      else if ((key === 'n' || key === 'p') && s.muscle) {
        const tps = dataset.muscleById.get(s.muscle)?.triggerPoints ?? []
        if (tps.length === 0) return
        const at = tps.findIndex((t) => t.id === s.triggerPoint)
        const next = key === 'n' ? (at + 1) % tps.length : (at - 1 + tps.length) % tps.length
        actions.selectTriggerPoint(tps[at === -1 && key === 'p' ? tps.length - 1 : next]!.id)
      } else return
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [store, dataset])
}
