// Fault rules: how tests make HubSpot time out, drop connections or fail after storing,
// which is how the product's exactly-once promise gets proven.
import { randomUUID } from 'node:crypto';
import { mulberry32 } from './random';
import type { FaultEffect, FaultRule } from './types';

export interface FaultCall {
  method: string;
  /** Path and query, as received. */
  url: string;
  portalId?: number;
}

interface ActiveRule {
  rule: FaultRule & { id: string };
  random: () => number;
}

/** A rule as applied to one call: a one-of action resolved to the effect picked. */
export type TakenFaultRule = FaultRule & { action: FaultEffect };

const EFFECTS = [
  'status',
  'delay',
  'hang',
  'drop-before',
  'drop-after-store',
  'status-after-store',
  'delay-after-store',
  'hang-after-store',
];
const ACTIONS = [...EFFECTS, 'one-of'];

export class FaultRegistry {
  private rules: ActiveRule[] = [];

  /** Adds a rule at the end of the list (rules apply in order, first match wins); returns its id. */
  add(rule: FaultRule): string {
    assertValidRule(rule);
    const id = rule.id ?? randomUUID();
    const random = rule.randomSeed === undefined ? Math.random : mulberry32(rule.randomSeed);
    this.rules.push({ rule: { ...structuredClone(rule), id }, random });
    return id;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.rule.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => structuredClone(r.rule));
  }

  /** The first rule matching this call, consumed once (a rule whose `times` runs out is removed). */
  take(call: FaultCall): TakenFaultRule | undefined {
    for (const active of this.rules) {
      const { rule } = active;
      if (!matches(rule, call)) continue;
      if (rule.path !== undefined) {
        try {
          pathRegex(rule.path);
        } catch {
          throw new Error(`fault rule path is not a valid regex: ${String(rule.path)}`);
        }
      }
      if (rule.probability !== undefined && active.random() >= rule.probability) continue;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times <= 0) this.remove(rule.id);
      }
      const taken = structuredClone(rule);
      if (taken.action.type === 'one-of') taken.action = pickEffect(taken.action.choices, active.random);
      return taken as TakenFaultRule;
    }
    return undefined;
  }
}

function matches(rule: FaultRule, call: FaultCall): boolean {
  if (rule.method && rule.method.toUpperCase() !== call.method.toUpperCase()) return false;
  if (rule.portalId !== undefined && rule.portalId !== call.portalId) return false;
  if (rule.path !== undefined) {
    const regex = pathRegex(rule.path);
    if (regex) return regex.test(call.url);
    const pathname = call.url.split('?')[0] ?? '';
    if (!pathname.startsWith(String(rule.path))) return false;
  }
  return true;
}

/**
 * A RegExp, or a string written '/pattern/flags' whose pattern has a regex special character
 * (so that a plain prefix such as '/crm/owners/2026-03/' is never mistaken for a regex).
 */
export function pathRegex(path: string | RegExp): RegExp | undefined {
  if (path instanceof RegExp) return path;
  const parts = /^\/(.+)\/([dgimsuy]*)$/.exec(path);
  if (parts?.[1] === undefined || !/[\\^$.*+?()[\]{}|]/.test(parts[1])) return undefined;
  return new RegExp(parts[1], parts[2]);
}

function pickEffect(choices: Array<{ weight: number; action: FaultEffect }>, random: () => number) {
  const total = choices.reduce((sum, c) => sum + c.weight, 0);
  let pick = random() * total;
  for (const choice of choices) {
    pick -= choice.weight;
    if (pick < 0) return choice.action;
  }
  return (choices[choices.length - 1] as { action: FaultEffect }).action;
}

function assertValidRule(rule: FaultRule): void {
  const type = (rule as { action?: { type?: unknown } }).action?.type;
  if (typeof type !== 'string' || !ACTIONS.includes(type)) {
    throw new Error(`fault rule needs action.type, one of ${ACTIONS.join(', ')}`);
  }
  if (rule.action.type === 'one-of') {
    const choices = (rule.action as { choices?: unknown }).choices;
    if (!Array.isArray(choices) || choices.length === 0)
      throw new Error('fault rule action one-of needs choices: [{ weight, action }]');
    for (const choice of choices as Array<{ weight?: unknown; action?: { type?: unknown } }>) {
      if (typeof choice?.weight !== 'number' || !(choice.weight > 0) || !Number.isFinite(choice.weight))
        throw new Error('fault rule one-of weights must be numbers > 0');
      if (typeof choice.action?.type !== 'string' || !EFFECTS.includes(choice.action.type))
        throw new Error(`fault rule one-of choices need action.type, one of ${EFFECTS.join(', ')}`);
      assertValidRule({ action: choice.action as FaultEffect });
    }
    return;
  }
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
    throw new Error('fault rule times must be a positive integer');
  }
  if (rule.path !== undefined) {
    try {
      pathRegex(rule.path);
    } catch {
      throw new Error(`fault rule path is not a valid regex: ${String(rule.path)}`);
    }
  }
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
    throw new Error('fault rule probability must be between 0 and 1');
  }
  if (
    (rule.action.type === 'status' || rule.action.type === 'status-after-store') &&
    !(rule.action.status >= 100 && rule.action.status <= 599)
  ) {
    throw new Error('fault rule action.status must be an HTTP status');
  }
  if (
    (rule.action.type === 'delay' || rule.action.type === 'delay-after-store') &&
    !(typeof rule.action.ms === 'number' && Number.isFinite(rule.action.ms) && rule.action.ms >= 0)
  ) {
    throw new Error('fault rule action.ms must be a number of ms >= 0');
  }
}
