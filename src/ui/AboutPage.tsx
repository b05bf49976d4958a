import { useActions } from '../state/StoreProvider'
import { PanelHeader } from './PanelHeader'
import { RedFlags } from './RedFlags'

/** Plain-words background: what a trigger point is, the five NMT factors, stages of care, a session. */
export function AboutPage() {
  const actions = useActions()
  return (
    <article className="panel about" aria-labelledby="about-title">
      <PanelHeader
        eyebrow="About"
        title="Trigger points, in plain words"
        titleId="about-title"
        action={{ label: 'close', onClick: () => actions.openPage(null) }}
      />
      <section>
        <h3>What is a trigger point?</h3>
        <p>
          A trigger point is a small, very tender spot inside a tight band of muscle. Pressing it
          hurts on the spot and often somewhere else too: this is <em>referred pain</em>. A knot at
          the top of the shoulder can be felt as a headache at the temple; a point deep in the
          buttock can send pain down the back of the leg. That is why pain is often far from where
          it starts.
        </p>
        <p>
          On this map an <strong>✕</strong> marks where a trigger point is usually found. The{' '}
          <strong>solid red</strong> area is where nearly everyone with that point feels pain (the
          essential zone); the <strong>hatched</strong> area is where some people feel it too (the
          spillover zone).
        </p>
      </section>
      <section>
        <h3>Five things neuromuscular therapy looks at</h3>
        <ol>
          <li>
            <strong>Trigger points</strong>: the tender spots and the pain they refer.
          </li>
          <li>
            <strong>Ischemia</strong>: tissue that gets too little blood flow, from tension held too
            long.
          </li>
          <li>
            <strong>Nerve entrapment and compression</strong>: a nerve squeezed by muscle or by bone
            and disc.
          </li>
          <li>
            <strong>Postural distortion</strong>: the body held out of balance, loading some muscles
            all day.
          </li>
          <li>
            <strong>Biomechanical dysfunction</strong>: movement habits and joint mechanics that
            strain tissue.
          </li>
        </ol>
      </section>
      <section>
        <h3>Care comes in stages</h3>
        <p>Over a series of sessions the aims change, in this order:</p>
        <ol>
          <li>Relieve the pain.</li>
          <li>Correct the structure (posture, tight and shortened tissue).</li>
          <li>Restore flexibility.</li>
          <li>Build strength.</li>
          <li>Build endurance, so the improvement lasts.</li>
        </ol>
      </section>
      <section>
        <h3>What a session involves</h3>
        <p>
          The therapist asks where and when it hurts and what makes it worse, looks at posture and
          movement, then feels the muscles for tight bands and tender points. Treatment may include
          sustained pressure on a point (usually held 10 to 30 seconds until it softens), gentle
          stretching, muscle energy techniques and advice for home: self-massage with a ball,
          stretches, heat, and changes to posture or work set-up.
        </p>
      </section>
      <RedFlags />
      <section>
        <h3>About this atlas</h3>
        <p>
          Trigger Point Atlas is for learning. It is not a diagnosis and not a substitute for a
          clinician. Every pattern comes from the published trigger point literature, cited on its
          card. Nothing you do here leaves your browser.
        </p>
      </section>
    </article>
  )
}
