export { renderText, textLines, sanitizeTerminal, DEFAULT_TEXT_OPTIONS, type TextOptions } from './text.js';
export { renderMarkdown, DEFAULT_MARKDOWN_OPTIONS, type MarkdownOptions } from './render-markdown.js';
export { escapeMarkdown, escapeMultiline, code, table } from './markdown.js';
export { sections, hintLines, type Section, type HintLine } from './sections.js';
