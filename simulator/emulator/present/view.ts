// What every presenter needs: the world (urls, accounts) and the repository being rendered.
import type { Repository } from '../repo/repository.js';
import type { World } from '../world.js';

export interface View {
  world: World;
  repo: Repository;
}

export type Json = Record<string, unknown>;

export const repoApi = (v: View): string => `${v.world.urls.api}/repos/${v.repo.fullName}`;
export const repoWeb = (v: View): string => `${v.world.urls.web}/${v.repo.fullName}`;

/** A path segment as it appears in a URL (label names and branch names carry spaces and slashes). */
export const segment = (s: string): string => encodeURIComponent(s);
