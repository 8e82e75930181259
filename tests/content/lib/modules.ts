import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * Every module on disk (content/modules/<folder>/index.mdx), read the way the checks need
 * it: raw frontmatter data, the MDX body, and where the body starts so failures can quote
 * line numbers of the file itself.
 */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const MODULES_DIR = join(ROOT, 'content', 'modules');

export interface ModuleFile {
  folder: string;
  /** Path relative to the repository root, used in every failure message. */
  file: string;
  data: unknown;
  body: string;
  /** Line of the file on which the body's first line sits (1-based). */
  bodyLine: number;
  hasQuiz: boolean;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readModule(folder: string): ModuleFile {
  const path = join(MODULES_DIR, folder, 'index.mdx');
  const file = relative(ROOT, path);
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines`);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const bodyLine = match[0].split('\n').length;
  return { folder, file, data, body: text.slice(match[0].length), bodyLine, hasQuiz: existsSync(join(MODULES_DIR, folder, 'quiz.ts')) };
}

/** Folders that hold an index.mdx, sorted so test output is stable. */
export function moduleFolders(): string[] {
  return readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(MODULES_DIR, entry.name, 'index.mdx')))
    .map((entry) => entry.name)
    .sort();
}

export const allModules = (): ModuleFile[] => moduleFolders().map(readModule);
