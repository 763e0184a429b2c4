/** `stopword` ships no type declarations; these cover the lists the archive reads. */
declare module 'stopword' {
  export const eng: readonly string[];
  export const rus: readonly string[];
}
