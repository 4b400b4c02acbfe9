// Breaks the rule on purpose: gamma and delta import each other.
import { delta } from '../delta';

export const gamma = (): string => `gamma after ${delta.name}`;
