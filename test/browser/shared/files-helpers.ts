/**
 * Acting as a school with files: choosing a file in a file input (the browser's own FileList, set through a
 * DataTransfer, then the `change` the browser fires), and catching the files a form offers for download.
 */

/** A file as a person's computer would hold it. */
export function jsonFile(name: string, content: unknown): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content, null, 2)], name, {
    type: 'application/json',
  });
}

/**
 * Chooses `file` in `input`, as the file picker (or a file dropped on the box) does. A refused file moves focus
 * to the error summary, so a test waits for that.
 */
export function chooseFile(input: HTMLInputElement, file: File): void {
  // The person pressed the box to open the file picker, so it has focus.
  input.focus();
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export interface Download {
  fileName: string;
  text(): Promise<string>;
}

/**
 * Catches downloads while installed: every link with `download` that is clicked (by a person, or by the form's
 * own script) is recorded instead of saved, with the Blob behind its object URL.
 */
export function catchDownloads(): { downloads: Download[]; stop(): void } {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      if (!this.hasAttribute('download')) return (click.value as () => void).call(this);
      const href = this.href;
      const blob = blobs.get(href);
      downloads.push({
        fileName: this.download,
        text: () => (blob ? blob.text() : fetch(href).then((response) => response.text())),
      });
    },
  });
  return {
    downloads,
    stop() {
      URL.createObjectURL = createObjectURL;
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    },
  };
}
