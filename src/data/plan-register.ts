/**
 * The plan text and the register of commitments, as the app reads them: fetched once, when a view
 * first needs them (the reader, the coverage view, search, "what is here"), never at start-up.
 * They are checked at build time (`npm run validate`), so here they are only parsed and indexed.
 */

import registerUrl from '../../geodata/commitments.json?url';
import planUrl from '../../geodata/plan/plan.json?url';
import type { Commitment, CommitmentsFile, PlanDocument, PlanParagraph, PlanTocNode } from './schema.ts';

export interface PlanText {
  document: PlanDocument;
  paragraphs: ReadonlyMap<string, PlanParagraph>;
  toc: ReadonlyMap<string, PlanTocNode>;
}

export interface Register {
  commitments: readonly Commitment[];
  byId: ReadonlyMap<string, Commitment>;
  /** The commitments each feature places. */
  byFeature: ReadonlyMap<string, readonly Commitment[]>;
  /** The commitments of each paragraph, in register order. */
  byParagraph: ReadonlyMap<string, readonly Commitment[]>;
}

async function fetchJson<T>(url: string, name: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${name} could not be loaded (HTTP ${res.status})`);
  return (await res.json()) as T;
}

let plan: Promise<PlanText> | undefined;
let register: Promise<Register> | undefined;

export function loadPlanText(): Promise<PlanText> {
  plan ??= fetchJson<PlanDocument>(planUrl, 'plan.json').then((document) => ({
    document,
    paragraphs: new Map(document.paragraphs.map((p) => [p.id, p])),
    toc: new Map(document.toc.map((n) => [n.id, n])),
  }));
  // A failed load may be retried.
  plan.catch(() => (plan = undefined));
  return plan;
}

export function loadRegister(): Promise<Register> {
  register ??= fetchJson<CommitmentsFile>(registerUrl, 'commitments.json').then(indexRegister);
  register.catch(() => (register = undefined));
  return register;
}

export function indexRegister(file: CommitmentsFile): Register {
  const byFeature = new Map<string, Commitment[]>();
  const byParagraph = new Map<string, Commitment[]>();
  for (const c of file.commitments) {
    for (const f of c.features) byFeature.set(f, [...(byFeature.get(f) ?? []), c]);
    const p = c.plan_ref.paragraph;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), c]);
  }
  return {
    commitments: file.commitments,
    byId: new Map(file.commitments.map((c) => [c.id, c])),
    byFeature,
    byParagraph,
  };
}
