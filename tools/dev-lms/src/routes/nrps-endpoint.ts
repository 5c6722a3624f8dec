import { Router, type Request, type Response } from 'express';
import { courseFor } from '../demo-course';
import { DEMO_USERS } from '../demo-users';
import { isContextRole } from '../lis';
import { NRPS_MEDIA_TYPE, SCOPE } from '../lti-vocabulary';
import type { Platform } from '../platform';

const MAX_PAGE_SIZE = 1000;

function unauthorized(res: Response, description: string): void {
  res
    .status(401)
    .set('WWW-Authenticate', `Bearer error="invalid_token", error_description="${description}"`)
    .json({ error: 'invalid_token', error_description: description });
}

/** True when the request carries a live access token that includes the NRPS scope. */
function authorized(platform: Platform, req: Request, res: Response): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
  if (!match) {
    unauthorized(res, 'A Bearer access token is required');
    return false;
  }
  const grant = platform.accessTokens.get(match[1].trim());
  if (!grant) {
    unauthorized(res, 'Unknown or expired access token');
    return false;
  }
  if (!grant.scopes.includes(SCOPE.nrpsMembershipReadonly)) {
    unauthorized(res, `The access token lacks the scope ${SCOPE.nrpsMembershipReadonly}`);
    return false;
  }
  return true;
}

function nonNegativeInteger(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** The role filter may be a full URI or a short name such as "Learner" (NRPS 2.0 section 2.3.1). */
function hasRole(roles: string[], wanted: string): boolean {
  return roles.some((role) => role === wanted || role.endsWith(`#${wanted}`));
}

/**
 * GET /nrps/contexts/:courseId/memberships: the course roster (NRPS 2.0). Every course
 * shares the demo roster. Paging: `limit` and `offset`, with a `Link: <...>; rel="next"`.
 */
export function nrpsEndpointRoutes(platform: Platform): Router {
  const router = Router();
  router.get('/nrps/contexts/:courseId/memberships', (req, res) => {
    if (!authorized(platform, req, res)) return;
    const course = courseFor(req.params.courseId);
    const roleFilter = typeof req.query.role === 'string' ? req.query.role : undefined;
    const everyone = DEMO_USERS.map((user) => ({
      status: 'Active',
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      email: user.email,
      user_id: user.id,
      roles: user.roles.filter(isContextRole),
    })).filter((member) => !roleFilter || hasRole(member.roles, roleFilter));

    const offset = nonNegativeInteger(req.query.offset) ?? 0;
    const limit = Math.min(Math.max(nonNegativeInteger(req.query.limit) ?? MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    const page = everyone.slice(offset, offset + limit);
    const membershipsUrl = platform.urls.memberships(course.id);

    if (offset + limit < everyone.length) {
      const next = new URL(membershipsUrl);
      next.searchParams.set('limit', String(limit));
      next.searchParams.set('offset', String(offset + limit));
      if (roleFilter) next.searchParams.set('role', roleFilter);
      res.set('Link', `<${next.toString()}>; rel="next"`);
    }
    const selfUrl = new URL(membershipsUrl);
    for (const [name, value] of Object.entries(req.query)) if (typeof value === 'string') selfUrl.searchParams.set(name, value);

    res.type(NRPS_MEDIA_TYPE).send(
      JSON.stringify({
        id: selfUrl.toString(),
        context: { id: course.id, label: course.label, title: course.title },
        members: page,
      }),
    );
  });
  return router;
}
