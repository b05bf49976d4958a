import type { AppState } from './store'

/** Named selectors: each returns a primitive or a stored reference, so components re-render only on change. */
export const selectMuscle = (s: AppState) => s.muscle
export const selectSide = (s: AppState) => s.side
export const selectTriggerPoint = (s: AppState) => s.triggerPoint
export const selectHover = (s: AppState) => s.hover
export const selectHoverTriggerPoint = (s: AppState) => s.hoverTriggerPoint
export const selectCondition = (s: AppState) => s.condition
export const selectTechnique = (s: AppState) => s.technique
export const selectPage = (s: AppState) => s.page
export const selectMode = (s: AppState) => s.mode
export const selectView = (s: AppState) => s.view
export const selectLayers = (s: AppState) => s.layers
export const selectReferral = (s: AppState) => s.referral
export const selectRegions = (s: AppState) => s.regions
export const selectMarks = (s: AppState) => s.marks
export const selectNotices = (s: AppState) => s.notices
export const selectCameraRequest = (s: AppState) => s.cameraRequest
export const selectMarkIntensity = (s: AppState) => s.markIntensity
export const selectPainting = (s: AppState) => s.painting
