// Lint: typescript-eslint's recommended rules on every TypeScript file; type checking is `tsc` (npm run typecheck).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'client/dist/**', 'neo4j/**', '.data/**', 'bench/out/**', '.tmp/**', 'server/api/generated/**', 'client/src/gql/**', 'client/dist-hooks/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
);
