// Reads and checks the corpus word table off the page's thread: parsing 10,000 rows took the
// page 600 ms on a slow phone (Lighthouse's 4× slower CPU), long enough to make a tap wait.
// Replies once, with the packed table or the reason it is invalid.
import wordClasses from '../../data/word-classes.json';
import { parseWordTable } from '../../engine/wordFeatures';
import { packWordTable, type PackedWordTable } from './wordTablePacking';

export type WordTableReply =
  | { readonly ok: true; readonly table: PackedWordTable }
  | { readonly ok: false; readonly message: string };

let reply: WordTableReply;
try {
  reply = { ok: true, table: packWordTable(parseWordTable(wordClasses)) };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
postMessage(reply, {
  transfer: reply.ok ? [reply.table.numbers.buffer, reply.table.starts.buffer] : [],
});
