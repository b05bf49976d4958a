import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Dataset } from '../domain/dataset'
import type { RegionAtlas } from '../domain/manifest'
import type { ReferralIndex } from '../domain/referralRegions'
import type { AppState, AppStore } from './store'

/** What is true (read-only domain data), as opposed to what the user did (the store). */
export interface Knowledge {
  readonly dataset: Dataset
  readonly referral: ReferralIndex
  readonly atlas: RegionAtlas
}

const StoreContext = createContext<AppStore | null>(null)
const KnowledgeContext = createContext<Knowledge | null>(null)

export function StoreProvider({
  store,
  knowledge,
  children,
}: {
  store: AppStore
  knowledge: Knowledge
  children: ReactNode
}) {
  return (
    <KnowledgeContext.Provider value={knowledge}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </KnowledgeContext.Provider>
  )
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore outside <StoreProvider>')
  return store
}

/** Reads the store through a named selector (see selectors.ts). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector)
}

export const useActions = () => useApp(selectActions)

export function useKnowledge(): Knowledge {
  const knowledge = useContext(KnowledgeContext)
  if (!knowledge) throw new Error('useKnowledge outside <StoreProvider>')
  return knowledge
}

export const useDataset = (): Dataset => useKnowledge().dataset

function selectActions(s: AppState) {
  return s.actions
}
