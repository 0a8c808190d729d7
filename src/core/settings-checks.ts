/** Small validators shared by settings repair and patch validation. */

export type CheckResult<T> = { value: T; note?: string } | { error: string };
export type Check<T> = (raw: unknown) => CheckResult<T>;

/** A plain data object (what JSON.parse or structured clone produces), not an array, null or class instance. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A short, safe description of any value for a report line (huge strings are clipped). */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

export const checkBoolean: Check<boolean> = (raw) =>
  typeof raw === 'boolean' ? { value: raw } : { error: `expected true or false, got ${describe(raw)}` };

export function checkOneOf<T extends string>(values: readonly T[]): Check<T> {
  return (raw) =>
    typeof raw === 'string' && (values as readonly string[]).includes(raw)
      ? { value: raw as T }
      : { error: `expected one of ${values.join(', ')}, got ${describe(raw)}` };
}

/** Finite numbers are rounded and clamped into range (reported); anything else is an error. */
export function checkInteger(min: number, max: number): Check<number> {
  return (raw) => {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      return { error: `expected a number from ${min} to ${max}, got ${describe(raw)}` };
    }
    const value = Math.min(max, Math.max(min, Math.round(raw)));
    return value === raw
      ? { value }
      : { value, note: `${raw} adjusted to ${value} (whole numbers ${min}–${max})` };
  };
}
