/** Where the sources say different things about a figure on a card: level bands, averages, a location. */
import type { ExperienceReading } from './band';
import { marketOf, type Dataset } from './dataset';
import type { Location, Role } from './domain';
import { provenanceOf } from './provenance';
import type { Disagreement } from './types';

export function disagreementsFor(
  dataset: Dataset,
  role: Role,
  reading: Pick<ExperienceReading, 'lower'>,
  location: Location,
): Disagreement[] {
  const out: Disagreement[] = [];
  const readings = marketOf(dataset, role.id)[reading.lower].readings;
  const distinct = new Set(readings.map((r) => `${r.band.low.value}-${r.band.high.value}`));
  if (distinct.size > 1) {
    out.push({
      kind: 'level-bands',
      level: reading.lower,
      bands: readings.map((r) => ({
        low: r.band.low.value,
        high: r.band.high.value,
        openEnded: r.band.openEnded === true,
        provenance: provenanceOf(r.band.low),
      })),
    });
  }
  const averages = role.figures.filter((f) => f.kind === 'average');
  const values = averages.map((f) => f.figure.value);
  if (values.length > 1 && Math.max(...values) > Math.min(...values) * 1.1) {
    out.push({
      kind: 'averages',
      figures: averages.map((f) => ({
        label: f.label,
        annualUsd: f.figure.value,
        provenance: provenanceOf(f.figure),
      })),
    });
  }
  const premium = location.articlePremium;
  if (premium !== undefined) {
    const ratio = location.ratio.value;
    if (ratio < 1 + premium.low.value / 100 || ratio > 1 + premium.high.value / 100) {
      out.push({
        kind: 'location-premium',
        locationId: location.id,
        articles: {
          lowPercent: premium.low.value,
          highPercent: premium.high.value,
          provenance: provenanceOf(premium.low),
        },
        publicRatio: { ratio, provenance: provenanceOf(location.ratio) },
      });
    }
  }
  return out;
}
