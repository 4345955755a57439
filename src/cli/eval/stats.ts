/** Small statistics helpers for the evaluation script: confusion counts, F1, Spearman with average ranks. */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryScores extends BinaryCounts {
  /** gold positives (tp + fn) */
  support: number;
  /** null when nothing was predicted positive (0/0) */
  precision: number | null;
  /** null when there are no gold positives */
  recall: number | null;
  /** null when there are neither gold nor predicted positives */
  f1: number | null;
}

export const newCounts = (): BinaryCounts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function addPair(c: BinaryCounts, gold: boolean, pred: boolean): void {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

export function scores(c: BinaryCounts): BinaryScores {
  const support = c.tp + c.fn;
  const predicted = c.tp + c.fp;
  const precision = predicted > 0 ? c.tp / predicted : null;
  const recall = support > 0 ? c.tp / support : null;
  let f1: number | null;
  if (support === 0 && predicted === 0) f1 = null;
  else f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { ...c, support, precision, recall, f1 };
}

/** 1-based ranks; tied values all get the mean of the ranks they span. */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const ranks = new Array<number>(xs.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && xs[order[j + 1]!] === xs[order[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = r;
    i = j + 1;
  }
  return ranks;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null; // a constant series has no rank correlation
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho = Pearson correlation of the average ranks (correct with ties). Null if either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}

/** Multi-class macro-F1 over the given labels; a label absent from both gold and predictions is left out of the mean. */
export function macroF1<L extends string>(labels: readonly L[], matrix: number[][]): { macroF1: number | null; perClass: Record<L, BinaryScores> } {
  const perClass = {} as Record<L, BinaryScores>;
  const f1s: number[] = [];
  labels.forEach((label, k) => {
    const tp = matrix[k]![k]!;
    const fn = matrix[k]!.reduce((s, v) => s + v, 0) - tp;
    const fp = matrix.reduce((s, row) => s + row[k]!, 0) - tp;
    const total = matrix.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
    const sc = scores({ tp, fp, fn, tn: total - tp - fp - fn });
    perClass[label] = sc;
    if (sc.f1 !== null) f1s.push(sc.f1);
  });
  return { macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null, perClass };
}
