/** Tiny HTML helpers: every page is server-rendered, self-contained and escapes all text. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Inline styles only: the LMS must work offline and without any CDN. */
const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f6f7f9; line-height: 1.5; }
  header { background: #263b5e; color: #fff; padding: 0.75rem 1.5rem; }
  header a { color: #fff; }
  main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
  section { background: #fff; border: 1px solid #d5d9e0; border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e3e6eb; vertical-align: top; }
  .button, button { display: inline-block; background: #1f5fbf; color: #fff; border: 0; border-radius: 4px;
    padding: 0.3rem 0.7rem; margin: 0.1rem 0; font: inherit; text-decoration: none; cursor: pointer; }
  .button:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
  .error { border-color: #b3261e; }
  .error h1 { color: #b3261e; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  code { background: #eef0f3; padding: 0 0.25rem; border-radius: 3px; word-break: break-all; }
`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Dev LMS</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Dev LMS</a> <span aria-hidden="true">·</span> LTI 1.3 test platform</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

/** A page for a refused request: it names the problem so a developer can fix the tool. */
export function errorPage(title: string, problem: string): string {
  return htmlPage(
    title,
    `<section class="error" role="alert" aria-labelledby="error-title">
<h1 id="error-title">${escapeHtml(title)}</h1>
<p>${escapeHtml(problem)}</p>
<p><a href="/">Back to the Dev LMS home page</a></p>
</section>`,
  );
}
