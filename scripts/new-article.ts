/**
 * `npm run new-article -- <raw.txt>`: turns a raw collected text into an MDX draft in
 * content/articles/, with every possible piece of debris and every unknown field marked TODO.
 * It never overwrites a file and writes nothing when it refuses the input.
 */
import path from 'node:path';
import { runNewArticle } from './authoring/new-article.ts';

const result = runNewArticle(process.argv.slice(2), path.resolve(import.meta.dirname, '..', 'content'));
if (result.code === 0) console.log(result.message);
else console.error(result.message);
process.exitCode = result.code;
