/**
 * A build step that takes the English text and the translator notes out of every `defineMessages` call, so
 * the shipped code carries message ids only. Every language, English included, reaches the app as a
 * pre-parsed catalogue (src/locales/compiled, loaded before the first paint), so the text in the code was
 * never read in a build: it only cost bytes on the scanner's first load. Tests and `vite dev` keep it.
 *
 * It runs FormatJS's own TypeScript transformer (`removeDefaultMessage`), the tool that reads the same
 * calls `npm run i18n` extracts from, on the files that call `defineMessages` only.
 */
import { transform } from '@formatjs/ts-transformer';
import ts from 'typescript';
import type { Plugin } from 'vite';

const SOURCE = /\/src\/.*\.tsx?$/;

export function stripMessages(): Plugin {
  return {
    name: 'caldasa-strip-messages',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('defineMessages(')) return null;
      const output = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ESNext,
          module: ts.ModuleKind.ESNext,
          jsx: ts.JsxEmit.Preserve,
          verbatimModuleSyntax: true,
          sourceMap: true,
          inlineSources: true,
        },
        transformers: { before: [transform({ removeDefaultMessage: true })] },
        reportDiagnostics: false,
      });
      const text = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
      return { code: text, map: output.sourceMapText ? JSON.parse(output.sourceMapText) : null };
    },
  };
}
