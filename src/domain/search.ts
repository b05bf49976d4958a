import MiniSearch from 'minisearch'
import type { Dataset } from './dataset'

export type SearchKind = 'muscle' | 'triggerPoint' | 'condition' | 'technique'

export interface SearchHit {
  readonly kind: SearchKind
  readonly id: string
  readonly title: string
  /** Secondary line: the muscle a trigger point belongs to, a condition's or technique's summary. */
  readonly detail: string
}

interface Doc extends SearchHit {
  readonly key: string
  readonly aliases: string
}

const kindBoost: Record<SearchKind, number> = {
  muscle: 1.3,
  condition: 1.2,
  technique: 1,
  triggerPoint: 0.8,
}

/**
 * A full-text index over muscles, trigger points, conditions and techniques: names and aliases,
 * prefix and typo tolerant ("glute min", "SCM", "TMJ", "trapz"). Build once per dataset.
 */
export function createSearchIndex(
  dataset: Dataset,
): (query: string, limit?: number) => SearchHit[] {
  const docs: Doc[] = []
  const add = (
    kind: SearchKind,
    id: string,
    title: string,
    aliases: readonly string[],
    detail: string,
  ) => docs.push({ key: `${kind}:${id}`, kind, id, title, aliases: aliases.join(' · '), detail })
  for (const m of dataset.muscles) add('muscle', m.id, m.name, m.aliases, m.summary)
  for (const tp of dataset.triggerPoints) {
    const m = dataset.muscleOfTriggerPoint.get(tp.id)!
    add(
      'triggerPoint',
      tp.id,
      `${m.name} ${tp.label}`,
      m.aliases.map((a) => `${a} ${tp.label}`),
      tp.referral.summary,
    )
  }
  for (const c of dataset.conditions) add('condition', c.id, c.name, c.aliases, c.summary)
  for (const t of dataset.techniques) add('technique', t.id, t.name, t.aliases, t.summary)

  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['title', 'aliases'],
    storeFields: ['kind', 'id', 'title', 'detail'],
    searchOptions: {
      boost: { title: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
    },
  })
  index.addAll(docs)

  return (query, limit = 12) => {
    const q = query.trim()
    if (!q) return []
    return index
      .search(q, {
        boostDocument: (_key, _term, stored) => kindBoost[(stored?.kind as SearchKind) ?? 'muscle'],
      })
      .slice(0, limit)
      .map((r) => ({
        kind: r.kind as SearchKind,
        id: r.id as string,
        title: r.title as string,
        detail: r.detail as string,
      }))
  }
}
