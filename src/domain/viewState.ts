import type { Side } from './manifest'
import type { ConditionId, MuscleId, TechniqueId, TriggerPointId } from './schema'

export const modes = ['explore', 'lookup'] as const
export type Mode = (typeof modes)[number]

export const views = ['front', 'back', 'left', 'right'] as const
export type View = (typeof views)[number]

export const layerToggles = ['skin', 'superficial', 'intermediate', 'deep'] as const
export type LayerToggle = (typeof layerToggles)[number]

export const pages = ['about', 'conditions', 'techniques'] as const
export type Page = (typeof pages)[number]

/** A place the user marked as painful: a region of the region atlas, intensity 1 (mild) to 3 (severe). */
export interface Mark {
  readonly region: string
  readonly intensity: 1 | 2 | 3
}

/** Everything on screen that a link must reproduce. */
export interface ViewState {
  readonly mode: Mode
  readonly muscle: MuscleId | null
  readonly side: Side
  readonly triggerPoint: TriggerPointId | null
  readonly condition: ConditionId | null
  readonly technique: TechniqueId | null
  readonly page: Page | null
  readonly view: View
  readonly layers: Readonly<Record<LayerToggle, boolean>>
  readonly referral: boolean
  readonly regions: boolean
  readonly marks: readonly Mark[]
}

export const defaultViewState: ViewState = {
  mode: 'explore',
  muscle: null,
  side: 'R',
  triggerPoint: null,
  condition: null,
  technique: null,
  page: null,
  view: 'front',
  layers: { skin: false, superficial: true, intermediate: true, deep: true },
  referral: true,
  regions: false,
  marks: [],
}
