/** The characters that could end a `<script>` element, open an HTML comment in it, or end a line of JavaScript. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * `value` as JSON to embed in a `<script>` element (JSON-LD): `<`, `>`, `&`, U+2028 and U+2029 are written as `\uXXXX`
 * escapes, which JSON reads back as the same characters, so that no text in it can close the element (`</script>`)
 * or open a comment (`<!--`).
 */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
