/**
 * Small integer constants read in the classifier's hot loops, in a module of constants only: the bundler then writes
 * each value into the code that uses it. A constant left as a top-level variable of a bundled module (as esbuild
 * leaves those used in their own module) is read from the module's context, with a type check, on every use; in the
 * tokenizer's and the matcher's loops that was about 5% of the classifier's instructions.
 */

// wordChar() (fold.ts): what a BMP code unit (≥ 0x80) is to the tokenizer's fast path
/** ends a word */
export const WC_BREAK = -1;
/** needs the tokenizer's full path: a letter that folds to several letters or none, a combining or invisible mark, € */
export const WC_SLOW = -2;
/** ’ or ´: joins a contraction when a letter follows */
export const WC_APOSTROPHE = -3;
/** the first half of a surrogate pair: look at the whole code point */
export const WC_SURROGATE = -4;
/** in a letter's wordChar() value: it is upper case (the folded code unit is in the low 16 bits) */
export const WC_UPPER = 0x10000;

/** FNV-1a's multiplier (forms.ts: word hashes) */
export const FNV_PRIME = 0x01000193;

// The matcher's compiled patterns (matcher.ts): two integers per pattern token, (op, argument)
/** argument: the word's id (WordIds) */
export const OP_WORD = 0;
/** argument: index in Matcher.prefixes */
export const OP_PREFIX = 1;
export const OP_ANY = 2;
export const OP_GAP = 3;
/** argument: the class bit */
export const OP_CLASS = 4;
/** the most words a ~ in a pattern stands for */
export const MAX_GAP = 3;
/** integers per candidate in FormInfo.pool */
export const CAND_INTS = 4;

/** words counted for the language guess (classifier.ts) */
export const LANGUAGE_WORDS = 400;
