import type { ExportedFile } from './your-data';

/**
 * Hands a file to the browser's own download (a blob URL on an anchor): no `downloads`
 * permission, and the data goes from memory to the user's disk, nowhere else.
 */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  anchor.click();
  // Revoke after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
