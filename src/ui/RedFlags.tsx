/** Signs that need a physician before any muscle work: shown in About and with the lookup results. */
export function RedFlags() {
  return (
    <section className="red-flags" aria-label="Red flags">
      <h3>See a physician first if you have</h3>
      <ul>
        <li>
          Chest pain, pressure or pain into the arm or jaw, especially with breathlessness or
          sweating
        </li>
        <li>
          A sudden, severe or “worst ever” headache, or headache with fever, stiff neck or confusion
        </li>
        <li>Numbness, tingling or weakness that is spreading or getting worse</li>
        <li>Loss of bladder or bowel control, or numbness around the groin and buttocks</li>
        <li>Pain at night or at rest with fever, chills or unexplained weight loss</li>
        <li>Pain after a fall, accident or other injury</li>
        <li>A hot, red, swollen joint or a swollen, warm, painful calf</li>
      </ul>
    </section>
  )
}
