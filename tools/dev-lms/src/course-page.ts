import { DEMO_USERS, findDemoUser } from './demo-users';
import { escapeHtml, htmlPage } from './html';
import { loginInitiationUrl } from './launch';
import { LANGUAGE_TAG_PATTERN } from './message-hint';
import type { Platform } from './platform';
import { PLATFORM_STORAGE_SWITCH, STORAGE_FRAME_NAME, STORAGE_FRAME_PATH } from './platform-storage';
import type { Course, ResourceLink } from './types';

/** The user the "Add a room (Deep Linking)" button launches as. */
const DEEP_LINKING_USER_ID = 'instructor';

function shortRole(role: string): string {
  return role.slice(role.lastIndexOf('/') + 1);
}

function registrationSection(platform: Platform, course: Course): string {
  const registration = platform.registration();
  const returnField = `<input type="hidden" name="course_id" value="${escapeHtml(course.id)}">`;
  const status = registration
    ? `<p>Registered with <strong>${escapeHtml(registration.toolName)}</strong>.</p>
<dl>
<dt>Client id</dt><dd><code>${escapeHtml(registration.clientId)}</code></dd>
<dt>Deployment id</dt><dd><code>${escapeHtml(registration.deploymentId)}</code></dd>
</dl>`
    : `<p>Not registered with the tool at <code>${escapeHtml(platform.toolUrl)}</code> yet.</p>`;
  const lastError = platform.lastRegistrationError
    ? `<p role="alert">Last registration attempt failed: ${escapeHtml(platform.lastRegistrationError)}</p>`
    : '';
  const buttonLabel = registration ? 'Register again with tool' : 'Register with tool';
  return `<section aria-labelledby="registration-title">
<h2 id="registration-title">Tool registration</h2>
${status}
${lastError}
<form method="post" action="/admin/register">${returnField}<button type="submit">${buttonLabel}</button></form>
</section>`;
}

function linksSection(links: ResourceLink[]): string {
  const items = links
    .map(
      (link) => `<li><strong>${escapeHtml(link.title)}</strong>${link.text ? ` — ${escapeHtml(link.text)}` : ''}
<br><small>Launch URL: <code>${escapeHtml(link.url)}</code>, link id <code>${escapeHtml(link.id)}</code></small></li>`,
    )
    .join('\n');
  return `<section aria-labelledby="links-title">
<h2 id="links-title">Course content</h2>
<ul>${items}</ul>
</section>`;
}

function launchButton(href: string, label: string): string {
  return `<a class="button" href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}

function launchSection(platform: Platform, course: Course, links: ResourceLink[], locale: string | undefined): string {
  const [defaultLink, ...addedLinks] = links;
  const header = addedLinks.map((link) => `<th scope="col">${escapeHtml(link.title)}</th>`).join('');
  const rows = DEMO_USERS.map((user) => {
    const open = (link: ResourceLink) =>
      launchButton(
        loginInitiationUrl(platform, user.id, { courseId: course.id, resourceLinkId: link.id, locale }),
        link === defaultLink ? `Launch as ${user.name}` : `Open ${link.title} as ${user.name}`,
      );
    const extraCells = addedLinks.map((link) => `<td>${open(link)}</td>`).join('');
    return `<tr><th scope="row">${escapeHtml(user.name)}</th><td>${escapeHtml(user.roles.map(shortRole).join(', '))}</td>
<td>${open(defaultLink)}</td>${extraCells}</tr>`;
  }).join('\n');
  return `<section aria-labelledby="launch-title">
<h2 id="launch-title">Launch the tool</h2>
<p>Each button opens the tool in this window as that demo user.</p>
<table>
<caption class="visually-hidden">Demo users and their launch buttons</caption>
<thead><tr><th scope="col">User</th><th scope="col">Roles</th><th scope="col">${escapeHtml(defaultLink.title)}</th>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function deepLinkingSection(platform: Platform, course: Course, locale: string | undefined): string {
  const instructor = findDemoUser(DEEP_LINKING_USER_ID)!;
  const href = loginInitiationUrl(platform, instructor.id, { courseId: course.id, messageType: 'LtiDeepLinkingRequest', locale });
  return `<section aria-labelledby="deep-linking-title">
<h2 id="deep-linking-title">Add content</h2>
<p>Pick or create a room in the tool; it is added to this course as a new link.</p>
<p>${launchButton(href, `Add a room (Deep Linking) as ${instructor.name}`)}</p>
</section>`;
}

/** Languages the course page offers, as an LMS's language menu does (any BCP 47 tag works in `?lang=`). */
const COURSE_PAGE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'it', 'nl', 'pl', 'ar', 'ja', 'zh-CN', 'pt-PT'];

/** A `?lang=` value the page accepts: a BCP 47-like tag, else none. */
export function courseLanguageOf(value: unknown): string | undefined {
  return typeof value === 'string' && LANGUAGE_TAG_PATTERN.test(value) && value.length <= 35 ? value : undefined;
}

function languageSection(locale: string | undefined): string {
  const links = COURSE_PAGE_LANGUAGES.map((tag) =>
    tag === locale ? `<strong>${tag}</strong>` : `<a href="?lang=${encodeURIComponent(tag)}">${tag}</a>`,
  ).join(' · ');
  return `<p>Language of the launches (sent as the launch's locale): ${locale ? escapeHtml(locale) : 'en-US (default)'}. ${links}</p>`;
}

/** The course home page: registration status, course content and one launch button per user. */
export function coursePage(platform: Platform, course: Course, locale?: string): string {
  const links = platform.resourceLinks();
  const registered = platform.registration() !== null;
  const launchParts = registered
    ? `${languageSection(locale)}\n${launchSection(platform, course, links, locale)}\n${deepLinkingSection(platform, course, locale)}`
    : `<section aria-labelledby="launch-title"><h2 id="launch-title">Launch the tool</h2>
<p>Launch buttons appear once the Dev LMS is registered with the tool.</p></section>`;
  return htmlPage(
    course.title,
    `<h1>${escapeHtml(course.title)}</h1>
<p>Course label <strong>${escapeHtml(course.label)}</strong>, context id <code>${escapeHtml(course.id)}</code>.
Issuer <code>${escapeHtml(platform.issuer)}</code>.</p>
${registrationSection(platform, course)}
${linksSection(links)}
<p><a href="${escapeHtml(platform.urls.gradebook(course.id))}">Gradebook</a> (grades the tool sent with Assignment and Grade Services)</p>
${launchParts}`,
  );
}

/**
 * The course page with the tool inside an iframe, the way LMSs show a tool placed "in the
 * course": the frame starts the launch as `userId` (its frame-ancestors must allow this origin).
 * With `platformStorage` (the default; `?platform_storage=off` turns it off) the page also
 * holds the platform's storage frame, at the LMS's OIDC origin, and names it in the login.
 */
export function embeddedLaunchPage(platform: Platform, course: Course, userId: string, platformStorage = true, locale?: string): string {
  const src = loginInitiationUrl(platform, userId, { courseId: course.id, platformStorage, locale });
  const storageFrame = platformStorage
    ? `<iframe name="${STORAGE_FRAME_NAME}" title="Platform storage" src="${escapeHtml(`${platform.issuer}${STORAGE_FRAME_PATH}`)}" hidden></iframe>`
    : '';
  const switchLink = platformStorage
    ? `<a href="?${PLATFORM_STORAGE_SWITCH}=off">Launch again without platform storage</a>`
    : `<a href="?">Launch again with platform storage</a>`;
  return htmlPage(
    course.title,
    `<h1>${escapeHtml(course.title)}</h1>
<p>Platform storage (LTI postMessage Storage) is <strong>${platformStorage ? 'on' : 'off'}</strong>. ${switchLink}</p>
${storageFrame}
<iframe title="LTI Rooms" src="${escapeHtml(src)}" width="1000" height="700" allow="camera; microphone; display-capture; fullscreen; storage-access"></iframe>`,
  );
}
