/**
 * Lets Node's type stripping load the site's modules, which import each other without the ".ts"
 * extension (Vite and vitest resolve those; plain Node does not): a relative specifier that does
 * not resolve is retried with ".ts". Import this module before dynamically importing site code.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return next(`${specifier}.ts`, context);
    }
  },
});
