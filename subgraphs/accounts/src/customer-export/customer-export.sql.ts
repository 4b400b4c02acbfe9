/**
 * The SQL of an export, built as text because `COPY (SELECT …) TO STDOUT` takes no bind
 * parameters: every value a selection carries is written into the statement as a quoted literal,
 * never spliced in as it came.
 */

/** A literal PostgreSQL reads back as exactly `text`, whatever `standard_conforming_strings` says. */
export function quoteLiteral(text: string): string {
  const quoted = `'${text.replace(/'/g, "''")}'`;
  return text.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}

/** An array as PostgreSQL's array text, e.g. `{"a","b"}`, which a cast (`::uuid[]`) reads back. */
function arrayText(values: readonly unknown[]): string {
  const items = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayText(value);
    return `"${valueText(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

function valueText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A bind value as the literal it stands for. The literal is untyped, as the driver's parameter
 * was (pg sends every value as text), so PostgreSQL gives it the type its place asks for.
 */
export function literalOf(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return quoteLiteral(arrayText(value));
  return quoteLiteral(valueText(value));
}

/**
 * `sql` with its `$1…$n` replaced by the literals of `values`. Only for statements built here and
 * by the modules that hand out subqueries, whose only `$` are the driver's placeholders.
 */
export function inlineParameters(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (placeholder, index: string) => {
    const position = Number(index) - 1;
    if (position < 0 || position >= values.length) throw new Error(`No value for ${placeholder} in an export's SQL`);
    return literalOf(values[position]);
  });
}

/**
 * A text cell a spreadsheet will not take for a formula: one that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a `'` in front (OWASP's advice on CSV injection). Done in SQL,
 * so the rows stay a stream from PostgreSQL to the file. `expression` is evaluated twice: pass a
 * column, not a subquery.
 */
export function neutralised(expression: string): string {
  return `CASE WHEN left(${expression}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${expression} ELSE ${expression} END`;
}

/**
 * Currencies whose minor unit is not a hundredth, with their number of decimals, as Node's ICU
 * knows them (the same source billing formats amounts with).
 */
function unusualExponents(): Map<number, string[]> {
  const byExponent = new Map<number, string[]>();
  for (const currency of Intl.supportedValuesOf('currency')) {
    const exponent =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    if (exponent === 2 || !/^[A-Z]{3}$/.test(currency)) continue;
    byExponent.set(exponent, [...(byExponent.get(exponent) ?? []), currency]);
  }
  return byExponent;
}

const EXPONENTS = unusualExponents();

/** An amount in minor units as a decimal in its currency's unit, e.g. -1250 GBP as `-12.50`, 500 JPY as `500`. */
export function decimalAmount(minorExpression: string, currencyExpression: string): string {
  const cases = [...EXPONENTS.entries()]
    .map(
      ([exponent, currencies]) =>
        `WHEN ${currencyExpression} IN (${currencies.map(quoteLiteral).join(', ')}) THEN ${exponent}`,
    )
    .join(' ');
  const exponent = cases ? `(CASE ${cases} ELSE 2 END)` : '2';
  return `round(${minorExpression}::numeric / (10::numeric ^ ${exponent}), ${exponent})::text`;
}
