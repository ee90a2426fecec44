// Counted nouns and articles for every message and renderer: "1 error", "2 errors", "1,000 models",
// "an ELMModel", "a GRU", "an LSTM", "an UpSampling2D", "a unit". The diff's messages and the
// renderers in report/ and github/ all use these (it imports nothing, so every layer may use it).

/** The plural of an English noun, regular forms only (the last word of a phrase is inflected). */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** The noun alone, for `n` things: `noun(1, 'error')` is "error", `noun(2, 'error')` "errors". */
export function noun(n: number, singular: string, pluralForm = pluralOf(singular)): string {
  return n === 1 ? singular : pluralForm;
}

/** `n` and its noun: "1 error", "2 errors", "0 models". */
export function plural(n: number, singular: string, pluralForm?: string): string {
  return `${n} ${noun(n, singular, pluralForm)}`;
}

/** "is" for one, "are" for more (or none). */
export function isAre(n: number): string {
  return n === 1 ? 'is' : 'are';
}

// Letters whose names start with a vowel sound: "an F", "an LSTM", "an MLP", "an RNN", "an SVM", "an HDF5".
const VOWEL_SOUND_LETTERS = new Set('aefhilmnorsx');
// Vowel letters that start with a consonant sound: "a unit", "a user", "a one-hot", "a European".
const CONSONANT_SOUND = /^(uni(?![mnd])|use|usu|uti|ura|uri|ubi|eu|ewe)/i;
const ONE = /^[Oo]n(e(?![a-z])|ce)/;
// Silent h: "an hour", "an honest".
const SILENT_H = /^(hour|honest|honou?r|heir)/i;

/** Read as letters: an acronym ("ELMModel", "LSTMCell", "GRU", "HDF5", "h5"), or a lone letter. */
function spelledOut(word: string): boolean {
  return /^[A-Z]{2}/.test(word) || /^[A-Za-z](?![A-Za-z])/.test(word);
}

/** "a" or "an" before `word`, by the sound it starts with; good enough for class names and formats. */
export function article(word: string): 'a' | 'an' {
  const w = word.trim().replace(/^['"`(]+/, '');
  if (!w) return 'a';
  if (/^\d/.test(w)) return /^(8|11(?!\d)|18(?!\d)|11\d\d\d(?!\d)|18\d\d\d(?!\d))/.test(w) ? 'an' : 'a';
  if (spelledOut(w)) return VOWEL_SOUND_LETTERS.has(w.charAt(0).toLowerCase()) ? 'an' : 'a';
  if (SILENT_H.test(w)) return 'an';
  if (CONSONANT_SOUND.test(w) || ONE.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** `word` with its article: "an ELMModel", "a Dense". */
export function withArticle(word: string): string {
  return `${article(word)} ${word}`;
}
