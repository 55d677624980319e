// The `tinfacts` command line: thin wiring of the ingestion job and the tools around it.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DatabaseError } from '../db/client.js';
import { runDevset } from '../eval/devset.js';
import { runExtractCommand } from './extract.js';
import { runIngestCommand } from './ingest.js';
import { JOURNAL_MODES, runMigrateCommand, type JournalMode } from './migrate.js';
import { runOpenapiCommand } from './openapi.js';
import { runReextractCommand } from './reextract.js';
import { runStatsCommand } from './stats.js';

const dbOption = () =>
  new Option('--db <path>', 'SQLite database file (created when missing)').env('DATABASE_PATH').default('./data/tinfacts.db');

/** For the commands that write: the integrity check before writing, which reads the whole file. */
const noCheckOption = () =>
  new Option('--no-check', "write without SQLite's quick_check first (it reads the whole database: about a second for 150 MB)");

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
  return n;
}

/**
 * Runs a command on the database its --db names. A database that cannot be used is one line naming
 * the setting it came from, and exit code 2; nothing is written.
 */
async function onDatabase(command: Command, run: () => number | Promise<number>): Promise<void> {
  try {
    process.exitCode = await run();
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    const setting = command.getOptionValueSource('db') === 'env' ? 'DATABASE_PATH' : '--db';
    process.stderr.write(`error: ${setting} ${error.path}: ${error.message}\n`);
    process.exitCode = 2;
  }
}

// "tinfacts stats | head": a reader that stops reading ends the command quietly, as it does any Unix tool.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const program = new Command()
  .name('tinfacts')
  .description('Facts from Vietnamese news: ingest articles into SQLite, and the tools around the API.')
  .showHelpAfterError();

program
  .command('ingest')
  .description('Ingest articles from .txt files (one article each) and .jsonl / .jsonl.gz files (one JSON article a line); folders are searched recursively.')
  .argument('<paths...>', 'files or folders')
  .addOption(dbOption())
  .addOption(noCheckOption())
  .option('-q, --quiet', 'no progress bar and no per-problem lines, only the summary')
  .addOption(
    new Option('-w, --workers <n>', 'threads extracting articles beside the one writing (0: extract on the writing thread)')
      .argParser(parseCount)
      .default(Math.max(1, availableParallelism() - 1)),
  )
  .action((paths: string[], options: { db: string; check: boolean; quiet?: boolean; workers: number }, command: Command) =>
    onDatabase(command, () => runIngestCommand(paths, options)),
  );

program
  .command('reextract')
  .description('Extract again the articles an older extractor version stored, from their stored text (after an upgrade).')
  .addOption(dbOption())
  .addOption(noCheckOption())
  .option('--all', 'extract every article again and rebuild the facts from scratch, in article order (what a fresh ingestion gives)')
  .option('-q, --quiet', 'only the summary')
  .action((options: { db: string; check: boolean; all?: boolean; quiet?: boolean }, command: Command) => onDatabase(command, () => runReextractCommand(options)));

program
  .command('migrate')
  .description('Create the database when missing and apply pending migrations.')
  .addOption(dbOption())
  .addOption(noCheckOption())
  .addOption(
    new Option(
      '--journal <mode>',
      'also set the journal: `delete` lets a server read the file in a folder it cannot write (a read-only deployment); a writer turns `wal` back on',
    ).choices(JOURNAL_MODES),
  )
  .action((options: { db: string; check: boolean; journal?: JournalMode }, command: Command) => onDatabase(command, () => runMigrateCommand(options)));

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

program
  .command('eval')
  .description('Score extraction on annotated corpus articles: each annotation against what `extract --format gold` gives for its article.')
  .requiredOption('--gold <dir>', 'folder of annotation JSON files (shared/gold/README.md), each with the id of its article')
  .requiredOption('--corpus <files...>', '.jsonl or .jsonl.gz files holding the annotated articles')
  .option('--pred <dir>', 'also write the predictions there, one file per annotation under the same name')
  .option('--plain', 'score the articles written plain: segmentation underscores undone, no space before punctuation')
  .option('-v, --verbose', 'also list every figure with a context field wrong, every false positive and false negative')
  .option('--calibrate', 'also print the share of figure facts that are right in each confidence band')
  .action(async (options: { gold: string; corpus: string[]; pred?: string; plain?: boolean; verbose?: boolean; calibrate?: boolean }) => {
    process.exitCode = await runDevset(options);
  });

program
  .command('stats')
  .description("What a database's figures tell of the extractor: metric keys per 1,000 figures, the share with an indicator, a subject, a period; multi-article facts whose articles share no entity; conflicts, with a sample to check by hand.")
  .addOption(dbOption())
  .addOption(new Option('--conflicts <n>', 'print the first n conflicting pairs, each side with a sentence').argParser(parseCount).default(0))
  .action((options: { db: string; conflicts: number }, command: Command) => onDatabase(command, () => runStatsCommand(options)));

await program.parseAsync(process.argv);
