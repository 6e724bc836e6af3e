// What a person takes away: text copied to the clipboard, a file downloaded.
// The status line says what happened. Where the clipboard is refused (a frame
// without clipboard-write, an old browser), the text is shown in a box,
// selected, to copy by hand: a link, a plan in Markdown, an SLA.
export async function copyText(text, status, { done, failed }) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    const box = Object.assign(document.createElement('textarea'), { value: text, readOnly: true, className: 'copy-by-hand' });
    box.rows = Math.min(8, text.split('\n').length + 1);
    box.setAttribute('aria-label', failed);
    status.replaceChildren(Object.assign(document.createElement('span'), { textContent: failed }), box);
    box.focus();
    box.select();
  }
}

export function downloadText(text, { name, type }) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
