// Lesson Markdown is rendered at build time (scripts/vite-plugin-lesson-markdown.js).
declare module '*.md' {
  const step: {
    meta: Record<string, unknown>;
    blocks: ({ kind: 'prose'; html: string } | { kind: 'figure'; id: string })[];
  };
  export default step;
}
