// The value a parser returns: what it read, or why the text could not be read.

/** Parsed is a parser's value, or an error message for empty, truncated or garbage input. */
export type Parsed<T> = {ok: true; value: T} | {ok: false; error: string}

/** parsed wraps a value. */
export function parsed<T>(value: T): Parsed<T> {
  return {ok: true, value}
}

/** unparsable wraps a reason the text could not be read. */
export function unparsable<T>(error: string): Parsed<T> {
  return {ok: false, error}
}

/** parseJsonArray reads text that must hold a JSON array, as `ip -j` prints. */
export function parseJsonArray(text: string, what: string): Parsed<unknown[]> {
  if (text.trim() === '') return unparsable(`${what}: empty output`)
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? parsed(value) : unparsable(`${what}: expected a JSON array`)
  } catch (error) {
    return unparsable(`${what}: not valid JSON (${(error as Error).message})`)
  }
}
