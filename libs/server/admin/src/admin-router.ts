import { Request, Response, Router } from 'express';
import {
  adminSettingsBodySchema, auditLogSchema, frameOriginBodySchema, frameOriginListSchema, jitsiBodySchema, jitsiSchema, jitsiTestSchema,
  platformRegistrySchema, recentLaunchesSchema, roleMappingBodySchema, roleMappingSchema, templateBodySchema, templateListSchema,
} from '@lti-rooms/contracts';
import { AdminActor, adminActorOf, launchOf, parseBody, route } from '@lti-rooms/server-http';
import type { FrameOriginService } from '@lti-rooms/server-edge';
import { PlatformAdminService } from './platform-admin-service';
import { SettingsAdminService } from './settings-admin-service';

type AdminHandler = (actor: AdminActor, req: Request, res: Response) => Promise<unknown>;

/** The account's latest launches, newest first (see LaunchLogRepository). */
export type RecentLaunchesOf = (accountId: string) => Promise<{ at: Date }[]>;

/** /api/admin: every endpoint refuses anyone but the account's administrators (403). */
export function adminRouter(
  settings: SettingsAdminService,
  platforms: PlatformAdminService,
  clock: () => Date,
  frameOrigins?: FrameOriginService,
  recentLaunches?: RecentLaunchesOf,
): Router {
  const router = Router();
  const handle = (handler: AdminHandler) => route((req, res) => handler(adminActorOf(launchOf(res)), req, res));

  router.get('/platforms', handle((a) => platforms.registry(a.accountId).then((r) => platformRegistrySchema.parse(r))));
  router.post('/platforms/:id/activate', handle((a, req) => platforms.setActive(a, req.params.id, true)));
  router.post('/platforms/:id/deactivate', handle((a, req) => platforms.setActive(a, req.params.id, false)));

  // The origins this LMS frames the tool from (the Content-Security-Policy's frame-ancestors).
  if (frameOrigins) {
    router.get('/frame-origins', handle((a) => frameOrigins.list(a.accountId).then((l) => frameOriginListSchema.parse(l))));
    router.post('/frame-origins', handle((a, req) => frameOrigins.add(a, a.accountId, parseBody(frameOriginBodySchema, req.body).origin).then((l) => frameOriginListSchema.parse(l))));
    router.delete('/frame-origins/:origin', handle((a, req) => frameOrigins.remove(a, a.accountId, req.params.origin).then((l) => frameOriginListSchema.parse(l))));
  }

  router.get('/settings', handle((a) => settings.settings(a.accountId)));
  router.put('/settings', handle((a, req) => settings.saveSettings(a, parseBody(adminSettingsBodySchema, req.body))));

  const templates = async (a: AdminActor) => templateListSchema.parse({ templates: await settings.templates(a.accountId) });
  router.get('/templates', handle(templates));
  router.post('/templates', handle(async (a, req, res) => {
    await settings.saveTemplate(a, null, parseBody(templateBodySchema, req.body));
    res.status(201);
    return templates(a);
  }));
  router.put('/templates/:id', handle(async (a, req) => {
    await settings.saveTemplate(a, req.params.id, parseBody(templateBodySchema, req.body));
    return templates(a);
  }));
  router.post('/templates/:id/retire', handle(async (a, req) => {
    await settings.retireTemplate(a, req.params.id, true, clock());
    return templates(a);
  }));
  router.post('/templates/:id/reinstate', handle(async (a, req) => {
    await settings.retireTemplate(a, req.params.id, false, clock());
    return templates(a);
  }));

  const roleMapping = async (a: AdminActor) => roleMappingSchema.parse({
    overrides: Object.entries(await settings.roleMapping(a.accountId)).map(([ltiRole, channelRole]) => ({ ltiRole, channelRole })),
  });
  router.get('/role-mapping', handle(roleMapping));
  router.put('/role-mapping', handle(async (a, req) => {
    await settings.saveRoleMapping(a, parseBody(roleMappingBodySchema, req.body).overrides);
    return roleMapping(a);
  }));

  router.get('/jitsi', handle((a) => platforms.jitsi(a.accountId).then((j) => jitsiSchema.parse(j))));
  router.put('/jitsi', handle((a, req) => platforms.saveJitsi(a, parseBody(jitsiBodySchema, req.body)).then((j) => jitsiSchema.parse(j))));
  router.post('/jitsi/test', handle((a) => platforms.testJitsi(a.accountId).then((r) => jitsiTestSchema.parse(r))));

  if (recentLaunches) {
    router.get('/launches', handle(async (a) => recentLaunchesSchema.parse({
      launches: (await recentLaunches(a.accountId)).map((launch) => ({ ...launch, at: launch.at.toISOString() })),
    })));
  }

  router.get('/audit', handle(async (a) => auditLogSchema.parse({
    entries: (await settings.auditLog(a.accountId)).map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  })));
  return router;
}
