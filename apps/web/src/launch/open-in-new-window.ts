/** noopener: the new window gets no handle back to the LMS page that framed the tool. */
export function openInNewWindow(url: string): void {
  window.open(url, '_blank', 'noopener');
}
