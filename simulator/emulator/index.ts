// The GitHub emulator's public surface.
export { Emulator, startEmulator } from './emulator.js';
export type { EmulatorOptions, RepositoryOptions } from './options.js';
export { DEFAULT_REPOSITORY, DEFAULT_START } from './options.js';
export type { Access, Role, Scope, ScopeLevel } from './access.js';
export { EmulatorClock } from './clock.js';
export { ApiError } from './errors.js';
export type { FaultKind, FaultSpec, RandomFaults, InjectedFault } from './faults.js';
export { FAULT_KINDS, Faults } from './faults.js';
export type { Delivery, StandaloneReceiver } from './receiver.js';
export { Receiver, startReceiver } from './receiver.js';
export type { RequestRecord } from './requests.js';
export type { ResponseRecord } from './http/server.js';
export type { Route, RouteRequest, RouteResponse, Method } from './http/router.js';
export { ROUTES } from './routes/index.js';
export type { Snapshot, SnapshotIssue, SnapshotPull, SnapshotComment } from './snapshot.js';
export type { Acting } from './ui.js';
export type { WebhookEvent } from './world.js';
export type { DispatchRecord, AdvisoryRecord } from './repo/records.js';
