/**
 * Edit in place: CodeMirror 6 with Python, over the example's code, loaded the first time a
 * reader presses Edit. Nothing typed leaves the page.
 */
import { python } from '@codemirror/lang-python';
import { syntaxHighlighting } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { basicSetup, EditorView } from 'codemirror';

export interface Editor {
  text(): string;
  focus(): void;
  destroy(): void;
}

export function openEditor(parent: HTMLElement, code: string, label: string): Editor {
  const view = new EditorView({
    doc: code,
    parent,
    extensions: [basicSetup, python(), syntaxHighlighting(classHighlighter), EditorView.contentAttributes.of({ 'aria-label': label })],
  });
  return {
    text: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
