/**
 * The literate-testing toolkit, shared by the site, the tests and the scripts:
 * find the examples in a page, run them with real CPython, check or update what the page documents.
 */
export * from './examples.ts';
export * from './patterns.ts';
export * from './run-snippet.ts';
export * from './matchers.ts';
export * from './twins.ts';
export * from './update.ts';
export * from './interpreters.ts';
export * from './matrix.ts';
export * from './changes.ts';
