// Runs an import in the worker (worker.js): one file at a time, with its
// progress reported, and cancel ending the worker at once (a new one starts
// with the next file). Where no worker can run (the standalone file opened
// from disk), read() rejects and the view says so.
export class ImportReader {
  #worker = null;
  #reject = null;

  // Resolves to { result, bytes }; onProgress(fraction | 'counting').
  read(message, onProgress) {
    this.cancel();
    return new Promise((resolve, reject) => {
      try {
        this.#worker = new Worker(new URL('./import-worker.js', import.meta.url), { type: 'module' });
      } catch (error) {
        reject(error);
        return;
      }
      this.#reject = reject;
      this.#worker.onmessage = ({ data }) => {
        if (data.progress !== undefined) onProgress(data.progress);
        else if (data.counting) onProgress('counting');
        else {
          // Done: the worker goes, and with it the memory a large file took.
          this.#reject = null;
          this.#worker.terminate();
          this.#worker = null;
          resolve(data);
        }
      };
      this.#worker.onerror = (event) => {
        event.preventDefault();
        this.cancel(new Error('worker'));
      };
      this.#worker.postMessage(message);
    });
  }

  // Stops a reading under way (its promise rejects with `reason`, "cancelled" by default).
  cancel(reason = new Error('cancelled')) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#reject?.(reason);
    this.#reject = null;
  }
}
