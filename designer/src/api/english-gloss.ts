/** Older server messages end in an English gloss in brackets for API clients and logs, e.g.
 *  `不能在机构 x 立案… (you may not open a case in x: …)`. A person reads the Chinese only: a bracketed part without
 *  Chinese characters that holds three English words in a row is dropped; identifiers in brackets (`(case-file-review)`)
 *  stay. */
export function withoutEnglishGloss(text: string): string {
  return text
    .replace(/\s*\(([^()\p{Script=Han}]*)\)/gu, (whole, inner: string) => (/[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}/.test(inner) ? '' : whole))
    .trim();
}
