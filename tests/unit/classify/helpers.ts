import { createClassifier } from '../../../src/classify/classifier.ts';
import { loadLexicons } from '../../../src/cli/load-lexicons.ts';

export const classifier = createClassifier(loadLexicons());
export const classify = (text: string) => classifier.classify(text);
export const flagsOf = (text: string) => classify(text).flags;
