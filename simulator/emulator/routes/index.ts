// Every GitHub REST route the emulator serves. The conformance test checks each one against GitHub's
// OpenAPI description, so add routes here with the exact OpenAPI path template.
import type { Route } from '../http/router.js';
import { actionRoutes } from './actions.js';
import { checkRoutes } from './checks.js';
import { commentRoutes } from './comments.js';
import { contentRoutes } from './contents.js';
import { deploymentRoutes } from './deployments.js';
import { gitRoutes } from './git.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { repoRoutes } from './repos.js';

export const ROUTES: readonly Route[] = [
  ...repoRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...pullRoutes,
  ...actionRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
];
