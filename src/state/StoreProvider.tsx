import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Dataset } from '../domain/dataset'
import type { AppState, AppStore } from './store'

const StoreContext = createContext<AppStore | null>(null)
const DatasetContext = createContext<Dataset | null>(null)

export function StoreProvider({ store, dataset, children }: { store: AppStore; dataset: Dataset; children: ReactNode }) {
  return (
    <DatasetContext.Provider value={dataset}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </DatasetContext.Provider>
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

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext)
  if (!dataset) throw new Error('useDataset outside <StoreProvider>')
  return dataset
}

function selectActions(s: AppState) {
  return s.actions
}
