import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Dataset } from '../domain/dataset'
import type { Side } from '../domain/manifest'
import type { ConditionId, MuscleId, TechniqueId, TriggerPointId } from '../domain/schema'
import {
  defaultViewState,
  type LayerToggle,
  type Mark,
  type Mode,
  type Page,
  type View,
  type ViewState,
} from '../domain/viewState'

export interface Hover {
  /** A muscle of the dataset, or a model-only muscle (one without trigger point data). */
  readonly muscle: MuscleId
  readonly side: Side
}

export interface AppState extends ViewState {
  readonly hover: Hover | null
  /** A trigger point pattern previewed from a list (panel or lookup candidates), on one side. */
  readonly hoverTriggerPoint: { readonly id: TriggerPointId; readonly side: Side } | null
  /** Short messages for the user (a link that could not be fully read, ...), oldest first. */
  readonly notices: readonly string[]
  /** Bumped to ask the camera to re-frame even when the view preset did not change. */
  readonly cameraRequest: number
  /** Lookup: the intensity the next mark gets, and whether dragging paints marks instead of turning. */
  readonly markIntensity: Mark['intensity']
  readonly painting: boolean
  readonly actions: Actions
}

export interface Actions {
  selectMuscle(id: MuscleId, side?: Side): void
  selectTriggerPoint(id: TriggerPointId | null, side?: Side): void
  /** Leaves the lookup for the explorer, with this trigger point open (one history step). */
  exploreTriggerPoint(id: TriggerPointId, side: Side): void
  clearSelection(): void
  /** Escape: closes an open page first, then the selected muscle, then the chosen condition. */
  escape(): void
  hover(hover: Hover | null): void
  hoverTriggerPoint(id: TriggerPointId | null, side?: Side): void
  setView(view: View): void
  resetView(): void
  toggleLayer(layer: LayerToggle): void
  setReferral(on: boolean): void
  setRegions(on: boolean): void
  selectCondition(id: ConditionId | null): void
  openTechnique(id: TechniqueId | null): void
  openPage(page: Page | null): void
  setMode(mode: Mode): void
  /** Marks a region; without an intensity, with the current `markIntensity`. */
  markRegion(region: string, intensity?: Mark['intensity']): void
  setMarkIntensity(intensity: Mark['intensity']): void
  setPainting(on: boolean): void
  unmarkRegion(region: string): void
  undoMark(): void
  clearMarks(): void
  addNotices(notices: readonly string[]): void
  dismissNotice(index: number): void
  /** Replaces the URL-described part of the state (Back/Forward). */
  applyViewState(state: ViewState): void
}

export interface StoreDeps {
  readonly dataset: Dataset
  readonly regionIds: ReadonlySet<string>
  /** Muscles the body model has (with or without trigger point data): they can be hovered. */
  readonly modelMuscles?: ReadonlySet<string>
  readonly initial?: Partial<ViewState>
  readonly notices?: readonly string[]
}

export type AppStore = StoreApi<AppState>

/** Creates a fresh store; actions ignore unknown ids, so the state only ever names real things. */
export function createAppStore({
  dataset,
  regionIds,
  modelMuscles = new Set(),
  initial,
  notices = [],
}: StoreDeps): AppStore {
  return createStore<AppState>()((set, get) => {
    const camera = () => get().cameraRequest + 1
    const actions: Actions = {
      selectMuscle(id, side) {
        if (!dataset.muscleById.has(id)) return
        const s = get()
        const keepTp = s.triggerPoint && dataset.muscleOfTriggerPoint.get(s.triggerPoint)?.id === id
        set({
          muscle: id,
          side: side ?? s.side,
          triggerPoint: keepTp ? s.triggerPoint : null,
          page: null,
          technique: null,
          cameraRequest: camera(),
        })
      },
      selectTriggerPoint(id, side) {
        if (id === null) return set({ triggerPoint: null })
        const muscle = dataset.muscleOfTriggerPoint.get(id)
        if (!muscle) return
        set({
          triggerPoint: id,
          muscle: muscle.id,
          side: side ?? get().side,
          page: null,
          technique: null,
        })
      },
      exploreTriggerPoint(id, side) {
        const muscle = dataset.muscleOfTriggerPoint.get(id)
        if (!muscle) return
        set({
          mode: 'explore',
          regions: false,
          triggerPoint: id,
          muscle: muscle.id,
          side,
          hoverTriggerPoint: null,
          cameraRequest: camera(),
        })
      },
      clearSelection() {
        set({ muscle: null, triggerPoint: null, hoverTriggerPoint: null, cameraRequest: camera() })
      },
      escape() {
        const s = get()
        if (s.page || s.technique) set({ page: null, technique: null })
        else if (s.muscle) actions.clearSelection()
        else if (s.condition) actions.selectCondition(null)
      },
      hover(hover) {
        const h = get().hover
        if (h?.muscle === hover?.muscle && h?.side === hover?.side) return
        const known =
          hover && (dataset.muscleById.has(hover.muscle) || modelMuscles.has(hover.muscle))
        set({ hover: known ? hover : null })
      },
      hoverTriggerPoint(id, side) {
        const h = get().hoverTriggerPoint
        const s = side ?? get().side
        if (h?.id === id && (id === null || h?.side === s)) return
        set({ hoverTriggerPoint: id && dataset.triggerPointById.has(id) ? { id, side: s } : null })
      },
      setView(view) {
        set({ view, cameraRequest: camera() })
      },
      resetView() {
        set({
          view: defaultViewState.view,
          layers: defaultViewState.layers,
          referral: defaultViewState.referral,
          regions: defaultViewState.regions,
          cameraRequest: camera(),
        })
      },
      toggleLayer(layer) {
        set({ layers: { ...get().layers, [layer]: !get().layers[layer] } })
      },
      setReferral(on) {
        set({ referral: on })
      },
      setRegions(on) {
        set({ regions: on })
      },
      selectCondition(id) {
        if (id === null) return set({ condition: null })
        if (!dataset.conditionById.has(id)) return
        // A condition opens its own page: its muscles highlighted and listed, none selected yet.
        set({
          condition: id,
          muscle: null,
          triggerPoint: null,
          page: null,
          technique: null,
          mode: 'explore',
          cameraRequest: camera(),
        })
      },
      openTechnique(id) {
        if (id !== null && !dataset.techniqueById.has(id)) return
        set({ technique: id })
      },
      openPage(page) {
        set({ page, technique: null })
      },
      setMode(mode) {
        set({ mode, regions: mode === 'lookup', painting: mode === 'lookup' && get().painting })
      },
      setMarkIntensity(markIntensity) {
        set({ markIntensity })
      },
      setPainting(painting) {
        set({ painting })
      },
      markRegion(region, intensity = get().markIntensity) {
        if (!regionIds.has(region)) return
        // Painting passes over the same region many times: an unchanged mark is no change.
        if (get().marks.some((m) => m.region === region && m.intensity === intensity)) return
        const marks = get().marks.filter((m) => m.region !== region)
        set({ marks: [...marks, { region, intensity }] })
      },
      unmarkRegion(region) {
        set({ marks: get().marks.filter((m) => m.region !== region) })
      },
      undoMark() {
        set({ marks: get().marks.slice(0, -1) })
      },
      clearMarks() {
        set({ marks: [] })
      },
      addNotices(more) {
        if (more.length) set({ notices: [...get().notices, ...more] })
      },
      dismissNotice(index) {
        set({ notices: get().notices.filter((_, i) => i !== index) })
      },
      applyViewState(state) {
        set({ ...state, cameraRequest: camera() })
      },
    }
    return {
      ...defaultViewState,
      ...initial,
      hover: null,
      hoverTriggerPoint: null,
      notices,
      cameraRequest: 0,
      markIntensity: 2,
      painting: false,
      actions,
    }
  })
}

/** The URL-described part of the state. */
export function viewStateOf(s: AppState): ViewState {
  return {
    mode: s.mode,
    muscle: s.muscle,
    side: s.side,
    triggerPoint: s.triggerPoint,
    condition: s.condition,
    technique: s.technique,
    page: s.page,
    view: s.view,
    layers: s.layers,
    referral: s.referral,
    regions: s.regions,
    marks: s.marks,
  }
}
