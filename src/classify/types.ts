/** Public shapes of the classifier. Stable: the CLI prints these, the worker stores them. */

export const FLAG_IDS = [
  'vulgarity',
  'insult',
  'legal_threat',
  'physical_threat',
  'escalation_request',
  'impatience',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export type Lang = 'es' | 'en' | 'und';
export type Tone = 'calm' | 'frustrated' | 'angry';

/** Why a flag fired: a span of the ORIGINAL text, the rule that fired and a short reason. */
export interface Evidence {
  flag: FlagId | 'anger';
  start: number;
  end: number;
  rule: string;
  reason: string;
}

export interface Assessment {
  lang: Lang;
  tone: Tone;
  /** 0..1; see tunables.ts for the bands that map it to a tone. */
  anger: number;
  flags: FlagId[];
  scores: Record<FlagId, number>;
  evidence: Evidence[];
}

/** One lexicon row: `term	weight	except	note`. */
export interface LexiconRow {
  term: string;
  weight: number;
  except: string[];
  note: string;
}

/** Raw TSV text per language and category, as loaded by the caller (fs in Node, bundler in the worker). */
export type LexiconSources = Partial<Record<'es' | 'en', Record<string, string>>>;
