import {
  adminSettingsSchema,
  auditLogSchema,
  frameOriginListSchema,
  jitsiSchema,
  jitsiTestSchema,
  platformRegistrySchema,
  recentLaunchesSchema,
  roleMappingSchema,
  templateListSchema,
  type AdminSettings,
  type AdminSettingsBody,
  type RecentLaunches,
  type JitsiBody,
  type TemplateBody,
} from '@lti-rooms/contracts';
import type { z } from 'zod';
import { apiRequest } from '../api/client';
import { useApiResource, type ApiResource } from '../api/use-api-resource';

export type PlatformRegistry = z.infer<typeof platformRegistrySchema>;
export type Platform = PlatformRegistry['current'];
export type TemplateList = z.infer<typeof templateListSchema>;
export type Template = TemplateList['templates'][number];
export type RoleMapping = z.infer<typeof roleMappingSchema>;
export type RoleMappingOverride = RoleMapping['overrides'][number];
export type JitsiSettings = z.infer<typeof jitsiSchema>;
export type JitsiTestResult = z.infer<typeof jitsiTestSchema>;
export type AuditLog = z.infer<typeof auditLogSchema>;
export type AuditEntry = AuditLog['entries'][number];
export type FrameOriginList = z.infer<typeof frameOriginListSchema>;
export type FrameOrigin = FrameOriginList['origins'][number];

const segment = encodeURIComponent;

// Reads: every one answers 403 to anyone but the account's administrators.

export function usePlatformRegistry(): ApiResource<PlatformRegistry> {
  return useApiResource('/api/admin/platforms', platformRegistrySchema);
}

export function useAdminSettings(): ApiResource<AdminSettings> {
  return useApiResource('/api/admin/settings', adminSettingsSchema);
}

export function useTemplates(): ApiResource<TemplateList> {
  return useApiResource('/api/admin/templates', templateListSchema);
}

export function useRoleMapping(): ApiResource<RoleMapping> {
  return useApiResource('/api/admin/role-mapping', roleMappingSchema);
}

export function useJitsiSettings(): ApiResource<JitsiSettings> {
  return useApiResource('/api/admin/jitsi', jitsiSchema);
}

export function useFrameOrigins(): ApiResource<FrameOriginList> {
  return useApiResource('/api/admin/frame-origins', frameOriginListSchema);
}

export function useAuditLog(): ApiResource<AuditLog> {
  return useApiResource('/api/admin/audit', auditLogSchema);
}

export function useRecentLaunches(): ApiResource<RecentLaunches> {
  return useApiResource('/api/admin/launches', recentLaunchesSchema);
}

// Changes: each answers with the resource as it now stands.

export function setPlatformActive(platformId: string, active: boolean): Promise<PlatformRegistry> {
  const action = active ? 'activate' : 'deactivate';
  return apiRequest(`/api/admin/platforms/${segment(platformId)}/${action}`, platformRegistrySchema, { method: 'POST' });
}

export function saveAdminSettings(body: AdminSettingsBody): Promise<AdminSettings> {
  return apiRequest('/api/admin/settings', adminSettingsSchema, { method: 'PUT', body });
}

export function createTemplate(body: TemplateBody): Promise<TemplateList> {
  return apiRequest('/api/admin/templates', templateListSchema, { method: 'POST', body });
}

export function updateTemplate(templateId: string, body: TemplateBody): Promise<TemplateList> {
  return apiRequest(`/api/admin/templates/${segment(templateId)}`, templateListSchema, { method: 'PUT', body });
}

export function setTemplateRetired(templateId: string, retired: boolean): Promise<TemplateList> {
  const action = retired ? 'retire' : 'reinstate';
  return apiRequest(`/api/admin/templates/${segment(templateId)}/${action}`, templateListSchema, { method: 'POST' });
}

export function saveRoleMapping(overrides: RoleMappingOverride[]): Promise<RoleMapping> {
  return apiRequest('/api/admin/role-mapping', roleMappingSchema, { method: 'PUT', body: { overrides } });
}

/** Secrets are write-only: a body without one keeps the stored secret. */
export function saveJitsiSettings(body: JitsiBody): Promise<JitsiSettings> {
  return apiRequest('/api/admin/jitsi', jitsiSchema, { method: 'PUT', body });
}

/** Checks the saved deployment: its domain serves the IFrame API, and a minted token has the right form. */
export function testJitsiConnection(): Promise<JitsiTestResult> {
  return apiRequest('/api/admin/jitsi/test', jitsiTestSchema, { method: 'POST' });
}

/** Allows the LMS to frame LTI Rooms from one more origin (a vanity domain); answers with the whole list. */
export function addFrameOrigin(origin: string): Promise<FrameOriginList> {
  return apiRequest('/api/admin/frame-origins', frameOriginListSchema, { method: 'POST', body: { origin } });
}

export function removeFrameOrigin(origin: string): Promise<FrameOriginList> {
  return apiRequest(`/api/admin/frame-origins/${segment(origin)}`, frameOriginListSchema, { method: 'DELETE' });
}
