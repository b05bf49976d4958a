import type { Dataset } from './dataset'
import type { ConditionId, MuscleId, TechniqueId, TriggerPointId } from './schema'
import {
  defaultViewState,
  layerToggles,
  modes,
  pages,
  views,
  type LayerToggle,
  type Mark,
  type Page,
  type ViewState,
} from './viewState'

/** What the URL decoder needs to know to reject unknown ids. */
export interface KnownIds {
  readonly dataset: Dataset
  readonly regionIds: ReadonlySet<string>
}

/**
 * Encodes a view state as readable query parameters, writing only what differs from the defaults:
 * `?muscle=upper-trapezius&side=L&tp=upper-trapezius-trp1&view=back&hide=skin`.
 */
export function encodeViewState(s: ViewState): string {
  const q = new URLSearchParams()
  const d = defaultViewState
  if (s.mode !== d.mode) q.set('mode', s.mode)
  if (s.muscle) q.set('muscle', s.muscle)
  if (s.muscle && s.side !== d.side) q.set('side', s.side)
  if (s.triggerPoint) q.set('tp', s.triggerPoint)
  if (s.condition) q.set('condition', s.condition)
  if (s.technique) q.set('technique', s.technique)
  if (s.page) q.set('page', s.page)
  if (s.view !== d.view) q.set('view', s.view)
  const shown = layerToggles.filter((l) => s.layers[l] && !d.layers[l])
  const hidden = layerToggles.filter((l) => !s.layers[l] && d.layers[l])
  if (shown.length) q.set('show', shown.join(','))
  if (hidden.length) q.set('hide', hidden.join(','))
  if (s.referral !== d.referral) q.set('referral', s.referral ? '1' : '0')
  if (s.regions !== d.regions) q.set('regions', s.regions ? '1' : '0')
  if (s.marks.length)
    q.set(
      'marks',
      s.marks.map((m) => (m.intensity === 1 ? m.region : `${m.region}:${m.intensity}`)).join(','),
    )
  const text = q.toString()
  return text ? `?${text}` : ''
}

export interface Decoded {
  readonly state: ViewState
  /** One short sentence per thing in the URL that was not understood and was left out. */
  readonly notices: readonly string[]
}

/**
 * Decodes a query string. Never throws: unknown ids or garbage are dropped, each with a notice, and
 * the rest of the state is kept. A trigger point implies its muscle.
 */
export function decodeViewState(search: string, known: KnownIds): Decoded {
  const notices: string[] = []
  let q: URLSearchParams
  try {
    q = new URLSearchParams(search)
  } catch {
    return {
      state: defaultViewState,
      notices: ['The link could not be read; showing the default view.'],
    }
  }
  const { dataset } = known
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = q.get(key)
    if (v === null) return fallback
    if ((allowed as readonly string[]).includes(v)) return v as T
    notices.push(`Unknown ${key} "${clip(v)}" in the link was ignored.`)
    return fallback
  }
  const id = <T extends string>(key: string, what: string, has: (v: T) => boolean): T | null => {
    const v = q.get(key)
    if (v === null || v === '') return null
    if (has(v as T)) return v as T
    notices.push(`No ${what} "${clip(v)}" in the atlas; it was left out.`)
    return null
  }
  let muscle = id<MuscleId>('muscle', 'muscle', (v) => dataset.muscleById.has(v))
  const triggerPoint = id<TriggerPointId>('tp', 'trigger point', (v) =>
    dataset.triggerPointById.has(v),
  )
  if (triggerPoint) {
    const owner = dataset.muscleOfTriggerPoint.get(triggerPoint)!.id
    if (muscle && muscle !== owner)
      notices.push('The trigger point and muscle in the link disagreed; the trigger point wins.')
    muscle = owner
  }
  const layers = { ...defaultViewState.layers }
  for (const [key, value] of [
    ['show', true],
    ['hide', false],
  ] as const)
    for (const name of (q.get(key) ?? '').split(',').filter(Boolean)) {
      if ((layerToggles as readonly string[]).includes(name)) layers[name as LayerToggle] = value
      else notices.push(`Unknown layer "${clip(name)}" in the link was ignored.`)
    }
  const flag = (key: string, fallback: boolean): boolean => {
    const v = q.get(key)
    if (v === null) return fallback
    if (v === '1' || v === '0') return v === '1'
    notices.push(`The ${key} setting "${clip(v)}" in the link was ignored.`)
    return fallback
  }
  const marks: Mark[] = []
  for (const token of (q.get('marks') ?? '').split(',').filter(Boolean)) {
    const [region = '', level = '1'] = token.split(':')
    const intensity = Number(level)
    if (!known.regionIds.has(region) || ![1, 2, 3].includes(intensity)) {
      notices.push(`The marked area "${clip(token)}" in the link was not recognised.`)
      continue
    }
    if (!marks.some((m) => m.region === region))
      marks.push({ region, intensity: intensity as Mark['intensity'] })
  }
  return {
    state: {
      mode: pick('mode', modes, defaultViewState.mode),
      muscle,
      side: pick('side', ['L', 'R'] as const, defaultViewState.side),
      triggerPoint,
      condition: id<ConditionId>('condition', 'condition', (v) => dataset.conditionById.has(v)),
      technique: id<TechniqueId>('technique', 'technique', (v) => dataset.techniqueById.has(v)),
      page: pick<Page | 'none'>('page', pages, 'none') === 'none' ? null : (q.get('page') as Page),
      view: pick('view', views, defaultViewState.view),
      layers,
      referral: flag('referral', defaultViewState.referral),
      regions: flag('regions', defaultViewState.regions),
      marks,
    },
    notices,
  }
}

const clip = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v)
