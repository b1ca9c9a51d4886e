import { once } from 'node:events';

/** Writes, and waits when the stream's buffer is full: whatever feeds the writer then pauses. */
export async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk && !stream.write(chunk)) await once(stream, 'drain');
}

/** Ends a stream once all it holds is written; rejects when that fails. */
export async function close(stream: NodeJS.WritableStream): Promise<void> {
  await new Promise<void>((done, fail) => {
    stream.once('error', fail);
    stream.end(done);
  });
}
