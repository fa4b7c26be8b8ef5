// Numeric ids and node ids. GitHub's ids are global and never reused; each kind gets its own range so an
// issue id is never mistaken for a comment id in a test failure.

const BASES = {
  repository: 700_000_001,
  issue: 3_000_000_001,
  pull: 2_000_000_001,
  comment: 4_000_000_001,
  event: 17_000_000_001,
  label: 8_000_000_001,
  reaction: 280_000_001,
  review: 2_500_000_001,
  workflow: 160_000_001,
  dispatch: 14_000_000_001,
  delivery: 1,
} as const;

export type IdKind = keyof typeof BASES;

const NODE_PREFIX: Record<IdKind, string> = {
  repository: 'R_kgDO',
  issue: 'I_kwDO',
  pull: 'PR_kwDO',
  comment: 'IC_kwDO',
  event: 'LE_lADO',
  label: 'LA_kwDO',
  reaction: 'REA_lADO',
  review: 'PRR_kwDO',
  workflow: 'W_kwDO',
  dispatch: 'WD_kwDO',
  delivery: 'D_',
};

export class Ids {
  private readonly next = new Map<IdKind, number>();

  take(kind: IdKind): number {
    const id = this.next.get(kind) ?? BASES[kind];
    this.next.set(kind, id + 1);
    return id;
  }

  /** An opaque node id in GitHub's style; stable for a given kind and id. */
  static node(kind: IdKind, id: number): string {
    return NODE_PREFIX[kind] + Buffer.from(String(id)).toString('base64url');
  }
}
