// The conversion worker: reads one file's bytes into text at a time (mammoth, html-to-text, pdf.js), away from
// the main thread, so that a file which needs too much memory or time ends this worker and nothing else.
import { parentPort } from 'node:worker_threads';
import { convertBytes } from './documents.ts';
import { checkXmlElements, checkZip, FileLimitError, type FileLimits } from './file-limits.ts';

export interface ConvertRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  limits: FileLimits;
}

export type ConvertReply = { id: number; ok: true; text: string; title: string | null } | { id: number; ok: false; message: string; limit: boolean };

parentPort?.on('message', (req: ConvertRequest) => {
  void (async () => {
    try {
      const buf = Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
      if (req.file.toLowerCase().endsWith('.docx')) checkXmlElements(buf, checkZip(buf, req.limits), req.limits);
      const doc = await convertBytes(req.file, buf);
      parentPort?.postMessage({ id: req.id, ok: true, text: doc.text, title: doc.title } satisfies ConvertReply);
    } catch (err) {
      parentPort?.postMessage({ id: req.id, ok: false, message: (err as Error).message, limit: err instanceof FileLimitError } satisfies ConvertReply);
    }
  })();
});
