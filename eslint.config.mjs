import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import formatjs from 'eslint-plugin-formatjs';

export default tseslint.config(
  { ignores: ['**/vite.config.ts', '**/node_modules/**', '**/dist/**', '**/.data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: ['express', 'sequelize', 'react', 'ltijs', 'socket.io', 'pg', 'sqlite3'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:server-lib', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:server-lib'] },
            { sourceTag: 'type:web-lib', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:web-lib'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:server-lib', 'type:web-lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:server-lib', 'type:tool'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:server-lib', 'type:tool', 'type:e2e'] },
            // Module arrows (ARCHITECTURE.md): the web never reaches a server library; each server
            // module names the lower modules it may use, so a cycle cannot be written.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:core', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:persistence', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:lti', onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence'] },
            { sourceTag: 'scope:jitsi', onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence'] },
            { sourceTag: 'scope:http', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:lti'] },
            { sourceTag: 'scope:edge', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:lti', 'scope:http', 'scope:jitsi'] },
            { sourceTag: 'scope:rooms', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:lti', 'scope:http'] },
            { sourceTag: 'scope:meetings', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:http', 'scope:jitsi', 'scope:rooms'] },
            { sourceTag: 'scope:stage', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:http', 'scope:rooms', 'scope:meetings'] },
            { sourceTag: 'scope:attendance', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:lti', 'scope:http', 'scope:rooms', 'scope:meetings'] },
            { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:lti', 'scope:http', 'scope:edge', 'scope:jitsi'] },
            { sourceTag: 'scope:realtime', onlyDependOnLibsWithTags: ['scope:shared', 'scope:core', 'scope:persistence', 'scope:lti', 'scope:http', 'scope:edge', 'scope:rooms', 'scope:meetings', 'scope:stage'] },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules for the async mistakes that lose errors: a promise nobody awaits, an
    // async function where Express or Socket.IO expect a callback whose result they ignore.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React event attributes may be async (react-hook-form's handleSubmit); their errors are handled inside.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts', 'libs/web/**/*.tsx', 'libs/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Every word a page shows comes from a message catalog (apps/web/src/i18n): a literal in
    // JSX, as text or in a prop that reaches the reader, fails the lint.
    files: ['apps/web/src/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'apps/web/src/test-support/**'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [['*', '{label,title,subtitle,description,hint,legend,heading,caption,summary,message,confirmLabel,cancelLabel,busyLabel,emptyText,placeholder,alt,aria-label,aria-description}']],
          },
        },
      ],
    },
  },
);
