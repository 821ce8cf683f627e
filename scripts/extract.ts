/**
 * Extraction CLI.
 *   npm run --silent extract -- --url <page url> <saved-page.html>   -> one JSON object
 *   npm run --silent extract -- --batch < lines.jsonl                 -> one JSON line per input line
 * Batch input lines: {"url": "...", "file": "..."}. A line that cannot be read or parsed yields
 * {"url", "file", "error"} and the run goes on. stdout carries only JSON; exit code 2 on bad usage.
 */
import { createInterface } from 'node:readline';
import { extractFile } from '../lib/extract/load';

function print(obj: unknown) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function one(file: string, url: string): Record<string, unknown> {
  try {
    new URL(url);
  } catch {
    return { error: `invalid url: ${JSON.stringify(url)}` };
  }
  try {
    return { ...extractFile(file, url).output };
  } catch (e) {
    return { error: message(e) };
  }
}

async function batch() {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let url: unknown;
    let file: unknown;
    try {
      const req = JSON.parse(line) as Record<string, unknown>;
      url = req?.url;
      file = req?.file;
    } catch (e) {
      print({ url: null, file: null, error: `bad input line: ${message(e)}` });
      continue;
    }
    if (typeof url !== 'string' || typeof file !== 'string') {
      print({ url: url ?? null, file: file ?? null, error: 'each line needs string "url" and "file"' });
      continue;
    }
    print({ url, file, ...one(file, url) });
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--batch')) return batch();
  const i = args.indexOf('--url');
  const url = i >= 0 ? args[i + 1] : undefined;
  const file = args.filter((a, k) => !a.startsWith('--') && k !== i + 1)[0];
  if (!url || !file) {
    print({ error: 'usage: extract --url <page url> <saved-page.html> | extract --batch < lines.jsonl' });
    process.exitCode = 2;
    return;
  }
  const out = one(file, url);
  print(out);
  if ('error' in out) process.exitCode = 1;
}

main().catch((e) => {
  print({ error: message(e) });
  process.exitCode = 1;
});
