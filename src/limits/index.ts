export * from './time.ts';
export * from './check.ts';
export * from './tracker.ts';
export * from './summary.ts';
