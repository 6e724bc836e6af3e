// What a person takes away: text copied to the clipboard, a file downloaded.
// The status line says what happened; where the clipboard is refused (a frame
// without clipboard-write, an old browser), short text is shown to copy by hand.
export async function copyText(text, status, { done, failed }) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = `${failed} ${text.length < 300 ? text : ''}`;
  }
}

export function downloadText(text, { name, type }) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
