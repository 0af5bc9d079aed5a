// ESLint (flat config), run by `npm test` and `npm run lint` (issue 11, point 6).
// - typescript-eslint with type information, for the rules that need it: a promise nobody awaits or
//   catches (`no-floating-promises`) is how a failed request goes silent.
// - eslint-plugin-lit and eslint-plugin-lit-a11y read the `html` templates: bindings, duplicate
//   attributes, roles, labels, keyboard access.
// - `max-lines`: a source file one can hold in the head (about 400 lines). The files allowed more say
//   why in their first comment; the list is below, so that it only shrinks.
// Formatting is Prettier's (`.prettierrc.json`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Source files allowed over 400 lines, each with its reason in its header comment. Shrink, never grow. */
const LONG_FILES = [];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'bench/tmp/**',
      'demo/vendor/**',
      'packages/components/custom-elements.json',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except a deliberate `_` prefix and the rest sibling of a destructuring.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // French typography puts narrow no-break spaces in texts, templates and comments on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true }],
    },
  },
  // TypeScript sources: the rules that need types.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's `describe`/`it` return promises that the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Elements: lit and lit-a11y on every template.
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    rules: {
      // Three rules that read a template without the page around it, so they misjudge what axe (run on the
      // rendered DOM in every widget's browser test) judges right:
      // - a `role="list"` on a styled `<ul>` and `rowgroup` on a grid-styled `<thead>` are deliberate: WebKit
      //   drops the implicit role once `list-style` or `display` changes;
      // - a click listener on a `<thead>` or a listbox delegates from the real buttons and options inside,
      //   whose keyboard path is the buttons' own or the combobox's (APG);
      // - a combobox `<input>` is named by its `<label for>`, which the rule does not follow.
      'lit-a11y/no-redundant-role': 'off',
      'lit-a11y/click-events-have-key-events': 'off',
      'lit-a11y/accessible-name': 'off',
      // A controller kept in a private field only to be registered (`addController` in its constructor).
      'no-unused-private-class-members': 'off',
      // `autofocus` is used only inside a native `<dialog>`, where it is the way to choose the first focus.
      'lit-a11y/no-autofocus': 'off',
    },
  },
  // A source file one can hold in the head.
  {
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.tsx', 'stories/**/*.ts', 'demo/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    ignores: ['**/*.test.ts', '**/*.test.node.ts', '**/*.test.tsx', ...LONG_FILES],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  // Tests may be long (one journey per describe), but not endless.
  {
    files: ['**/*.test.ts', '**/*.test.node.ts', '**/*.test.tsx'],
    rules: {
      'max-lines': ['error', { max: 1200, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // Browser tests (mocha + chai in @web/test-runner): @open-wc/testing's chai plugins make every
  // `expect(…)` assertion a thenable, so the rule would flag each assertion line; a rejected promise
  // there fails the test anyway (wtr reports unhandled rejections). Sources and Node tests keep the rule.
  {
    files: ['packages/components/**/*.test.ts', 'packages/components/**/*.test.tsx', 'packages/react-bindings/**/*.test.tsx', 'packages/components/test/**/*.ts', 'demo/**/*.test.ts', 'stories/**/*.test.ts', 'stories/support/story-tests.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  // Plain JavaScript (scripts, bench, configs): no type information.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
