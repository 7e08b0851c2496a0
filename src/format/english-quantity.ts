/**
 * Quantities in the plan's Chinese units (亿元, 万人, 万亩, 万平方米 …) said the English way:
 * "CNY 13 bn", "200,000 people", "22,200 mu (1,480 ha)", never "20 ×10⁴ people". The value is
 * scaled by its power of ten exactly (by shifting the decimal point, not by multiplying), and keeps
 * the precision the plan gave it: 13.8亿元 is "CNY 1.38 bn", not "CNY 1.4 bn".
 */
import type { Unit } from '../data/schema.ts';

interface EnglishUnit {
  /** The unit's power of ten: 万 is 4, 亿 is 8. */
  exp: number;
  /** The plain unit after the number, or a currency before it. */
  unit?: string;
  currency?: string;
  /** Area in mu: hectares follow in brackets. */
  hectares?: boolean;
}

const EN: Partial<Record<Unit, EnglishUnit>> = {
  yi_yuan: { exp: 8, currency: 'CNY' },
  wan_yuan: { exp: 4, currency: 'CNY' },
  yi_usd: { exp: 8, currency: 'USD' },
  wan_people: { exp: 4, unit: 'people' },
  wan_m2: { exp: 4, unit: 'm²' },
  wan_mu: { exp: 4, unit: 'mu', hectares: true },
  mu: { exp: 0, unit: 'mu', hectares: true },
  wan_tonnes: { exp: 4, unit: 't' },
  wan_head: { exp: 4, unit: 'head' },
  yi_bags: { exp: 8, unit: 'bags' },
  // 1万千瓦 is 10 MW.
  wan_kw: { exp: 1, unit: 'MW' },
  wan_m3: { exp: 4, unit: 'm³' },
  wan_tonnes_per_day: { exp: 4, unit: 't/day' },
  wan_mu_times: { exp: 4, unit: 'mu-times' },
  wan_count: { exp: 4 },
  wan_tonnes_per_year: { exp: 4, unit: 't/year' },
  wan_visits: { exp: 4, unit: 'visits' },
};

/** Whether English says a quantity of this unit in plain units rather than with its Chinese unit word. */
export function hasEnglishForm(unit: Unit): boolean {
  return unit in EN;
}

const MU_PER_HA = 15;

/** `value` × 10^`exp`, exactly for the decimals the plan writes (13.8e8, not 13.8 × 100000000). */
function shift(value: number, exp: number): number {
  const s = String(value);
  return s.includes('e') ? value * 10 ** exp : Number(`${s}e${exp}`);
}

function decimals(value: number): number {
  const s = String(value);
  if (s.includes('e')) return 6;
  return s.split('.')[1]?.length ?? 0;
}

const en = (n: number, digits: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: Math.max(0, Math.min(digits, 8)) }).format(n);

/** A plain number, in millions or billions when large: "200,000", "1.5 million", "13 bn". */
function scaled(value: number, exp: number, digits: number, bn: string): string {
  const n = Math.abs(shift(value, exp));
  const magnitude = n >= 1e9 ? 9 : n >= 1e6 ? 6 : 0;
  const shown = shift(shift(value, exp), -magnitude);
  // Fraction digits the plan's precision allows, in the unit shown.
  const text = en(shown, digits - (exp - magnitude));
  return magnitude === 9 ? `${text} ${bn}` : magnitude === 6 ? `${text} million` : text;
}

/**
 * The English text of a quantity in a Chinese plan unit, or undefined if the unit reads the same in
 * English (km², ha, %, km). `maxDigits` is the precision kept in the plan's own unit.
 */
export function englishQuantity(value: number, unit: Unit, maxDigits = 2): string | undefined {
  const u = EN[unit];
  if (!u) return undefined;
  const digits = Math.min(decimals(value), maxDigits);
  if (u.currency) return `${u.currency} ${scaled(value, u.exp, digits, 'bn')}`;
  const number = scaled(value, u.exp, digits, 'billion');
  const main = u.unit ? `${number} ${u.unit}` : number;
  if (!u.hectares) return main;
  const ha = shift(value, u.exp) / MU_PER_HA;
  return `${main} (${en(ha, ha >= 100 ? 0 : ha >= 10 ? 1 : 2)} ha)`;
}
