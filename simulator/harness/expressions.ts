// A small evaluator for the GitHub Actions expressions our workflows use in `if:`, `concurrency:`,
// `with:` and `env:` — property paths (with `.*` object filters), literals, ==, !=, !, &&, ||, parentheses
// and the functions contains, startsWith, endsWith and join. Enough to replay shipped and user workflows
// faithfully in `firebreak simulate`; anything else is reported, not guessed.

export type ExprValue = string | number | boolean | null | object;
export type ExprContext = Record<string, unknown>;

export class ExpressionError extends Error {}

/** Replaces every `${{ … }}` in a string. */
export function interpolate(text: string, ctx: ExprContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => toText(evaluate(expr, ctx)));
}

/** Evaluates an `if:` condition (with or without `${{ }}`). */
export function condition(text: string, ctx: ExprContext): boolean {
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(text)?.[1] ?? text;
  return truthy(evaluate(inner, ctx));
}

export function evaluate(expr: string, ctx: ExprContext): ExprValue {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const or = (): ExprValue => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): ExprValue => {
    let left = equality();
    while (peek() === '&&') {
      next();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): ExprValue => {
    let left = unary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = unary();
      const same = looseEquals(left, right);
      left = op === '==' ? same : !same;
    }
    return left;
  };
  const unary = (): ExprValue => {
    if (peek() === '!') {
      next();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): ExprValue => {
    const token = next();
    if (token === undefined) throw new ExpressionError(`unexpected end of expression "${expr.trim()}"`);
    if (token === '(') {
      const value = or();
      if (next() !== ')') throw new ExpressionError(`missing ) in "${expr.trim()}"`);
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    if (peek() === '(' && FUNCTIONS[token.toLowerCase()]) {
      next();
      const args: ExprValue[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') next();
        else if (peek() !== ')') throw new ExpressionError(`missing , or ) in "${expr.trim()}"`);
      }
      next();
      return (FUNCTIONS[token.toLowerCase()] as (args: ExprValue[]) => ExprValue)(args);
    }
    if (/^[A-Za-z_][\w-]*(\.[\w-]+|\.\*|\[\d+\])*$/.test(token)) return lookup(ctx, token);
    throw new ExpressionError(`unsupported expression "${expr.trim()}" (near "${token}")`);
  };
  const value = or();
  if (pos < tokens.length) throw new ExpressionError(`unsupported expression "${expr.trim()}" (near "${tokens[pos]}")`);
  return value;
}

function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  const re = /\s*('(?:[^']|'')*'|==|!=|&&|\|\||[()!,]|[A-Za-z_][\w-]*(?:\.[\w-]+|\.\*|\[\d+\])*|-?\d+(?:\.\d+)?)/y;
  let index = 0;
  while (index < expr.length) {
    if (/^\s*$/.test(expr.slice(index))) break;
    re.lastIndex = index;
    const match = re.exec(expr);
    if (!match) throw new ExpressionError(`cannot read expression "${expr.trim()}" at "${expr.slice(index).trim()}"`);
    tokens.push(match[1] ?? '');
    index = re.lastIndex;
  }
  return tokens;
}

/** A property path; `.*` maps the rest of the path over an array's (or object's) items, as GitHub's filters do. */
function lookup(ctx: ExprContext, path: string): ExprValue {
  const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  const walk = (value: unknown, at: number): unknown => {
    for (let i = at; i < parts.length; i++) {
      if (value === null || typeof value !== 'object') return null;
      if (parts[i] === '*') {
        const items = Array.isArray(value) ? value : Object.values(value);
        return items.map((item) => walk(item, i + 1)).filter((v) => v !== null && v !== undefined);
      }
      value = (value as Record<string, unknown>)[parts[i] as string];
    }
    return value;
  };
  const value = walk(ctx, 0);
  return value === undefined ? null : (value as ExprValue);
}

/** GitHub's expression functions our workflows use; string comparisons ignore case, as GitHub's do. */
const FUNCTIONS: Record<string, (args: ExprValue[]) => ExprValue> = {
  contains: ([search, item]) =>
    Array.isArray(search)
      ? search.some((v) => looseEquals(v as ExprValue, item ?? null))
      : toText(search ?? null)
          .toLowerCase()
          .includes(toText(item ?? null).toLowerCase()),
  startswith: ([text, prefix]) =>
    toText(text ?? null)
      .toLowerCase()
      .startsWith(toText(prefix ?? null).toLowerCase()),
  endswith: ([text, suffix]) =>
    toText(text ?? null)
      .toLowerCase()
      .endsWith(toText(suffix ?? null).toLowerCase()),
  join: ([items, separator]) =>
    Array.isArray(items)
      ? items.map((v) => toText(v as ExprValue)).join(separator === undefined ? ',' : toText(separator))
      : toText(items ?? null),
};

function truthy(value: ExprValue): boolean {
  return !(value === null || value === false || value === 0 || value === '');
}

function looseEquals(a: ExprValue, b: ExprValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function toText(value: ExprValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
