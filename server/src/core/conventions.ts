// The conventions a document states about its own letters, in the languages the reader knows. Today one:
// "if no R is given, the A does the work", which makes a row with an A and no R complete. Stated in a
// legend or a bullet beside it, in prose the document's authors wrote for its readers.

export interface Conventions {
  /** A row with an accountable role and no responsible one is done by the accountable role. */
  accountableDoesWork: boolean;
}

// "No R" in each language: the negation and the letter (or its word) close together.
const NO_RESPONSIBLE = [
  String.raw`\b(?:if|when|where|unless)\s+(?:there\s+is\s+)?no\s+(?:R|responsible)\b`,
  String.raw`\b(?:R|responsible)(?:\s+role)?\s+is\s+(?:not\s+|un)(?:specified|given|listed|assigned|named)`,
  String.raw`\bwithout\s+(?:an?\s+)?(?:R|responsible)\b`,
  String.raw`(?:未|没有|无)(?:指明|指定|标明|写明)?\s*R(?![A-Za-z])`,
  String.raw`R\s*(?:が|は)?(?:ない|無い|いない|指定されていない|未指定)|Rなし`,
  String.raw`R(?:이|가)?\s*(?:없|지정되지)`,
  String.raw`\b(?:si|sans)\s+(?:aucun\s+|pas\s+de\s+)?(?:R|responsable|réalisateur)\b`,
  String.raw`\b(?:wenn|falls)\s+kein(?:e|en)?\s+(?:R|Verantwortliche[rn]?|Durchführende[rn]?)\b|\bohne\s+R\b`,
  String.raw`\bsi\s+no\s+(?:hay|se\s+\p{L}+)\s+(?:un\s+|ningún\s+)?(?:R|responsable)\b|\bsin\s+R\b`,
  String.raw`\bse\s+não\s+(?:houver|for\s+\p{L}+)\s+(?:um\s+|nenhum\s+)?(?:R|responsável)\b|\bsem\s+R\b`,
  String.raw`\bse\s+non\s+(?:c['’]è|è\s+\p{L}+)\s+(?:un\s+|alcun\s+)?(?:R|responsabile)\b|\bsenza\s+R\b`,
  String.raw`\bals\s+er\s+geen\s+(?:R|uitvoerende)\b|\bzonder\s+R\b`,
  String.raw`(?:если|когда)\s+(?:нет\s+)?R\s*(?:не\s+указан|нет|отсутствует)?|\bбез\s+R\b`,
];
// `\b` knows only ASCII letters: a word boundary here is any letter's, so that Cyrillic and accented
// words are bounded too.
const unicodeBoundaries = (source: string) => source.replace(/\\b(?=[(\p{L}])/gu, '(?<![\\p{L}\\p{N}])').replace(/\\b/g, '(?![\\p{L}\\p{N}])');
const NO_RESPONSIBLE_PATTERN = new RegExp(unicodeBoundaries(`(?:${NO_RESPONSIBLE.join('|')})`), 'iu');
// The A, or the accountable word, afterwards on the same line.
const ACCOUNTABLE_AFTER = /(?<![A-Za-z])A(?![A-Za-z])|accountable|approver|verantwortlich|rechenschaft|responsable final|aprobador|aprovador|approvatore|eindverantwoordelijk|ответственн|负责人|責任者/iu;

export function readConventions(text: string): Conventions {
  let accountableDoesWork = false;
  // Most documents say nothing of the kind: one test of the whole text first.
  if (NO_RESPONSIBLE_PATTERN.test(text)) {
    for (const line of text.split(/\r\n|\r|\n/)) {
      const match = NO_RESPONSIBLE_PATTERN.exec(line);
      if (match && ACCOUNTABLE_AFTER.test(line.slice(match.index + match[0].length))) {
        accountableDoesWork = true;
        break;
      }
    }
  }
  return { accountableDoesWork };
}
