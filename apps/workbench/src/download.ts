/** Saves `content` as a file named `name`, from memory: a `blob:` URL of this page, never a request. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const JSON_TYPE = "application/json";
export const TEXT_TYPE = "text/plain;charset=utf-8";
export const MARKDOWN_TYPE = "text/markdown;charset=utf-8";
export const HTML_TYPE = "text/html;charset=utf-8";
export const CSV_TYPE = "text/csv;charset=utf-8";
