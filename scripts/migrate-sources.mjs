// @ts-nocheck -- a one-off migration, deleted once it has landed
/**
 * One-off migration for #13: moves every `sources:` entry out of page front matter (content/countries,
 * threats, checklists, updates, pages) and content/emergency into one registry, content/sources/<id>.yaml,
 * and leaves each page a list of the ids it cites. Re-runnable after `git rebase main`: ids already in
 * the registry are merged with any copies still found in pages (the registry wins), so sources that
 * others add the old way are picked up. Prints every conflict between copies of one id and the rule
 * that settled it. Not part of the site: deleted once the migration has landed.
 *
 * Rules, when copies of one id disagree:
 * - url, date, title, mirror, archived: the English page's copy (a date that is a more precise form
 *   of the other, 2024 → 2024-10, wins); a Russian piece's Cyrillic title on the Russian page wins
 *   over a Latin one (that is the publisher's own headline).
 * - publisher and via: per language, each from its own language's copy (emergency files count as English).
 * - lang (now always the language of the piece): an explicit `lang` of any copy; otherwise the
 *   language of the pages whose copies have none.
 * - A title ending in "(description; the headline is not in the copies we read)" or its Russian
 *   form becomes `described: true` with the text per language in `description`.
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

const CONTENT = process.argv[2] ?? 'content';
const REGISTRY = join(CONTENT, 'sources');
const PAGE_DIRS = ['countries', 'threats', 'checklists', 'updates', 'pages'];
const MARKERS = [/\s*\(description; the headline is not in the copies we read\)\s*$/, /\s*\(описание; заголовка в прочитанных копиях нет\)\s*$/];

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Every file with a `sources:` list: [file, page language or null for both-language YAML, text, front matter]. */
const files = [];
for (const dir of PAGE_DIRS) {
  for (const file of existsSync(join(CONTENT, dir)) ? walk(join(CONTENT, dir)).filter((f) => /\.mdx?$/.test(f)) : []) {
    const text = readFileSync(file, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (m) files.push({ file, lang: relative(CONTENT, file).split('/')[1], text, fm: m[1] });
  }
}
for (const file of existsSync(join(CONTENT, 'emergency')) ? walk(join(CONTENT, 'emergency')).filter((f) => /\.ya?ml$/.test(f)) : []) {
  const text = readFileSync(file, 'utf8');
  files.push({ file, lang: null, text, fm: text });
}

const copies = new Map();
for (const f of files) {
  const data = parse(f.fm) ?? {};
  const list = data.sources;
  if (!Array.isArray(list) || list.length === 0 || typeof list[0] === 'string') continue;
  for (const s of list) {
    if (!copies.has(s.id)) copies.set(s.id, []);
    copies.get(s.id).push({ ...s, file: f.file, page: f.lang });
  }
}

const conflicts = [];
const note = (id, what) => conflicts.push(`${id}: ${what}`);
const cyrillic = (s) => /[А-Яа-яЁё]/.test(s);
const str = (v) => (v === undefined || v === null ? undefined : String(v));

function merge(id, list) {
  const en = list.filter((c) => c.page === 'en');
  const ru = list.filter((c) => c.page === 'ru');
  const yml = list.filter((c) => c.page === null);
  const first = [...en, ...yml, ...ru];
  const distinct = (key, from = list) => [...new Set(from.map((c) => str(c[key])).filter((v) => v !== undefined))];
  const pick = (key) => {
    const values = distinct(key);
    const chosen = str(first.find((c) => c[key] !== undefined)?.[key]);
    if (values.length > 1) note(id, `${key} differs (${values.join(' | ')}); took ${chosen}`);
    return chosen;
  };

  // Date: the English copy, unless another copy says the same more precisely.
  const dates = distinct('date');
  let date = str(first[0].date);
  for (const d of dates) if (d !== date && d.startsWith(date) && date !== 'n.d.') date = d;
  if (dates.length > 1) note(id, `date differs (${dates.join(' | ')}); took ${date}`);

  // Language of the piece.
  const explicit = distinct('lang');
  let lang;
  if (explicit.length) {
    lang = str(first.find((c) => c.lang)?.lang);
    if (explicit.length > 1) note(id, `lang differs (${explicit.join(' | ')}); took ${lang}`);
  } else {
    const bare = [...new Set(list.filter((c) => c.page).map((c) => c.page))];
    if (bare.length === 1) lang = bare[0];
    else if (bare.length === 0) lang = 'en';
    else {
      lang = cyrillic(String(first[0].title)) ? 'ru' : 'en';
      note(id, `no copy names its language, and it is cited on pages in ${bare.join(' and ')}; took ${lang} from the title's script`);
    }
  }

  // Title or description.
  const marked = (c) => MARKERS.some((re) => re.test(String(c.title)));
  const strip = (t) => MARKERS.reduce((s, re) => s.replace(re, ''), String(t)).trim();
  const entry = {};
  const perLang = (enValue, ruValue) => (ruValue === undefined || ruValue === enValue ? enValue : { en: enValue, ru: ruValue });

  // Publisher per language: where pages of one language name it differently, the most specific
  // name that contains the others ("RFE/RL Balkan Service" over "RFE/RL"), else the first.
  const publisherOf = (group) => {
    const names = distinct('publisher', group);
    if (names.length <= 1) return names[0];
    const longest = [...names].sort((a, b) => b.length - a.length)[0];
    const chosen = names.every((n) => longest.includes(n.replace(/\s*\(.*\)$/, ''))) ? longest : names[0];
    note(id, `publisher differs between pages of one language (${names.join(' | ')}); took ${chosen}`);
    return chosen;
  };
  const enPub = publisherOf(en.length ? en : yml.length ? yml : ru);
  const ruPub = publisherOf(ru.length ? ru : en.length ? en : yml);
  entry.publisher = perLang(enPub, ruPub);

  if (list.some(marked)) {
    const enText = strip((en[0] ?? yml[0] ?? ru[0]).title);
    const ruCopy = ru.find(marked) ?? ru[0];
    let ruText = ruCopy ? strip(ruCopy.title) : undefined;
    if (!ruText || !cyrillic(ruText)) {
      note(id, `described, but no Russian description (${ruText ?? 'no Russian copy'}); the Russian falls back to the English text`);
      ruText = enText;
    }
    entry.described = true;
    entry.description = { en: enText, ru: ruText };
    const titles = distinct('title').map(strip);
    if (new Set(titles).size > 2) note(id, `descriptions differ (${titles.join(' | ')}); took the first of each language`);
  } else {
    const titles = distinct('title');
    let title = str(first[0].title);
    const ruTitle = str(ru[0]?.title);
    if (lang === 'ru' && ruTitle && cyrillic(ruTitle) && !cyrillic(title)) title = ruTitle;
    if (titles.length > 1) note(id, `title differs (${titles.join(' | ')}); took ${title}`);
    entry.title = title;
  }
  entry.date = date;
  entry.url = pick('url');
  const archived = pick('archived');
  if (archived) entry.archived = archived;
  const mirror = pick('mirror');
  if (mirror) entry.mirror = mirror;
  const enVia = str((en.find((c) => c.via) ?? yml.find((c) => c.via))?.via);
  const ruVia = str(ru.find((c) => c.via)?.via);
  if (enVia || ruVia) {
    if (!enVia || !ruVia) note(id, `via only in ${enVia ? 'English' : 'Russian'} (${enVia ?? ruVia}); used for both`);
    entry.via = perLang(enVia ?? ruVia, ruVia ?? enVia);
  }
  entry.lang = lang;
  return entry;
}

// YAML out: JSON strings are valid YAML, so anything that is not plainly safe is written quoted.
const PLAIN = /^(?:https:\/\/[^\s#]+|[\p{L}«][\p{L}\p{N} .,()/«»'’&–—-]*)$/u;
const scalar = (v) => (PLAIN.test(v) && !/^(?:yes|no|true|false|null|on|off)$/i.test(v) && !v.endsWith(' ') ? v : JSON.stringify(v));
function toYaml(entry) {
  const lines = [];
  for (const [key, value] of Object.entries(entry)) {
    if (typeof value === 'object') {
      lines.push(`${key}:`);
      for (const [k, v] of Object.entries(value)) lines.push(`  ${k}: ${scalar(String(v))}`);
    } else lines.push(`${key}: ${typeof value === 'boolean' ? value : scalar(String(value))}`);
  }
  return lines.join('\n') + '\n';
}

mkdirSync(REGISTRY, { recursive: true });
let created = 0;
for (const [id, list] of [...copies].sort(([a], [b]) => a.localeCompare(b))) {
  const path = join(REGISTRY, `${id}.yaml`);
  if (existsSync(path)) {
    note(id, `already in the registry; the copies in ${[...new Set(list.map((c) => c.file))].join(', ')} are dropped (compare them by hand)`);
    continue;
  }
  writeFileSync(path, toYaml(merge(id, list)));
  created++;
}

// Each file's `sources:` block becomes the list of its ids, in the same order (citation numbers stay).
let rewritten = 0;
for (const f of files) {
  const data = parse(f.fm) ?? {};
  if (!Array.isArray(data.sources) || data.sources.length === 0 || typeof data.sources[0] === 'string') continue;
  const ids = data.sources.map((s) => s.id);
  const block = /^sources:[ \t]*\n(?:(?:[ \t]+.*|[ \t]*)\n)*?(?=^\S|$(?![\s\S]))/m;
  const fmStart = f.lang === null ? 0 : 4; // after the opening "---\n"
  const fmEnd = fmStart + f.fm.length;
  const fm = f.text.slice(fmStart, fmEnd) + '\n';
  const replaced = fm.replace(block, `sources:\n${ids.map((id) => `  - ${id}\n`).join('')}`);
  if (replaced === fm) throw new Error(`${f.file}: could not find the sources block`);
  writeFileSync(f.file, f.text.slice(0, fmStart) + replaced.slice(0, -1) + f.text.slice(fmEnd));
  rewritten++;
}

console.log(conflicts.map((c) => `  ${c}`).join('\n'));
console.log(`${copies.size} ids, ${created} new registry files, ${rewritten} files rewritten, ${conflicts.length} conflicts (listed above)`);
