import {
  selectCondition,
  selectMode,
  selectMuscle,
  selectPage,
  selectTechnique,
} from '../state/selectors'
import { useApp } from '../state/StoreProvider'
import { AboutPage } from './AboutPage'
import { ConditionPanel } from './ConditionPanel'
import { ConditionsIndex, TechniquesIndex } from './IndexPages'
import { LookupPanel } from './LookupPanel'
import { MuscleBrowser } from './MuscleBrowser'
import { MusclePanel } from './MusclePanel'
import { TechniquePanel } from './TechniquePanel'

/** Which panel the side column shows: the most specific thing the user opened wins. */
export function SidePanel() {
  const page = useApp(selectPage)
  const technique = useApp(selectTechnique)
  const muscle = useApp(selectMuscle)
  const condition = useApp(selectCondition)
  const mode = useApp(selectMode)
  if (technique) return <TechniquePanel techniqueId={technique} />
  if (page === 'about') return <AboutPage />
  if (page === 'conditions') return <ConditionsIndex />
  if (page === 'techniques') return <TechniquesIndex />
  if (mode === 'lookup') return <LookupPanel />
  if (muscle) return <MusclePanel muscleId={muscle} />
  if (condition) return <ConditionPanel conditionId={condition} />
  return <MuscleBrowser />
}
