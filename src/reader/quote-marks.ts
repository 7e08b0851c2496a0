/**
 * Marks in a paragraph: the plan's text cut into runs at the positions of the quotes it carries,
 * each run knowing which marks cover it. Marks may overlap or coincide (several commitments
 * quote the same words); the runs never do. Pure: the reader renders the runs as text, never as
 * HTML.
 */

export interface Mark<T> {
  /** Offsets in the text, in UTF-16 code units; `end` is exclusive. */
  start: number;
  end: number;
  value: T;
}

export interface Run<T> {
  text: string;
  start: number;
  /** The marks covering this run, in the order they were given; empty for plain text. */
  values: T[];
}

/** Where each quote first stands in the text; a quote that is not there gets no mark. */
export function quoteMarks<T>(text: string, items: readonly { quote: string; value: T }[]): Mark<T>[] {
  const marks: Mark<T>[] = [];
  for (const { quote, value } of items) {
    if (quote.length === 0) continue;
    const start = text.indexOf(quote);
    if (start >= 0) marks.push({ start, end: start + quote.length, value });
  }
  return marks;
}

/** Every place `query` stands in the text, ignoring case (Latin letters in the plan: TOD, 5G). */
export function matchMarks<T>(text: string, query: string, value: T): Mark<T>[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const lower = text.toLowerCase();
  const marks: Mark<T>[] = [];
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length))
    marks.push({ start: at, end: at + q.length, value });
  return marks;
}

/** Cuts the text at every mark's start and end; runs that no mark covers have no values. */
export function splitAtMarks<T>(text: string, marks: readonly Mark<T>[]): Run<T>[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<T>[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const values = valid.filter((m) => m.start <= a && m.end >= b).map((m) => m.value);
    const last = runs.at(-1);
    // Neighbouring plain runs join (they only arise from cuts of marks elsewhere).
    if (last && last.values.length === 0 && values.length === 0) last.text += text.slice(a, b);
    else runs.push({ text: text.slice(a, b), start: a, values });
  }
  return runs;
}
