import { goldIndicator } from './figure-context.js';
import type { ArticleExtraction, EntityMention, FigureMention, RoleMention } from '../types.js';

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
  // The figure's context; absent in annotations made before the gold had it.
  metric?: string | null;
  /** A core catalogue id (see goldIndicator), or null. */
  indicator?: string | null;
  subject?: string | null;
  period?: string | null;
  change?: FigureMention['change'];
  status?: FigureMention['status'];
  comparedTo?: string;
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

const LEVEL_PREFIX = /^(?:tỉnh|thành phố|tp\.?|t\.p\.?)\s*/iu;

/**
 * A province as the article spells it ("Đắc Lắk", "Thanh Hoá"), unless the text abbreviates or
 * shortens the name ("TP. HCM", "BR-VT", "Huế"), which the full name then replaces.
 */
function spelling(e: EntityMention): string {
  const written = e.text.replace(LEVEL_PREFIX, '').trim();
  const words = (s: string) => s.split(/[\s-]+/u).filter(Boolean).length;
  return written && words(written) === words(e.name) ? written : e.name;
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
      provinces.set(e.key, spelling(e));
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
      metric: f.metric,
      indicator: goldIndicator(f),
      subject: f.subject,
      period: f.period,
      change: f.change,
      status: f.status,
      ...(f.comparedTo !== null ? { comparedTo: f.comparedTo } : {}),
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
