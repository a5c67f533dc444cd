export * from './area-codes';
export * from './dates';
export * from './ids';
export * from './money';
export * from './themes';
export * from './demo-roster';
export * from './first-year';
export * from './wellbeing';
