// Small readers shared by the alert normalisers: bounded text, ISO instants, label maps. Pure.

/** Text from an unknown value, trimmed and cut to `max` characters; '' for anything that is not text or a number. */
export function str(value: unknown, max = 1000): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An ISO instant from text or epoch (seconds or milliseconds); null for Alertmanager's zero time or junk. */
export function instant(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e12 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return instant(Number(value.trim()));
  const ms = Date.parse(value);
  // Alertmanager writes 0001-01-01T00:00:00Z for "not ended".
  if (Number.isNaN(ms) || ms <= 0) return null;
  return new Date(ms).toISOString();
}

/** At most 40 labels with text values, names lower-cased and bounded. */
export function labelMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [name, v] of Object.entries(value).slice(0, 40)) {
    const text = str(v, 200);
    if (text !== '') out[name.toLowerCase().slice(0, 60)] = text;
  }
  return out;
}

/** Datadog-style tags, "a:b,c:d" or ["a:b"], as labels (a tag without a value maps to itself). */
export function tagMap(value: unknown): Record<string, string> {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const out: Record<string, string> = {};
  for (const raw of list.slice(0, 40)) {
    const tag = str(raw, 200);
    if (tag === '') continue;
    const at = tag.indexOf(':');
    const name = (at > 0 ? tag.slice(0, at) : tag).toLowerCase().slice(0, 60);
    out[name] = at > 0 ? tag.slice(at + 1) : tag;
  }
  return out;
}

/** A stable identity from label pairs (sorted), for alerts that carry no fingerprint of their own. */
export function labelIdentity(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
}
