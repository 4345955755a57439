/**
 * Every number the classifier uses, named and explained. Scores are 0..1.
 *
 * Score bands (documented contract, also in docs/classifier.md):
 *   flags:  score ≥ the flag's *_MIN → the flag is raised. Lexicon weights map straight to scores.
 *   anger:  < TONE_FRUSTRATED_MIN → calm; < TONE_ANGRY_MIN → frustrated; otherwise angry.
 */

/** Lexicon weight ≥ this → a vulgar word counts on its own (below: ambiguous words that only add anger). */
export const VULGARITY_MIN = 0.3;
/** Insult words this strong are insults even as a bare vocative ("¡Idiotas!"); weaker ones need a person target. */
export const INSULT_VOCATIVE_MIN = 0.8;
/** A bare vocative is a little less certain than "eres un …". */
export const INSULT_VOCATIVE_FACTOR = 0.9;
export const INSULT_MIN = 0.5;
/** "no digo que seas un inútil": an epithet's negation may sit five words back. */
export const INSULT_NEGATION_WINDOW = 5;
/** A swear word this strong, aimed at a person, is an insult too, with this score. */
export const SWEAR_AT_PERSON_MIN = 0.8;
export const SWEAR_AT_PERSON_SCORE = 0.6;
/**
 * The farthest any rule looks across a sentence, in words (the subject at the head of a long sentence, a
 * request word before "ya", a "but" after a negated threat): bounded, so a megabyte with no full stop stays linear.
 */
export const SENTENCE_REACH = 40;
/** How far back (in words, same sentence) to look for who an insult is aimed at. */
export const TARGET_WINDOW = 6;
/** ...and how close a word for the customer themselves must be to make the insult self-directed ("I'm such a bloody idiot"). */
export const SELF_WINDOW = 4;
export const LEGAL_MIN = 0.5;
/** Two different phrases of one flag add up only if the weaker one is at least this strong. */
export const WEAK_PAIR_MIN = 0.45;
/**
 * Veiled threats are mostly two hints: a visit or a watcher ("I'll be waiting for him", "lo voy a esperar") and
 * an ominous close ("he'll think twice", "avisados están"), each too weak alone; a hint this strong is a second one.
 * Two of the lightest (0.35: "pop in", "have a word") still stay under THREAT_MIN together (combine(0.35, 0.175)).
 */
export const THREAT_PAIR_MIN = 0.35;
/** A wait and its result, each a hint: "hace 12 días… y todavía no llega" (0.45 + 0.4), "on hold… for an hour now". */
export const IMPATIENCE_PAIR_MIN = 0.4;
export const THREAT_MIN = 0.5;
/** a formal complaint to a body named by an acronym the lexicons do not know ("la queja en la ASEP") */
export const LEGAL_ACRONYM = 0.75;
/** A threat in a sentence marked as a joke ("jaja", "lol", 😂) keeps this share of its score. */
export const JOKE_FACTOR = 0.4;
/**
 * A veiled threat ("I'll be waiting for your driver", "que se prepare") is a threat when the customer is hostile
 * (swearing, insulting or furious): its weight is multiplied by this. A calm "I'll be waiting for the driver at the
 * gate" stays a logistics note.
 */
export const HOSTILE_THREAT_FACTOR = 1.5;
/** Swear, insult or anger words at least this strong (not negated) make a message hostile. */
export const HOSTILE_WORD_MIN = 0.5;
export const ESCALATION_MIN = 0.5;
/** "Manager. Now.", "¡Supervisor!": a word for someone higher said as a sentence of its own. */
export const ESCALATION_DEMANDED_ALONE = 0.75;
export const IMPATIENCE_MIN = 0.5;
/** A time phrase written in capitals ("14 DAYS") is pressure: its weight is multiplied by this. */
export const SHOUTED_IMPATIENCE_FACTOR = 2;
/** "YA", "NOW", "HOY" in capitals, on their own. */
export const SHOUTED_URGENCY = 0.75;
/** time pressure from a day or a date (impatience.ts, deadlineAt: "I need it today for…", "les doy plazo hasta el viernes") */
export const DEADLINE_PRESSURE = 0.6;
/** Negation words looked for this many words back, within the clause ("no es tu culpa"). */
export const NEGATION_WINDOW = 4;

// Anger: raw evidence is summed, then squashed with 1 - exp(-raw).
export const ANGER_WORD_FACTOR = 1;
/** Anger words at least this strong are highlighted in the panel. */
export const ANGER_CUE_MIN = 0.2;
/** "muy", "so", "really" before an anger word. */
export const INTENSIFIER_BOOST = 1.2;
/** "no estoy enojado": a negated anger word keeps this share. */
export const NEGATED_ANGER_FACTOR = 0.2;
/** an anger word naming a crime the customer suffered and reported to the police ("me robaron la billetera") */
export const CRIME_REPORT_FACTOR = 0.2;
/**
 * Swearing alone, at a situation, is frustration ("ptm otra vez se cayó el internet", "absolute shitshow"): of
 * the set messages it made angry alone at 0.7, readers called 146 frustrated, 24 calm and 66 angry. Another anger
 * cue (an anger word, capitals, "!", a why-question, another flag) still makes it anger.
 */
export const ANGER_FROM_VULGARITY = 0.55;
/** Swearing in a warm message (thanks, praise, a happy emoji, "jaja") with no anger word this strong... */
export const FRIENDLY_ANGER_MAX = 0.3;
/** ...adds only this share of its usual anger. */
export const FRIENDLY_SWEAR_FACTOR = 0.3;
/** An insult word that is not an insult (aimed at a product) counts as an anger word of this share of its weight. */
export const THING_EPITHET_ANGER = 0.3;
export const ANGER_FROM_INSULT = 0.9;
export const ANGER_FROM_THREAT = 1.1;
export const ANGER_FROM_LEGAL = 0.35;
export const ANGER_FROM_IMPATIENCE = 0.3;
export const ANGER_FROM_ESCALATION = 0.2;
/** Share of words in capitals (messages of ≥ 3 words). */
export const ANGER_FROM_CAPS = 0.8;
export const ANGER_PER_EXCLAMATION = 0.08;
export const MAX_EXCLAMATIONS = 6;
export const ANGER_PER_ANGRY_EMOJI = 0.25;
export const MAX_ANGRY_EMOJI = 4;
/** An anger word the writer says of themselves ("I'm fuming", "yo estoy furiosa") weighs this much more... */
export const SELF_REPORT_BOOST = 1.3;
/** ...only for words of anger itself: "I'm fed up" stays frustration. */
export const SELF_REPORT_MIN = 0.6;
/** An anger word at least this strong that the customer says they feel ("I'm disappointed") is frustration at least. */
export const FELT_MIN = 0.35;
export const POLITENESS_RELIEF = 0.3;
/** A question why ("why is it impossible…?", "¿por qué me cobran…?") adds this much, for at most WHY_MAX of them. */
export const WHY_ANGER = 0.35;
export const WHY_MAX = 2;
/** Only the strongest few anger words count, each next one weighing ANGER_WORD_DECAY times the previous. */
export const ANGER_WORDS_COUNTED = 4;
export const ANGER_WORD_DECAY = 0.45;
/** anger = 1 - exp(-ANGER_SCALE × raw evidence) */
export const ANGER_SCALE = 1;
/**
 * The calm band: evidence below this (raw, after politeness) is mapped on a straight line from the warmest message
 * possible (raw = -2 × POLITENESS_RELIEF: anger 0) up to this point of the curve, so that a plain message scores a
 * little more than a thankful one ("Order 4417 arrived today." 0.005, "...thanks." 0.003, "...thank you so much, you
 * are great!" 0; CALM_LENGTH_WORDS scales it by length) instead of all 0. Above it the curve is unchanged, and the
 * point is far below TONE_FRUSTRATED_MIN, so no tone changes. Anger orders messages (the team's mean-anger limit, the
 * real data's rank correlations), and readers rank warmth below plain calm: SemEval EN Spearman tune 0.607 → 0.613,
 * airline sentiment 0.419 → 0.489.
 */
export const CALM_BAND_RAW = 0.01;
/**
 * ...and in the band, length breaks the remaining ties: a message of this many words or more keeps its whole
 * calm-band score, a one-word message half of it ("Where is my order?" 0.005; "I ordered a blue jacket two weeks ago
 * and I would like to know when it will be shipped to my address in Leeds." 0.009). Among messages with no evidence,
 * a longer one more often carries a grievance (tune rows: SemEval EN Spearman 0.612 → 0.616, airline sentiment
 * 0.491 → 0.509, SemEval ES 0.554 → 0.555; DETOXIS toxicity 0.208 → 0.204). No tone changes: the band stays below 0.01.
 */
export const CALM_LENGTH_WORDS = 20;

export const TONE_FRUSTRATED_MIN = 0.15;
export const TONE_ANGRY_MIN = 0.58;

/** Text beyond this many characters is not read (a 1 MB paste is still one message; the start says enough). */
export const MAX_CHARS = 200_000;

/** the class of counts in each language: numbers 2–99 in digits belong to it too (Matcher.countsIn) */
export const COUNT_CLASS = { es: 'cantidad', en: 'amount' } as const;
/**
 * Key words read through one keyboard slip ("supervisr", "manger", "gerentee"): the whole words of these classes,
 * at least FUZZY_MIN_LENGTH letters long, in the language of each class file. Only for words the lexicons do not know.
 */
export const FUZZY_CLASSES = ['higher', 'boss', 'superior', 'staff'] as const;
export const FUZZY_MIN_LENGTH = 6;
