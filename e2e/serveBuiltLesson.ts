import type { TestProject } from 'vitest/node';
import { serveLesson } from '../scripts/serve.js';

export const LESSON_SUB_PATH = '/courses/transformers/self-attention/';

declare module 'vitest' {
  export interface ProvidedContext {
    lessonUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await serveLesson({ port: 0, basePath: LESSON_SUB_PATH });
  project.provide('lessonUrl', server.url);
  return async () => {
    await server.close();
  };
}
