// The action's entry: Firebreak in the real world (the system clock, GitHub's pacing).
import { start } from './entry.js';

await start(async () => (await import('./runtime/world.js')).realWorld());
