// Resolved by the workbench bundler (src/bundle.ts) to the card's entry module.
declare module 'workbench:card';
