// Characters that must never reach an output: C0 and C1 control characters (except tab and line
// breaks), DEL, and the bidirectional embeddings, overrides, isolates and marks that can make text read
// differently from what it is ("Trojan Source"). Removed from every comment, title, file and payload.

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

export function hasControls(text: string): boolean {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text);
}
