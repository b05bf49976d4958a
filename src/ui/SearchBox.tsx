import { useId, useMemo, useState } from 'react'
import { createSearchIndex, type SearchHit } from '../domain/search'
import { useActions, useDataset } from '../state/StoreProvider'

const kindLabel = {
  muscle: 'Muscle',
  triggerPoint: 'Trigger point',
  condition: 'Condition',
  technique: 'Technique',
} as const

/** Finds muscles, trigger points, conditions and techniques by name or alias; a keyboard-driven combobox. */
export function SearchBox() {
  const dataset = useDataset()
  const actions = useActions()
  const search = useMemo(() => createSearchIndex(dataset), [dataset])
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState(false)
  const hits = useMemo(() => search(query, 10), [search, query])
  const listId = useId()
  const shown = open && query.trim() !== ''

  const choose = (hit: SearchHit) => {
    if (hit.kind === 'muscle') actions.selectMuscle(hit.id as never)
    else if (hit.kind === 'triggerPoint') actions.selectTriggerPoint(hit.id as never)
    else if (hit.kind === 'condition') actions.selectCondition(hit.id as never)
    else actions.openTechnique(hit.id as never)
    setQuery('')
    setOpen(false)
  }

  return (
    <div className="search" role="search">
      <input
        id="search-input"
        type="search"
        role="combobox"
        aria-label="Search muscles, trigger points, conditions and techniques"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search: SCM, glute min, TMJ…  ( / )"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
          setOpen(true)
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
          else if (e.key === 'Enter' && hits[active]) choose(hits[active])
          else if (e.key === 'Escape') {
            setQuery('')
            setOpen(false)
            e.currentTarget.blur()
          } else return
          e.preventDefault()
          e.stopPropagation()
        }}
      />
      {shown && (
        <ul className="search-results" role="listbox" id={listId} aria-label="Search results">
          {hits.length === 0 && <li className="muted">Nothing found for “{query}”.</li>}
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault()
                choose(hit)
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`kind kind-${hit.kind}`}>{kindLabel[hit.kind]}</span>
              <span className="title">{hit.title}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
