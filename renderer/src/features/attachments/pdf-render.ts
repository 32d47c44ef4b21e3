// Loaded only when a PDF is opened (a dynamic import from PdfPreview), so pdf.js is a chunk of its own.
//
// Why pdf.js onto a canvas, not the browser's PDF viewer in an <iframe>/<embed>: the desktop app runs
// in Electron, which has no PDF viewer unless `plugins: true` (left off), and Chromium's viewer runs
// the PDF's own JavaScript (PDFium's JS engine) and needs the CSP opened for frames or objects
// (`object-src 'none'` and the default `frame-src 'self'` now forbid blob: documents). pdf.js in a
// worker only parses the file and draws pages: it never runs a PDF's scripts (scripting lives in its
// viewer's sandbox, not loaded here), `isEvalSupported: false` keeps it from compiling code from font
// data (the page's CSP forbids eval anyway), no XFA forms, no WebAssembly, and no annotation or text
// layer, so no link in the file can be followed.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** What renderPdfPages draws: how many pages the file has, and how many were drawn. */
export interface PdfRenderResult {
  count: number;
  shown: number;
}

/** How pages are drawn: at most `maxPages`, each `width` CSS pixels wide, labelled for assistive technology. */
export interface PdfRenderOptions {
  maxPages: number;
  width: number;
  pageLabel(page: number, count: number): string;
  signal: AbortSignal;
}

/**
 * Draws the first pages of a PDF into `container`, one canvas per page (role img, labelled "Page 1 of 3").
 * Stops early when `signal` aborts; always releases the document and its worker. Rejects for a file
 * pdf.js cannot read.
 */
export async function renderPdfPages(data: Uint8Array, container: HTMLElement, options: PdfRenderOptions): Promise<PdfRenderResult> {
  const task = getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    // Bounds the memory a hostile image inside the file can take (16 megapixels).
    maxImageSize: 16 * 1024 * 1024,
  });
  const abort = (): void => void task.destroy();
  options.signal.addEventListener('abort', abort);
  try {
    const pdf = await task.promise;
    const shown = Math.min(pdf.numPages, options.maxPages);
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    for (let n = 1; n <= shown && !options.signal.aborted; n++) {
      const page = await pdf.getPage(n);
      const natural = page.getViewport({ scale: 1 });
      const scale = Math.max(0.25, Math.min(3, options.width / natural.width));
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', options.pageLabel(n, pdf.numPages));
      canvas.className = 'pdf-page';
      container.append(canvas);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
    }
    return { count: pdf.numPages, shown };
  } finally {
    options.signal.removeEventListener('abort', abort);
    await task.destroy();
  }
}
