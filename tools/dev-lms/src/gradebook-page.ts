import type { GradebookLineItem } from './ags-gradebook';
import { DEMO_USERS } from './demo-users';
import { escapeHtml, htmlPage } from './html';
import { LIS } from './lis';
import type { Course } from './types';

const isLearner = (roles: readonly string[]) => roles.includes(LIS.learner);

function cell(item: GradebookLineItem, userId: string): string {
  const result = item.results.find((r) => r.userId === userId);
  const hooks = `data-user="${escapeHtml(userId)}" data-line-item="${escapeHtml(item.label)}"`;
  if (!result || result.resultScore === undefined) return `<td ${hooks}>–</td>`;
  const comment = result.comment ? `<br><small>${escapeHtml(result.comment)}</small>` : '';
  return `<td ${hooks} data-score="${result.resultScore}"><strong>${escapeHtml(result.resultScore)}</strong> / ${escapeHtml(result.resultMaximum ?? item.scoreMaximum)}${comment}</td>`;
}

/** The course's gradebook as a teacher sees it in an LMS: learners × the tool's line items (AGS). */
export function gradebookPage(course: Course, items: readonly GradebookLineItem[]): string {
  const learners = DEMO_USERS.filter((user) => isLearner(user.roles));
  const header = items.map((item) => `<th scope="col">${escapeHtml(item.label)}<br><small>max ${escapeHtml(item.scoreMaximum)}${item.tag ? `, tag ${escapeHtml(item.tag)}` : ''}</small></th>`).join('');
  const rows = learners.map((user) => `<tr><th scope="row">${escapeHtml(user.name)}</th>${items.map((item) => cell(item, user.id)).join('')}</tr>`).join('\n');
  const table = items.length === 0
    ? '<p>No grade items yet: the tool creates one when a graded session ends.</p>'
    : `<table data-testid="gradebook">
<caption class="visually-hidden">Grades of each learner per grade item</caption>
<thead><tr><th scope="col">Learner</th>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return htmlPage(
    `Gradebook — ${course.title}`,
    `<h1>Gradebook — ${escapeHtml(course.title)}</h1>
<p><a href="/courses/${encodeURIComponent(course.id)}">Back to the course</a></p>
${table}`,
  );
}
