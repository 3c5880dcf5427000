/**
 * Edit in place: CodeMirror 6 with Python, over the example's code, loaded the first time a
 * reader presses Edit. Nothing typed leaves the page. The setup is CodeMirror's basic one without
 * autocompletion, whose pop-up Enter accepts in place of the line break the reader typed, and with
 * Tab left to move the focus on, as there.
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export interface Editor {
  text(): string;
  focus(): void;
  destroy(): void;
}

export function openEditor(parent: HTMLElement, code: string, label: string): Editor {
  const view = new EditorView({
    doc: code,
    parent,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      foldGutter(),
      drawSelection(),
      dropCursor(),
      EditorState.allowMultipleSelections.of(true),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap]),
      python(),
      syntaxHighlighting(classHighlighter),
      EditorView.contentAttributes.of({ 'aria-label': label }),
    ],
  });
  return {
    text: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
