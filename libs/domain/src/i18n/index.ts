export * from './locale-choice';
