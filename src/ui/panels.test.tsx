// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithStore } from '../../tests/fixtures/renderWithStore'
import { DataErrorScreen } from './DataErrorScreen'
import { LookupPanel } from './LookupPanel'
import { SearchBox } from './SearchBox'
import { SidePanel } from './SidePanel'

afterEach(cleanup)

describe('side panel', () => {
  it('lists muscles by region when nothing is selected, and selects from the list', () => {
    const { store } = renderWithStore(<SidePanel />)
    fireEvent.click(screen.getByRole('button', { name: /Masseter/ }))
    expect(store.getState().muscle).toBe('masseter')
  })

  it('shows the selected muscle, its trigger points and opens one with its details', () => {
    const { store } = renderWithStore(<SidePanel />, {
      muscle: 'upper-trapezius' as never,
      side: 'L',
    })
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeTruthy()
    expect(screen.getByText(/left side/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /^TrP1/ }))
    expect(store.getState().triggerPoint).toBe('upper-trapezius-trp1')
    expect(screen.getByRole('heading', { name: 'Where to find it' })).toBeTruthy()
    const link = screen.getByRole('link', { name: 'example.org' })
    expect(link.getAttribute('href')).toBe('https://example.org/study')
    fireEvent.click(screen.getByRole('button', { name: 'Ischemic compression' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Ischemic compression' })).toBeTruthy()
    expect(screen.getByText('10-30 s')).toBeTruthy()
  })

  it('previews a trigger point pattern on hover', () => {
    const { store } = renderWithStore(<SidePanel />, { muscle: 'temporalis' as never })
    fireEvent.mouseEnter(screen.getByRole('button', { name: /^TrP1/ }))
    expect(store.getState().hoverTriggerPoint).toEqual({ id: 'temporalis-trp1', side: 'R' })
  })

  it('shows a condition with its muscles and red flags', () => {
    renderWithStore(<SidePanel />, { condition: 'tmj-dysfunction' as never })
    expect(screen.getByRole('heading', { level: 2, name: 'TMJ dysfunction' })).toBeTruthy()
    const flags = screen.getByRole('region', { name: 'Red flags' })
    expect(within(flags).getByText('x')).toBeTruthy()
    expect(screen.getByRole('button', { name: /Masseter/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Temporalis/ })).toBeTruthy()
  })

  it('opens the About page with the five factors and the disclaimer', () => {
    renderWithStore(<SidePanel />, { page: 'about' })
    expect(screen.getByText(/Postural distortion/)).toBeTruthy()
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy()
  })
})

describe('search box', () => {
  it('is keyboard driven: type, arrow, enter', () => {
    const { store } = renderWithStore(<SearchBox />)
    const input = screen.getByRole('combobox')
    fireEvent.change(input, { target: { value: 'TMJ' } })
    expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/TMJ dysfunction/)
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(store.getState().condition).toBe('tmj-dysfunction')
  })
})

describe('lookup panel', () => {
  it('ranks candidates for marked areas and opens one in the explorer', () => {
    const { store } = renderWithStore(<LookupPanel />, {
      mode: 'lookup',
      marks: [{ region: 'temple.L', intensity: 2 }],
    })
    const items = within(screen.getByRole('list', { name: 'Candidates' })).getAllByRole('button')
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Temporalis TrP1 \(left\)essential over Left temple/),
      expect.stringMatching(/^Upper trapezius TrP1 \(left\)/),
    ])
    fireEvent.click(items[1]!)
    expect(store.getState()).toMatchObject({
      mode: 'explore',
      triggerPoint: 'upper-trapezius-trp1',
      side: 'L',
    })
  })

  it('marks a region from the chart with the keyboard', () => {
    const { store } = renderWithStore(<LookupPanel />, { mode: 'lookup' })
    const jaw = screen.getByRole('checkbox', { name: 'Left jaw' })
    fireEvent.keyDown(jaw, { key: 'Enter' })
    expect(store.getState().marks).toEqual([{ region: 'jaw.L', intensity: 2 }])
    fireEvent.keyDown(jaw, { key: ' ' })
    expect(store.getState().marks).toEqual([])
  })
})

describe('data error screen', () => {
  it('names file, path and reason for every problem', () => {
    renderWithStore(
      <DataErrorScreen problems={[{ file: 'data/x.json', path: '$.id', message: 'bad id' }]} />,
    )
    expect(screen.getByRole('alert').textContent).toMatch(/data\/x.json \$\.id: bad id/)
  })
})

describe('hover label', () => {
  it('names the muscle under the pointer and its side', async () => {
    const { HoverLabel } = await import('./HoverLabel')
    const { store } = renderWithStore(<HoverLabel />)
    expect(screen.queryByRole('status')).toBeNull()
    act(() => store.getState().actions.hover({ muscle: 'masseter' as never, side: 'L' }))
    expect(screen.getByRole('status').textContent).toBe('Masseter (left)')
  })

  it('names a model-only muscle and says the atlas has no trigger points for it', async () => {
    const { HoverLabel } = await import('./HoverLabel')
    const { store } = renderWithStore(<HoverLabel />, {}, new Set(['depressor-labii-inferioris']))
    act(() =>
      store.getState().actions.hover({ muscle: 'depressor-labii-inferioris' as never, side: 'R' }),
    )
    expect(screen.getByRole('status').textContent).toBe(
      'Depressor labii inferioris (right) · no trigger points in this atlas',
    )
    act(() => store.getState().actions.hover({ muscle: 'not-a-muscle' as never, side: 'R' }))
    expect(screen.queryByRole('status')).toBeNull()
  })
})
