/** Reads without colour: solid for essential, hatched for spillover, X for the trigger point. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch x" aria-hidden>
          ✕
        </span>
        Trigger point
      </li>
      <li>
        <span className="swatch essential" aria-hidden />
        Essential zone (felt by nearly everyone)
      </li>
      <li>
        <span className="swatch spillover" aria-hidden />
        Spillover zone (felt by some)
      </li>
    </ul>
  )
}
