// One ESLint setup for the whole repository (flat config).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/data/**',
      '**/artifacts/**',
      '**/coverage/**',
      '**/.turbo/**',
      'server/src/database/migrations/**',
      'miniapp/src/rem.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['server/src/**/*.ts', 'shared/src/**/*.ts', 'miniapp/src/**/*.{ts,tsx}'],
    ignores: ['**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: '只用具名导出（页面与配置文件除外）。' },
        { selector: 'TSEnumDeclaration', message: '用 as const 对象与字面量联合类型代替 enum。' },
      ],
    },
  },
  {
    // Taro requires default exports for pages, the app and config files.
    files: ['miniapp/src/app.tsx', 'miniapp/src/**/index.tsx', 'miniapp/src/**/*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['miniapp/**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // CommonJS config files (jest, babel) load their helpers with require().
    files: ['**/*.config.js', 'jest.base.js', '**/babel.config.js', 'miniapp/test/weapp/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/scripts/**/*.{js,mjs}', '.ci/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
