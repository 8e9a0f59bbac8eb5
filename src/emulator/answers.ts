/** How the emulator answers: Authlete's result body, `[code] path, text`, with an optional action. */
export interface EmulatorAnswer {
  status: number;
  body: Record<string, unknown>;
}

export function result(status: number, code: string, message: string, action?: string): EmulatorAnswer {
  return {
    status,
    body: { resultCode: code, resultMessage: `[${code}] ${message}`, ...(action === undefined ? {} : { action }) },
  };
}

/** An integer field of a request body: null when absent, 'invalid' when not an integer. */
export function integerField(value: unknown): bigint | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return 'invalid';
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
