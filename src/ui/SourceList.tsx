import type { SourceRef } from '../domain/schema'
import { useDataset } from '../state/StoreProvider'

/** Citations: the bibliography entry (with a link to it when it is online) and where in it. */
export function SourceList({ refs }: { refs: readonly SourceRef[] }) {
  const dataset = useDataset()
  return (
    <ul className="sources">
      {refs.map((r, i) => {
        const s = dataset.sourceById.get(r.source)
        return (
          <li key={i}>
            {s?.citation ?? r.source}
            {s?.url && (
              <>
                {' '}
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {new URL(s.url).hostname}
                </a>
              </>
            )}
            {r.locator && <span className="locator"> — {r.locator}</span>}
          </li>
        )
      })}
    </ul>
  )
}
