/** Captures what an export would download: each file's name and text, instead of a download. */
export function captureDownloads(): { files: Array<{ name: string; text: Promise<string> }>; restore: () => void } {
  const files: Array<{ name: string; text: Promise<string> }> = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => ((last = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text: last!.text() });
  };
  return { files, restore: () => ((URL.createObjectURL = create), (HTMLAnchorElement.prototype.click = click)) };
}
