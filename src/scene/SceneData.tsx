import { createContext, useContext } from 'react'
import type { Landmarks } from '../domain/geometry'
import type { ReferralIndex } from '../domain/referralRegions'
import type { RegionAtlas } from '../domain/manifest'
import type { BodyModel } from './bodyModel'

/** What the scene reads besides the store: the loaded model and the derived referral index. */
export interface SceneData {
  readonly model: BodyModel
  readonly referral: ReferralIndex
  readonly landmarks: Landmarks
  readonly atlas: RegionAtlas
}

export const SceneDataContext = createContext<SceneData | null>(null)

export function useSceneData(): SceneData {
  const data = useContext(SceneDataContext)
  if (!data) throw new Error('useSceneData outside <SceneDataContext.Provider>')
  return data
}
