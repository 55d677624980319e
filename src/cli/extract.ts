import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toGold } from '../domain/extract/to-gold.js';
import { prepareArticle } from '../ingest/prepare-article.js';
import { describeLocation, listInputFiles, readArticles } from '../ingest/sources.js';

/** A file name for an article id ("vietnews/train/0001" -> "vietnews_train_0001"). */
function fileNameFor(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]+/gu, '_');
}

/** Extracts every article of `files` into `out`, one JSON file each; returns the exit code. */
export async function runExtractCommand(files: string[], options: { out: string; format: 'json' | 'gold' }): Promise<number> {
  await mkdir(options.out, { recursive: true });
  const { files: inputs, errors } = await listInputFiles(files);
  let failed = errors.length;
  for (const e of errors) process.stderr.write(`error: ${describeLocation(e.at)}: ${e.message}\n`);
  let written = 0;
  for (const file of inputs) {
    for await (const item of readArticles(file)) {
      if (item.kind === 'error') {
        failed++;
        process.stderr.write(`error: ${describeLocation(item.at)}: ${item.message}\n`);
        continue;
      }
      const prepared = prepareArticle(item.article);
      const id = item.article.id ?? `${file}-${item.at.line ?? 0}`;
      const output =
        options.format === 'gold'
          ? toGold(id, prepared.extraction)
          : { id, segmented: prepared.text.segmented, ...prepared.extraction };
      await writeFile(join(options.out, `${fileNameFor(id)}.json`), `${JSON.stringify(output, null, 1)}\n`);
      written++;
    }
  }
  process.stdout.write(`${written} written to ${options.out}, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
