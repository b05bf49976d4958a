// Reads the authored data and the generated model contract from disk (Node only).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  manifestSchema,
  regionAtlasSchema,
  type Manifest,
  type RegionAtlas,
} from '../src/domain/manifest'
import type { Dataset } from '../src/domain/dataset'
import { parseDataset, type RawDataset, type RawFile } from '../src/domain/parseDataset'
import { formatProblem } from '../src/domain/problems'
import { buildReferralIndex, type ReferralIndex } from '../src/domain/referralRegions'

const dataDir = 'data/trigger-points'

function readJson(file: string): RawFile {
  const text = readFileSync(file, 'utf8')
  try {
    return { file, json: JSON.parse(text) as unknown }
  } catch (e) {
    // A file that is not JSON at all still reaches validation, which reports it with its name.
    return { file, json: { __invalidJson: (e as Error).message } }
  }
}

export function readRawDataset(root = '.'): RawDataset {
  const dir = join(root, dataDir, 'muscles')
  return {
    muscles: readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readJson(join(dir, f))),
    conditions: readJson(join(root, dataDir, 'conditions.json')),
    techniques: readJson(join(root, dataDir, 'techniques.json')),
    sources: readJson(join(root, dataDir, 'sources.json')),
  }
}

export function readManifest(root = '.'): Manifest {
  return manifestSchema.parse(
    JSON.parse(readFileSync(join(root, 'assets/models/manifest.json'), 'utf8')),
  )
}

export function readAtlas(root = '.'): RegionAtlas {
  return regionAtlasSchema.parse(
    JSON.parse(readFileSync(join(root, 'assets/models/region-atlas.json'), 'utf8')),
  )
}

/**
 * The model contract, the validated dataset and its referral index, for tools and tests that need
 * valid data; invalid data throws with every problem (file, path, reason).
 */
export function loadValidData(root = '.'): {
  manifest: Manifest
  atlas: RegionAtlas
  dataset: Dataset
  referral: ReferralIndex
} {
  const manifest = readManifest(root)
  const atlas = readAtlas(root)
  const parsed = parseDataset(readRawDataset(root), manifest)
  if (!parsed.ok)
    throw new Error(`the data has problems:\n${parsed.problems.map(formatProblem).join('\n')}`)
  const referral = buildReferralIndex(parsed.dataset, manifest.landmarks, atlas)
  return { manifest, atlas, dataset: parsed.dataset, referral }
}
