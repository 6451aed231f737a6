import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as stopWords } from 'natural/lib/natural/util/stopwords.js';

/** Every similarity score is rounded to this many decimals, so that the outputs are byte-stable. */
const SCORE_DECIMALS = 4;

const roundScore = (score: number) => Math.round(score * 10 ** SCORE_DECIMALS) / 10 ** SCORE_DECIMALS;

const tokenizer = new WordTokenizer();
const stopWordSet = new Set(stopWords);
// Stemming is the slow step and the texts reuse a small vocabulary: stem each word once.
const stems = new Map<string, string>();
const stemOf = (word: string) => stems.get(word) ?? stems.set(word, PorterStemmer.stem(word)).get(word)!;

/**
 * The terms of a text: its words, lower-cased, English stop words dropped, each reduced to its
 * Porter stem ("trafficking" and "traffickers" both count as "traffick").
 */
export function termsOf(text: string): string[] {
  // natural's word tokenizer knows only unaccented Latin letters: strip accents rather than split "Québec".
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return tokenizer
    .tokenize(plain)
    .filter((word) => !stopWordSet.has(word))
    .map(stemOf);
}

/**
 * Indexes texts for TF-IDF cosine similarity. The inverse document frequencies are those of the
 * corpus given (natural's TfIdf: idf = 1 + ln(N / (1 + df)), tf the raw count), so a term shared
 * by most of the corpus weighs little. `similarity(a, b)` is the cosine of the two texts' vectors,
 * in [0, 1], rounded to SCORE_DECIMALS; a text without terms is similar to nothing.
 */
export function similarityIndex(texts: ReadonlyArray<{ readonly id: string; readonly text: string }>) {
  const tfidf = new TfIdf();
  for (const { text } of texts) tfidf.addDocument(termsOf(text));
  // Each vector is scaled to unit length once, so that a cosine is a dot product; its terms are
  // numbered and kept in ascending order, so that a dot product is one merge of two short lists
  // and adds its products in the same order whichever text comes first.
  const termNumbers = new Map<string, number>();
  const vectors = new Map(
    texts.map(({ id }, d) => {
      const terms = tfidf.listTerms(d);
      const norm = Math.hypot(...terms.map((t) => t.tfidf));
      const entries = terms
        .map((t) => ({
          term: termNumbers.get(t.term) ?? termNumbers.set(t.term, termNumbers.size).get(t.term)!,
          weight: t.tfidf / norm,
        }))
        .sort((x, y) => x.term - y.term);
      return [
        id,
        { terms: Int32Array.from(entries, (e) => e.term), weights: Float64Array.from(entries, (e) => e.weight) },
      ];
    }),
  );
  const vectorOf = (id: string) => vectors.get(id) ?? fail(`no text ${id} in the index`);
  return {
    similarity(a: string, b: string): number {
      const [u, v] = [vectorOf(a), vectorOf(b)];
      let dot = 0;
      for (let i = 0, j = 0; i < u.terms.length && j < v.terms.length;) {
        if (u.terms[i]! < v.terms[j]!) i++;
        else if (u.terms[i]! > v.terms[j]!) j++;
        else dot += u.weights[i++]! * v.weights[j++]!;
      }
      return roundScore(Math.min(1, dot));
    },
  };
}

/** A similarity index over texts. */
export type SimilarityIndex = ReturnType<typeof similarityIndex>;

const fail = (message: string): never => {
  throw new Error(message);
};
