// The `tinfacts` command line: thin wiring of the ingestion job and the tools around it.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { runExtractCommand } from './extract.js';
import { runIngestCommand } from './ingest.js';
import { runMigrateCommand } from './migrate.js';
import { runOpenapiCommand } from './openapi.js';
import { runReextractCommand } from './reextract.js';

const dbOption = () =>
  new Option('--db <path>', 'SQLite database file (created when missing)').env('DATABASE_PATH').default('./data/tinfacts.db');

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
  return n;
}

const program = new Command()
  .name('tinfacts')
  .description('Facts from Vietnamese news: ingest articles into SQLite, and the tools around the API.')
  .showHelpAfterError();

program
  .command('ingest')
  .description('Ingest articles from .txt files (one article each) and .jsonl / .jsonl.gz files (one JSON article a line); folders are searched recursively.')
  .argument('<paths...>', 'files or folders')
  .addOption(dbOption())
  .option('-q, --quiet', 'no progress bar and no per-problem lines, only the summary')
  .addOption(
    new Option('-w, --workers <n>', 'threads extracting articles beside the one writing (0: extract on the writing thread)')
      .argParser(parseCount)
      .default(Math.max(1, availableParallelism() - 1)),
  )
  .action(async (paths: string[], options: { db: string; quiet?: boolean; workers: number }) => {
    process.exitCode = await runIngestCommand(paths, options);
  });

program
  .command('reextract')
  .description('Extract again the articles an older extractor version stored, from their stored text (after an upgrade).')
  .addOption(dbOption())
  .option('-q, --quiet', 'only the summary')
  .action((options: { db: string; quiet?: boolean }) => {
    process.exitCode = runReextractCommand(options);
  });

program
  .command('migrate')
  .description('Create the database when missing and apply pending migrations.')
  .addOption(dbOption())
  .action((options: { db: string }) => {
    process.exitCode = runMigrateCommand(options);
  });

program
  .command('openapi')
  .description('Write the OpenAPI document of the API.')
  .option('-o, --out <file>', 'write to this file instead of standard output')
  .action(async (options: { out?: string }) => {
    process.exitCode = await runOpenapiCommand(options);
  });

program
  .command('extract')
  .description('Run extraction on article files without a database and write one JSON file per article.')
  .argument('<files...>', '.txt, .jsonl or .jsonl.gz files')
  .requiredOption('-o, --out <dir>', 'output folder')
  .addOption(new Option('-f, --format <format>', 'output shape').choices(['json', 'gold']).default('json'))
  .action(async (files: string[], options: { out: string; format: 'json' | 'gold' }) => {
    process.exitCode = await runExtractCommand(files, options);
  });

await program.parseAsync(process.argv);
