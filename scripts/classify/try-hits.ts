/**
 * Prints the lexicon hits of titles read one per line from stdin (`title<TAB>lang`): the words
 * matched, their zone and readings. For looking at a failure class while building its rule.
 */
import { readFileSync } from 'node:fs';
import { loadParts } from '../../lib/classify/parts';
import { titleHits, bayesVote } from '../../lib/classify/title';
import { normalizeText, stemToken } from '../../lib/classify/text';
import { splitTitle } from '../../lib/classify/title';

function main(): void {
  const parts = loadParts(JSON.parse(readFileSync(process.argv[2] ?? 'public/factors/classifier.json', 'utf8')));
  for (const line of readFileSync(0, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [title = '', lang = ''] = line.split('\t');
    console.log(title);
    for (const { text } of splitTitle(title)) {
      const seg = parts.lexicon.tokens(normalizeText(text).split(' ').filter(Boolean)).map(stemToken);
      for (const h of titleHits(parts, text, new Set(), lang || null))
        console.log(
          `  [${h.start},${h.end}) ${seg.slice(h.start, h.end).join(' ')} z=${h.zone.toFixed(2)} ` +
            h.entries.map((e) => `${parts.taxonomy.pathOf(e.id)?.split(' > ').slice(-2).join('>')}:${e.w}`).join(' | '),
        );
      console.log(`  -- ${seg.join(' ')}`);
    }
    for (const v of bayesVote(parts, title, [], lang || null))
      console.log(`  bayes ${parts.taxonomy.pathOf(v.id)} ${v.w.toFixed(3)}`);
  }
}

main();
