import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Layer rules: domain <- state <- scene | ui <- app. Each folder may import only from the layers below it.
const forbid = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message: 'Layer rule: see ARCHITECTURE.md' })) }],
})

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'reports/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The store/scene pattern writes refs and GPU objects in effects on purpose.
      'react-hooks/immutability': 'off',
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['src/domain/**'], rules: forbid('react', 'react-dom', 'three', 'three/*', '@react-three/*', 'zustand', 'zustand/*', '**/state/**', '**/scene/**', '**/ui/**', '**/app/**') },
  { files: ['src/state/**'], rules: forbid('three', 'three/*', '@react-three/*', '**/scene/**', '**/ui/**', '**/app/**') },
  { files: ['src/scene/**'], rules: forbid('**/ui/**', '**/app/**') },
  { files: ['src/ui/**'], rules: forbid('three', 'three/*', '@react-three/*', '**/scene/**', '**/app/**') },
  { files: ['src/**'], ignores: ['src/app/**'], rules: { 'no-restricted-syntax': ['error', { selector: "ImportExpression[source.value=/scripts/]", message: 'src never imports scripts/' }] } },
)
