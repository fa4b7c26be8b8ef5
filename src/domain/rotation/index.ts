// On-call rotations: who is on call when, across time zones and DST changes, with overrides and swaps.
// Pure: every instant is passed in; the parts live beside this index.
//
// How a rotation reads (the contract is src/config/types.ts; times are in the rotation's IANA zone):
// - A layer's first shift (members[0]) begins at its first hand-off on or after its `start` date; before
//   that, nobody is on call. Shift k belongs to members[k mod members.length].
// - daily: a hand-off every day at `handoff` local time, so the shift across a DST change lasts 23 or 25
//   hours. weekly: every `handoffDay` at `handoff` (167 or 169 hours across a change). custom: every
//   `hours` of elapsed time from the first hand-off, so the local hand-off time moves with DST.
// - A hand-off time the clock skips (spring forward, e.g. 02:30 in Berlin) is moved forward by the gap,
//   as luxon does (03:30); a time the clock shows twice (fall back) is its first occurrence.
// - Overrides ([start, end), default layer: the first) beat swaps; swaps beat the plain rotation. A swap
//   trades the members of the shifts containing instants `a` and `b`. ISO times without an offset are
//   wall-clock times in the rotation's zone.
export { RotationError, parseInstant } from './instants.js';
export { type LayerShift, shiftAt } from './shifts.js';
export type { OnCallReason } from './layer-plan.js';
export { type OnCall, onCallAt } from './oncall.js';
export { type CoverageGap, type Shift, coverageGaps, schedule } from './schedule.js';
export { rotationProblems } from './problems.js';
