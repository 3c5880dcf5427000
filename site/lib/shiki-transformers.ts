/** Shiki transformers shared by the example programs and the prose's code blocks. */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

const SHADES: Record<'light' | 'dark', Record<string, string>> = {
  light: { '#d73a49': '#cf222e', '#e36209': '#953800' },
  dark: { '#6a737d': '#8b949e' },
};

/**
 * A few colours of the GitHub themes are too light on this site's code backgrounds for WCAG AA
 * (axe checks it): they become darker shades of the same hues as the HTML is made, so no style
 * rule has to find them by attribute.
 */
export const codeContrast: ShikiTransformer = {
  name: 'code-contrast',
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    node.properties['style'] = style.replace(/--shiki-(light|dark):(#[0-9a-f]{6})/gi, (whole, theme: 'light' | 'dark', colour: string) => {
      const shade = SHADES[theme][colour.toLowerCase()];
      return shade ? `--shiki-${theme}:${shade}` : whole;
    });
  },
};

const colours = (style: unknown) =>
  typeof style === 'string' ? [...style.matchAll(/--shiki-(light|dark):(#[0-9a-f]+)/gi)].map((match) => `${match[1]}:${match[2]!.toLowerCase()}`).join(';') : '';

/**
 * Tokens in the code's own colour are left as bare text, which takes that colour from the block.
 * About a third of all tokens are brackets, names and operators in that colour: on the asyncio
 * pages they were thousands of elements with a style each. The <span class="line"> around each
 * line goes too (nothing styles it; the newlines between lines are text): on the side-by-side
 * asyncio view, 1,800 elements.
 */
export const plainTokens: ShikiTransformer = {
  name: 'plain-tokens',
  pre(pre) {
    const own = colours(pre.properties['style']);
    const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    if (!code) return;
    code.children = code.children.flatMap((line): ElementContent[] =>
      line.type !== 'element'
        ? [line]
        : line.children.flatMap((token): ElementContent[] =>
            token.type === 'element' && token.tagName === 'span' && colours(token.properties['style']) === own ? token.children : [token],
          ),
    );
  },
};

/** What every code block of the site is highlighted with. */
export const codeTransformers: ShikiTransformer[] = [codeContrast, plainTokens];
