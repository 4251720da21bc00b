// The words that say what a heading or a table column is about, in the languages real charters are
// written in (English, French, German, Spanish, Portuguese, Italian, Dutch, Russian, Japanese, Chinese).
// They only name candidates: what a table or section is, is decided from what it holds.
import type { CharterSection } from '../../model';

type SectionKind = CharterSection['kind'];

/** Letters, digits and single spaces, lower case: "📝 Notes:" and "1. Notes" read as "notes". */
export function plainWords(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// `\b` is ASCII-only in JavaScript; these bound words by any letter.
const ROLE_WORD = /(?<!\p{L})(?:roles?|rôles?|rollen?|rollendefinitionen|rol|papel|papéis|papeis|ruol[oi]|rollen|роль|роли|ролей)(?!\p{L})|役割|角色|职位/u;
// German and Dutch compounds put the word last ("Produktverantwortliche" is a role, the product owner):
// only a word that starts with it is about responsibilities.
const RESPONSIBILITY_WORD =
  /responsibilit|responsabilit|raci|rasci|ownership|accountabilit|(?<!\p{L})(?:verantwort|zuständigkeit|verantwoordelijk)|ответственн|責任|职责|責務|担当/u;

/** §3: a role word opens Roles, a responsibility word Responsibilities (in any of the languages above). */
export function sectionKindOf(title: string): SectionKind | undefined {
  const lower = title.toLowerCase();
  const roles = ROLE_WORD.test(lower);
  const responsibilities = RESPONSIBILITY_WORD.test(lower);
  if (roles && responsibilities) return 'both';
  if (roles) return 'roles';
  if (responsibilities) return 'responsibilities';
  return undefined;
}

/** "Roles", "Team roles", "Rôles": a heading that is nothing but the name of a Roles section. */
export function isPlainRolesHeading(title: string): boolean {
  const words = plainWords(title).split(' ');
  return words.length <= 2 && ROLE_WORD.test(words[words.length - 1] ?? '');
}

/**
 * Headings that real charters put beside their roles and responsibilities and that are about the
 * document, not an entry of it ("Notes", "Légende", "Visão Geral", "See also").
 */
const ASIDE_HEADINGS = new Set([
  // English
  'notes', 'note', 'legend', 'key', 'raci key', 'raci legend', 'how to read this', 'how to read this table', 'how to use', 'how to use this matrix',
  'glossary', 'definitions', 'faq', 'questions', 'open questions', 'references', 'see also', 'links', 'related links', 'changelog', 'change log',
  'history', 'revision history', 'overview', 'summary', 'background', 'context', 'purpose', 'scope', 'in scope', 'out of scope', 'appendix',
  'comments', 'todo', 'instructions', 'escalation', 'escalation path', 'decisions', 'decision making', 'approvals', 'review log', 'example',
  'requirements', 'qualifications', 'skills', 'experience', 'nice to have', 'benefits', 'compensation', 'about you', 'about the role', 'career path',
  // French
  'légende', 'remarques', 'aperçu', 'vue d ensemble', 'objectif', 'objectifs', 'périmètre', 'définitions', 'liens', 'annexe', 'historique',
  // German
  'legende', 'hinweise', 'anmerkungen', 'übersicht', 'zweck', 'geltungsbereich', 'definitionen', 'anhang', 'beispiel',
  // Spanish
  'leyenda', 'notas', 'resumen', 'visión general', 'propósito', 'alcance', 'definiciones', 'enlaces', 'anexo',
  // Portuguese
  'legenda', 'visão geral', 'objetivo', 'escopo', 'definições', 'links relacionados', 'instruções', 'instruções de uso', 'aprovações',
  'notas e observações', 'observações',
  // Italian, Dutch
  'panoramica', 'scopo', 'definizioni', 'opmerkingen', 'overzicht', 'doel', 'definities',
  // Russian, Japanese, Chinese
  'легенда', 'примечания', 'обзор', 'цель', 'определения', '凡例', '注記', '概要', '目的', '图例', '说明', '概述', '備考',
]);

// Headings about how to read or use the document, or that explain RACI itself ("How to use this
// document", "RASCI roles explained", "RACI FAQs", "Comment lire cette matrice"), in the ten languages.
const ASIDE_PATTERN = new RegExp(
  [
    String.raw`^(?:how (?:to|do|does)|what (?:is|are|does)|why (?:use|do|we)|faqs?|frequently asked|common (?:questions|mistakes|pitfalls)|tips|anti patterns?|best practices|when to use)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:faqs?|frequently asked questions|common questions)$`,
    String.raw`^(?:comment (?:lire|utiliser)|questions fréquentes|foire aux questions|wie (?:man|liest|verwendet)|häufige fragen|cómo (?:leer|usar|utilizar)|preguntas frecuentes|como (?:ler|usar|utilizar)|perguntas frequentes|come (?:leggere|usare|utilizzare)|domande frequenti|hoe (?:te|lees|gebruik)|veelgestelde vragen|как (?:читать|использовать|пользоваться)|часто задаваемые вопросы)`,
    String.raw`(?:よくある質問|使い方|読み方|常见问题|使用方法|如何使用|如何阅读)`,
  ].join('|'),
  'u',
);

export function isAsideHeading(title: string): boolean {
  const words = plainWords(title);
  return ASIDE_HEADINGS.has(words) || ASIDE_PATTERN.test(words);
}

/** First header cells of a legend table ("Letter | Meaning"). */
const LEGEND_HEADERS = new Set([
  'letter', 'letters', 'code', 'codes', 'key', 'legend', 'symbol', 'abbreviation', 'lettre', 'code', 'symbole', 'légende', 'buchstabe', 'kürzel',
  'symbol', 'legende', 'letra', 'código', 'símbolo', 'leyenda', 'legenda', 'lettera', 'codice', 'simbolo', 'letter', 'буква', 'обозначение',
  'код', '記号', '略号', '符号', '代码',
]);

export function isLegendHeader(cell: string): boolean {
  return LEGEND_HEADERS.has(plainWords(cell));
}

/** First header cells of a table that defines roles ("Role | Description"). */
const ROLE_HEADERS = new Set([
  'role', 'roles', 'title', 'rôle', 'rôles', 'rolle', 'rollen', 'rol', 'papel', 'papéis', 'ruolo', 'роль', 'роли', '役割', '角色', 'position',
]);

export function isRoleHeader(cell: string): boolean {
  return ROLE_HEADERS.has(plainWords(cell));
}

const ALIAS_HEADERS = new Set([
  'aliases', 'alias', 'also known as', 'aka', 'abbreviation', 'abbreviations', 'abbr', 'abbrev', 'acronym', 'short', 'short name', 'short form', 'code',
  'abréviation', 'sigle', 'sigles', 'abkürzung', 'abk', 'kürzel', 'kurzzeichen', 'kurzform', 'akronym', 'sigla', 'siglas', 'abreviatura', 'código',
  'codice', 'afkorting', 'сокращение', 'аббревиатура', 'обозначение', 'код', '略称', '略号', '缩写', '简称',
]);

/** Column headers of a role table, by what the column holds. */
export function roleColumnOf(header: string): 'id' | 'aliases' | 'description' | 'holder' | undefined {
  const name = plainWords(header);
  if (name === 'id') return 'id';
  if (ALIAS_HEADERS.has(name)) return 'aliases';
  if (/^(?:description|summary|responsibilit|scope|descrição|descripción|beschreibung|описание|key responsibilit|.*verantwortung|.*responsibility)/.test(name)) return 'description';
  if (['holder', 'holders', 'person', 'people', 'name', 'who', 'owner', 'nom', 'nome', 'nombre', 'имя', 'фио'].includes(name)) return 'holder';
  return undefined;
}

/** Column headers of a transposed matrix that name nobody in particular ("Who"): the responsibility is the section's. */
export function isWhoHeader(cell: string): boolean {
  return ['who', 'name', 'names', 'person', 'people', 'owner', 'owners', 'team', 'teams', 'assignee', 'assignees', 'qui', 'wer', 'quem', 'quién', 'кто'].includes(plainWords(cell));
}

/** Headers of columns that annotate a row rather than name a role ("Notes", "Comments", "Due"). */
const NOTE_HEADERS = new Set([
  'notes', 'note', 'comments', 'comment', 'remarks', 'remark', 'description', 'details', 'context', 'rationale', 'why', 'how', 'link', 'links',
  'status', 'frequency', 'cadence', 'when', 'due', 'deadline', 'date', 'tool', 'tools', 'artifact', 'artifacts', 'output', 'outputs', 'sla',
  'escalation', 'escalation path', 'escalation route',
  'remarques', 'commentaires', 'anmerkungen', 'bemerkungen', 'kommentare', 'notas', 'comentarios', 'observações', 'note e commenti', 'opmerkingen',
  'примечания', 'комментарии', '備考', '注記', '备注', '说明',
]);

export function isNoteHeader(cell: string): boolean {
  return NOTE_HEADERS.has(plainWords(cell));
}

// Tested on the raw first cell of every row, so one regular expression and no copies of the text.
const SUMMARY_NAME =
  /^[\s*_]*(?:(?:total|totals|grand total|subtotal|sum|count|gesamt|summe|insgesamt|totaux|итого|合計|合计|小計)(?![\p{L}\p{N}])|(?:notes?|comments?|remarks?|remarques|anmerkungen|notas|примечания|備考|备注)[\s*_:]*$)/iu;

/** First cells of rows that sum up or annotate a table rather than list a responsibility ("Total A", "Notes"). */
export function isSummaryName(cell: string): boolean {
  return SUMMARY_NAME.test(cell);
}

// Columns of a record rather than a definition: who signed or approved the document and when, its
// versions. A table with them lists people and roles for another purpose and defines no role.
const RECORD_HEADERS = new Set([
  'signature', 'signatures', 'signed', 'sign off', 'signoff', 'signed off', 'approved', 'approval', 'approved by', 'approver signature', 'initials',
  'version', 'revision', 'rev', 'changes', 'change', 'date', 'signed on', 'approval date', 'date signed',
  'unterschrift', 'freigabe', 'datum', 'signature date', 'visa', 'approbation', 'firma', 'fecha', 'aprobación', 'assinatura', 'aprovação', 'data',
  'handtekening', 'goedkeuring', 'подпись', 'дата', 'утверждено', '署名', '日付', '承認', '签名', '签字', '日期', '审批', '版本',
]);

/** A header of a column that records signatures, approvals, dates or versions. */
export function isRecordHeader(cell: string): boolean {
  return RECORD_HEADERS.has(plainWords(cell));
}
