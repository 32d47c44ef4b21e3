import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { loadAttachment, type LoadedAttachment } from './attachment-loader';

/** What the seller asked for: to see the file inside the console, or to save it. */
export type AttachmentIntent = 'open' | 'download';

/** Bytes received so far, and the total when the marketplace said it. */
export interface FetchProgress {
  received: number;
  total: number | null;
}

/**
 * One attachment's request state (react-query): loaded once on the first Open or Download (from the
 * offline cache, else through M13) and held while the message is on screen, with its progress and
 * its failure. Runs offline too (`networkMode: 'always'`), since the cache may have the file. The
 * request is aborted when the attachment leaves the screen.
 */
export function useAttachment(shopId: string, attachment: { id: string; name: string }) {
  const { db, profileId, now, downloadAttachment } = useConsoleData();
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const mutation = useMutation<LoadedAttachment, Error, AttachmentIntent>({
    mutationKey: ['attachment', profileId, shopId, attachment.id],
    networkMode: 'always',
    retry: false,
    mutationFn: async () => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress(null);
      return loadAttachment({ db, now, download: downloadAttachment }, shopId, attachment, {
        signal: current.signal,
        onProgress: (received, total) => setProgress({ received, total }),
      });
    },
  });
  return { ...mutation, progress };
}
