/**
 * A build step that takes code generation out of zod before it is bundled into the background.
 *
 * zod 4 can compile schemas to JavaScript with `new Function` for speed. We run it `jitless`
 * (lib/messaging/schemas.ts), so that path is never taken, but the code would still sit in the
 * bundle, where reviewers (the Chrome Web Store, addons-linter's DANGEROUS_EVAL) rightly ask why
 * an extension ships an eval. This plugin replaces zod's `const F = Function;` with a function
 * that throws, so the bundle contains no eval at all; tests/e2e/security.spec.ts scans the built
 * files and fails if any `Function`/`eval` use comes back (e.g. after a zod upgrade).
 */
import type { Plugin } from 'vite';

const ZOD_CORE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/][^\\/]+\.js$/;
const FUNCTION_ALIAS = /\bconst F = Function;/g;

export function noEval(): Plugin {
  return {
    name: 'echt-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_CORE.test(id) || !FUNCTION_ALIAS.test(code)) return null;
      FUNCTION_ALIAS.lastIndex = 0;
      return {
        code:
          code.replace(FUNCTION_ALIAS, 'const F = __echtNoCodeGeneration;') +
          '\nfunction __echtNoCodeGeneration() { throw new EvalError("Echt ships without code generation"); }\n',
        map: null,
      };
    },
  };
}
