// natural types its index modules, not these two files. They are imported directly because the
// typed util and stemmers indexes load natural's storage back ends and every other language's stemmer.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  /** The Porter (1980) stemmer for English. */
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  /** natural's list of English stop words. */
  export const words: string[];
}
