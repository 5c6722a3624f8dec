import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { courseFor } from '../demo-course';
import { errorPage, escapeHtml, htmlPage } from '../html';
import { CLAIM, MESSAGE_TYPE } from '../lti-vocabulary';
import type { Platform } from '../platform';
import type { ResourceLink } from '../types';

/** Only ltiResourceLink items are accepted, as the deep_linking_settings promised (accept_types). */
const contentItemSchema = z.looseObject({
  type: z.literal('ltiResourceLink'),
  title: z.string().optional(),
  text: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  custom: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

class DeepLinkingProblem extends Error {}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`).join('; ');
}

/** Verifies the LtiDeepLinkingResponse JWT (Deep Linking 2.0 section 4.5) and returns its claims. */
async function verifyResponse(platform: Platform, jwt: string | undefined): Promise<Record<string, unknown>> {
  if (!jwt) throw new DeepLinkingProblem('The form field "JWT" is missing.');
  const registration = platform.registration();
  if (!registration) throw new DeepLinkingProblem('The Dev LMS is not registered with any tool.');
  let claims: Record<string, unknown>;
  try {
    claims = await platform.toolKeys.verify(jwt, registration.toolJwksUri, {
      issuer: registration.clientId,
      audience: platform.issuer,
      requiredClaims: ['iat', 'exp'],
    });
  } catch (error) {
    throw new DeepLinkingProblem(`The JWT was rejected: ${(error as Error).message}`);
  }
  if (claims[CLAIM.messageType] !== MESSAGE_TYPE.deepLinkingResponse) {
    throw new DeepLinkingProblem(`message_type must be ${MESSAGE_TYPE.deepLinkingResponse}.`);
  }
  if (claims[CLAIM.deploymentId] !== registration.deploymentId) {
    throw new DeepLinkingProblem(`deployment_id must be "${registration.deploymentId}".`);
  }
  return claims;
}

function toResourceLink(item: z.infer<typeof contentItemSchema>, defaultUrl: string): Omit<ResourceLink, 'id'> {
  const custom = item.custom
    ? Object.fromEntries(Object.entries(item.custom).map(([name, value]) => [name, String(value)]))
    : undefined;
  return {
    title: item.title?.trim() || 'Untitled room',
    url: item.url ?? defaultUrl,
    ...(item.text ? { text: item.text } : {}),
    ...(custom ? { custom } : {}),
  };
}

function resultPage(courseId: string, heading: string, details: string[]): string {
  const course = courseFor(courseId);
  return htmlPage(
    heading,
    `<section aria-labelledby="result-title" role="status">
<h1 id="result-title">${escapeHtml(heading)}</h1>
${details.map((detail) => `<p>${escapeHtml(detail)}</p>`).join('\n')}
<p><a href="/courses/${encodeURIComponent(course.id)}">Back to ${escapeHtml(course.title)}</a></p>
</section>`,
  );
}

async function receive(platform: Platform, req: Request, res: Response): Promise<void> {
  try {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const claims = await verifyResponse(platform, typeof body.JWT === 'string' ? body.JWT : undefined);
    const data = claims[CLAIM.deepLinkingData];
    const grant = typeof data === 'string' ? platform.deepLinkingData.get(data) : undefined;
    if (!grant) throw new DeepLinkingProblem('The data claim does not echo the data of a deep linking request from this LMS.');

    const rawItems = claims[CLAIM.deepLinkingContentItems] ?? [];
    if (!Array.isArray(rawItems)) throw new DeepLinkingProblem('content_items must be an array.');
    if (rawItems.length > 1) throw new DeepLinkingProblem('Only one content item is accepted (accept_multiple is false).');
    const messages = [claims[CLAIM.deepLinkingMessage], claims[CLAIM.deepLinkingErrorMessage]]
      .filter((message): message is string => typeof message === 'string' && message.length > 0);
    if (rawItems.length === 0) {
      res.type('html').send(resultPage(grant.courseId, 'Nothing was added to the course', messages));
      return;
    }
    const parsed = contentItemSchema.safeParse(rawItems[0]);
    if (!parsed.success) throw new DeepLinkingProblem(`The content item was refused: ${describeIssues(parsed.error)}`);

    const link = platform.addResourceLink(toResourceLink(parsed.data, platform.toolLaunchUrl));
    platform.logger.info(`Dev LMS: deep linking added "${link.title}" (${link.id})`);
    res.type('html').send(resultPage(grant.courseId, `Added ${link.title} to the course`, messages));
  } catch (error) {
    if (!(error instanceof DeepLinkingProblem)) throw error;
    platform.logger.warn(`Dev LMS: deep linking response refused: ${error.message}`);
    res.status(400).type('html').send(errorPage('The deep linking response was refused', error.message));
  }
}

/** POST /deep-linking/return: where the tool sends the instructor back with the chosen room. */
export function deepLinkingReturnRoutes(platform: Platform): Router {
  const router = Router();
  router.post('/deep-linking/return', (req, res, next) => {
    receive(platform, req, res).catch(next);
  });
  return router;
}
