/**
 * Indexes one search part in a worker thread (search-parts.ts, `indexParts`). Pagefind's Node API
 * keeps one Pagefind process per module instance, so two parts can only be indexed at once, each by
 * a process of its own that exits with its memory, from two threads, each with its own instance.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { indexPart, type PartJob } from './search-parts.ts';

const job = workerData as PartJob;
const read = await indexPart(job.dir, job.pages, job.scratch, job.outputPath);
// indexPart has stopped this thread's Pagefind process; the thread waits a moment for it to end, so
// its event loop collects the process's exit (a thread that ended first would leave it a zombie).
await sleep(250);
parentPort?.postMessage(read);
