/**
 * The glossary's bilingual term map for the search box, as one file that the box fetches when it
 * is first opened, with Pagefind's index: carried in every page, it was 18 KB ahead of the text.
 */
import { searchTermMap } from '../lib/sections';

export const GET = () => Response.json(searchTermMap());
