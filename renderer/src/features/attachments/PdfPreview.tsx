import { useEffect, useRef, useState } from 'react';
import { useT } from '../../ui/i18n';
import { messages } from './attachments.messages';

/** At most this many pages are drawn; the rest is for the downloaded file (a long PDF would hold the window). */
const maxPages = 20;

type RenderState = { status: 'rendering' } | { status: 'done'; shown: number; count: number } | { status: 'failed' };

/** A PDF's first pages drawn by pdf.js onto canvases (see pdf-render.ts for why), never the browser's viewer. */
export function PdfPreview({ blob }: { blob: Blob }) {
  const t = useT();
  const pages = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<RenderState>({ status: 'rendering' });
  const label = useRef(t);
  label.current = t;
  useEffect(() => {
    const container = pages.current;
    if (!container) return;
    const controller = new AbortController();
    setState({ status: 'rendering' });
    void (async () => {
      const { renderPdfPages } = await import('./pdf-render');
      const data = new Uint8Array(await blob.arrayBuffer());
      return renderPdfPages(data, container, {
        maxPages,
        width: Math.min(800, Math.max(320, container.clientWidth - 16)),
        pageLabel: (page, count) => label.current(messages.pdfPage, { page, count }),
        signal: controller.signal,
      });
    })().then(
      (result) => {
        if (!controller.signal.aborted) setState({ status: 'done', ...result });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      },
    );
    return () => {
      controller.abort();
      container.replaceChildren();
    };
  }, [blob]);
  return (
    <div className="pdf-preview">
      {state.status === 'rendering' && (
        <p role="status" className="muted">
          {t(messages.pdfRendering)}
        </p>
      )}
      {state.status === 'failed' && <p role="alert">{t(messages.pdfFailed)}</p>}
      {state.status === 'done' && state.shown < state.count && (
        <p className="muted">{t(messages.pdfTruncated, { shown: state.shown, count: state.count })}</p>
      )}
      <div ref={pages} className="pdf-pages" data-pdf-state={state.status} />
    </div>
  );
}
