import type { DataProblem } from '../domain/problems'

/** Shown instead of the app when the bundled data fails validation: every problem with file, path and reason. */
export function DataErrorScreen({ problems }: { problems: readonly DataProblem[] }) {
  return (
    <main className="error-screen" role="alert">
      <h1>The atlas data has problems</h1>
      <p>
        Trigger Point Atlas did not start because {problems.length}{' '}
        {problems.length === 1 ? 'problem was' : 'problems were'} found in its data files. Run{' '}
        <code>npm run data:check</code> for the same list.
      </p>
      <ol className="problems">
        {problems.slice(0, 200).map((p, i) => (
          <li key={i}>
            <code>{p.file}</code> <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ol>
    </main>
  )
}
