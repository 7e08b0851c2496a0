/**
 * `npm run validate -- --user FILE...`: checks files as the atlas's import does, with the data
 * worker's own function (`checkImportFile`: size and position limits, UTF-8, UTF-16 or GBK,
 * parse, the user checks, duplicate ids, big integers), so that the command line and the
 * import panel accept and refuse the same files. No district check (decision 0012).
 * Files over a few MB show their progress on stderr. Exit status 1 if any file is refused or
 * any feature is left out; warnings alone do not fail.
 */
import { readFileSync } from 'node:fs';
import { checkImportFile } from '../src/data/import/import-task.ts';

const PROGRESS_BYTES = 8 * 1024 * 1024;
/** Problems and warnings printed per file; the rest are counted. */
const MAX_LINES = 50;

export async function validateUserFiles(files: readonly { path: string; shown: string }[]): Promise<number> {
  let bad = 0;
  for (const { path, shown } of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      console.log(`✗ ${shown}: ${code === 'ENOENT' ? 'file not found' : `cannot read the file (${code})`}`);
      bad++;
      continue;
    }
    const big = bytes.length >= PROGRESS_BYTES;
    let lastShare = -1;
    const started = Date.now();
    const r = await checkImportFile(new Blob([new Uint8Array(bytes)]), shown, (p) => {
      if (!big) return;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (p.phase !== 'reading') process.stderr.write(`  ${shown}: ${p.phase}… (${seconds} s)\n`);
      else if (Math.floor(p.ratio * 4) > lastShare) {
        lastShare = Math.floor(p.ratio * 4);
        process.stderr.write(`  ${shown}: reading ${Math.round(p.ratio * 100)}% (${seconds} s)\n`);
      }
    });
    const line = (i: { feature: string; path: string; problem: string }) =>
      `    ${[i.feature, i.path].filter(Boolean).join(' at ') || 'whole file'}: ${i.problem}`;
    if (big) process.stderr.write(`  ${shown}: checked in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (r.refused) console.log(`✗ ${shown} refused`);
    else {
      const head = `${r.valid.length} of ${r.total} feature${r.total === 1 ? '' : 's'} would be imported`;
      console.log(`${r.issues.length > 0 ? '✗' : '✓'} ${shown}: ${head}`);
    }
    for (const i of r.issues.slice(0, MAX_LINES)) console.log(line(i));
    if (r.issues.length > MAX_LINES) console.log(`    … and ${r.issues.length - MAX_LINES} more problems`);
    for (const w of r.warnings.slice(0, MAX_LINES)) console.log(line(w).replace(/^ {4}/, '  ! '));
    if (r.warnings.length > MAX_LINES)
      console.log(`  ! … and ${r.warnings.length - MAX_LINES} more warnings`);
    if (r.issues.length > 0) bad++;
  }
  const ok = files.length - bad;
  console.log(
    `${files.length} file${files.length === 1 ? '' : 's'} checked as imports: ${ok} ok, ${bad} with problems`,
  );
  return bad;
}
