import type { ReactNode } from 'react'

interface Props {
  /** Small caps line above the title ("Condition", "Technique · Relieve pain"). */
  eyebrow: ReactNode
  title: string
  titleId: string
  /** The eyebrow's link: close, back, show the other side. */
  action?: { label: string; onClick: () => void }
  aliases?: readonly string[]
  summary?: string
}

/** The head every panel shares: eyebrow with one action, title, aliases, plain summary. */
export function PanelHeader({ eyebrow, title, titleId, action, aliases = [], summary }: Props) {
  return (
    <header>
      <p className="eyebrow">
        {eyebrow}
        {action && (
          <button type="button" className="link" onClick={action.onClick}>
            {action.label}
          </button>
        )}
      </p>
      <h2 id={titleId}>{title}</h2>
      {aliases.length > 0 && <p className="aliases">Also: {aliases.join(', ')}</p>}
      {summary && <p className="summary">{summary}</p>}
    </header>
  )
}
