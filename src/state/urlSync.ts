import { decodeViewState, encodeViewState, type KnownIds } from '../domain/urlCodec'
import type { ViewState } from '../domain/viewState'
import { viewStateOf, type AppStore } from './store'

/** Keys whose change is a new place to go Back from; other changes replace the current entry. */
const navigationKeys: readonly (keyof ViewState)[] = [
  'mode',
  'muscle',
  'side',
  'triggerPoint',
  'condition',
  'technique',
  'page',
]

/**
 * Keeps the address bar describing what is on screen, and Back/Forward walking through it. The only
 * user of `location` and `history`. Returns a function that stops syncing.
 */
export function startUrlSync(store: AppStore, known: KnownIds, win: Window = window): () => void {
  let last = viewStateOf(store.getState())
  const unsubscribe = store.subscribe((s) => {
    const next = viewStateOf(s)
    const search = encodeViewState(next)
    if (search === win.location.search) {
      last = next
      return
    }
    const url = `${win.location.pathname}${search}${win.location.hash}`
    if (navigationKeys.some((k) => next[k] !== last[k])) win.history.pushState(null, '', url)
    else win.history.replaceState(null, '', url)
    last = next
  })
  const onPop = () => {
    const { state, notices } = decodeViewState(win.location.search, known)
    last = state
    store.getState().actions.applyViewState(state)
    store.getState().actions.addNotices(notices)
  }
  win.addEventListener('popstate', onPop)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPop)
  }
}
