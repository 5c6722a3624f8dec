// Test tiers (ARCHITECTURE.md): unit = pure rules; component = the web's forms in jsdom; integration = services and routers
// on a real database (SQLite, or PostgreSQL when TEST_DATABASE_URL is set); lti = full
// protocol flows over HTTP against the dev LMS. ts-jest type-checks every test file (diagnostics on,
// not isolated): a test that does not compile fails instead of running on a guess.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

// FormatJS (react-intl and its parser) ships only ES modules: Babel turns them into CommonJS
// for Jest. Not ts-jest: it keeps one set of options per project, so a second ts-jest
// transform would compile the project's .tsx files without JSX.
const ES_MODULE_PACKAGES = ['react-intl', '@formatjs', 'intl-messageformat'];
const esModuleTransform = {
  '^.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }],
};
const transformIgnorePatterns = [`/node_modules/(?!(${ES_MODULE_PACKAGES.join('|')})/)`];

const common = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { ...compilerOptions, module: 'commonjs', moduleResolution: 'node10', paths: compilerOptions.paths, baseUrl: __dirname, types: ['node', 'jest'], lib: ['ES2023', 'DOM'], isolatedModules: false }, diagnostics: true }],
    ...esModuleTransform,
  },
  transformIgnorePatterns,
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  rootDir: __dirname,
};

module.exports = {
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,tools,apps/server,apps/web}/**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/node_modules/'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{libs,apps/server,tests/integration}/**/*.int.test.ts'] },
    { ...common, displayName: 'lti', testMatch: ['<rootDir>/tests/lti/**/*.test.ts'] },
    // Components as a person uses them (React Testing Library in jsdom): the forms' words, focus and field errors.
    {
      ...common,
      displayName: 'component',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/tools/jest/jsdom-globals.js'],
      testMatch: ['<rootDir>/apps/web/**/*.test.tsx'],
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { tsconfig: { ...compilerOptions, module: 'commonjs', moduleResolution: 'node10', paths: compilerOptions.paths, baseUrl: __dirname, jsx: 'react-jsx', types: ['node', 'jest'], lib: ['ES2023', 'DOM', 'DOM.Iterable'], isolatedModules: false }, diagnostics: true }],
        ...esModuleTransform,
      },
    },
  ],
};
