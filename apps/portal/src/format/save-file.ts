/** Offers `blob` to the browser as a download named `fileName`, as a link the person clicked would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns; the URL is released once they surely have.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file the API sent inline (GeneratedFile: base64 bytes), saved under its own name. */
export function saveGeneratedFile(file: { fileName: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
  saveFile(new Blob([bytes], { type: file.contentType }), file.fileName);
}
