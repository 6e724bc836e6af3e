// The import's Web Worker: reads a file with progress and counts it with the
// import module (funnel-import.mjs, beside it in dist/), so the page stays
// responsive however large the export. Messages in: { file } (a File, read
// here in chunks) or { bytes } (a pasted text or a sample), with { request }
// for core.importFile. Messages out: { progress: 0..1 }, { counting: true },
// then { result, bytes } (the bytes, to read again with another mapping).
import createFunnelImport from './funnel-import.mjs';

let loading = null;

async function readWithProgress(file) {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let done = 0;
  let reported = 0;
  for (;;) {
    const { value, done: end } = await reader.read();
    if (end) break;
    bytes.set(value, done);
    done += value.length;
    if (done - reported >= file.size / 100) {  // at most a hundred messages
      reported = done;
      postMessage({ progress: done / file.size });
    }
  }
  return bytes;
}

self.onmessage = async ({ data }) => {
  loading ??= createFunnelImport();
  const bytes = data.file ? await readWithProgress(data.file) : data.bytes;
  postMessage({ counting: true });
  const module = await loading;
  const result = module.importFile({ ...data.request, bytes });
  postMessage({ result, bytes }, [bytes.buffer]);
};
