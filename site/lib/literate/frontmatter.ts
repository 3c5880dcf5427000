/**
 * A page's frontmatter: one schema, used by the toolkit and by the site's content collection
 * (site/content.config.ts), so that both accept the same pages.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LiterateError, type LiterateConfig } from './config.ts';

export const pageFrontmatter = z.object({
  title: z.string(),
  description: z.string(),
  /** Position in the chapter's order (the sidebar and previous/next links follow it). */
  order: z.number(),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;

/** YAML text → its value, or the problem at its line (the YAML starts on line 2, after ---). */
export function parseFrontmatterYaml(yaml: string, file: string, config: LiterateConfig): unknown {
  try {
    return parseYaml(yaml);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0;
    throw new LiterateError(config, file, line + 1, `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`, 'quote a value that contains ": " or starts with a special character');
  }
}

/** What the schema finds wrong with a page's frontmatter; empty when it is right. */
export function frontmatterProblems(data: unknown, file: string, config: LiterateConfig): LiterateError[] {
  const checked = pageFrontmatter.safeParse(data ?? {});
  if (checked.success) return [];
  const missing = [...new Set(checked.error.issues.map((issue) => String(issue.path[0] ?? '')))].filter(Boolean);
  return [new LiterateError(config, file, 2, `frontmatter lacks ${missing.join(', ')}`, 'give title and description (text) and order (a number: the position in the chapter)')];
}
