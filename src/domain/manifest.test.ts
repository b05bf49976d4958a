import { describe, expect, it } from 'vitest'
import { modelMuscleName, partName } from './manifest'

describe('model part names', () => {
  it('names a part by muscle and side as the model does', () => {
    expect(partName('masseter', 'L')).toBe('masseter.L')
  })

  it('turns a model-only muscle id into a readable name, with the limb for hand and foot muscles', () => {
    expect(modelMuscleName('depressor-labii-inferioris')).toBe('Depressor labii inferioris')
    expect(modelMuscleName('lumbricals-foot')).toBe('Lumbricals (foot)')
    expect(modelMuscleName('flexor-digiti-minimi-brevis-foot')).toBe(
      'Flexor digiti minimi brevis (foot)',
    )
    expect(modelMuscleName('palmar-interossei')).toBe('Palmar interossei')
  })
})
