import type { ArticleExtraction, FigureMention, RoleMention } from '../types.js';

// The gold-annotation shape (shared/gold/README.md): one entry per person, province and
// meeting, one per distinct figure.

export interface GoldPerson {
  name: string;
  title: string | null;
}

export interface GoldFigure {
  value: number;
  value_max?: number;
  unit: FigureMention['unit'];
  noun?: string;
  qualifier: FigureMention['qualifier'];
  text: string;
}

export interface GoldDoc {
  id: string;
  persons: GoldPerson[];
  provinces: string[];
  conferences: { name: string; edition: number | null }[];
  figures: GoldFigure[];
}

/** The title that says most about the person: the first naming a body or place, else the longest. */
function bestTitle(roles: readonly RoleMention[]): string | null {
  const specific = roles.find((r) => r.organization || r.province);
  if (specific) return specific.title;
  return roles.reduce<string | null>((best, r) => (best === null || r.title.length > best.length ? r.title : best), null);
}

export function toGold(id: string, extraction: ArticleExtraction): GoldDoc {
  const persons = new Map<string, GoldPerson>();
  const provinces = new Map<string, string>();
  const conferences = new Map<string, { name: string; edition: number | null }>();
  for (const e of extraction.entities) {
    if (e.kind === 'person' && !persons.has(e.key)) {
      const roles = extraction.roles.filter((r) => r.personKey === e.key);
      persons.set(e.key, { name: e.name, title: bestTitle(roles) });
    } else if (e.kind === 'province' && !provinces.has(e.key)) {
      provinces.set(e.key, e.name);
    } else if (e.kind === 'conference' && !conferences.has(e.key)) {
      const edition = e.attributes?.['edition'];
      conferences.set(e.key, { name: e.name, edition: typeof edition === 'number' ? edition : null });
    }
  }
  const figures = new Map<string, GoldFigure>();
  for (const f of extraction.figures) {
    const key = `${f.unit}:${f.value}:${f.valueMax ?? ''}`;
    if (figures.has(key)) continue;
    figures.set(key, {
      value: f.value,
      ...(f.valueMax !== null ? { value_max: f.valueMax } : {}),
      unit: f.unit,
      ...(f.noun ? { noun: f.noun } : {}),
      qualifier: f.qualifier,
      text: f.text,
    });
  }
  return {
    id,
    persons: [...persons.values()],
    provinces: [...provinces.values()],
    conferences: [...conferences.values()],
    figures: [...figures.values()],
  };
}
