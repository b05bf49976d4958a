/** One thing wrong with the data: which file, where in it (a JSON path like `$.triggerPoints[0].id`), why. */
export interface DataProblem {
  readonly file: string
  readonly path: string
  readonly message: string
}

/** JSON path text for a zod-style path array: `['a', 0, 'b']` -> `$.a[0].b`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$'
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`
  return out
}

export const formatProblem = (p: DataProblem): string => `${p.file}: ${p.path}: ${p.message}`
