import { useEffect, useState } from 'react';

/**
 * A blob: URL for `blob` (null until made, or for no blob) that lives exactly as long as the
 * component shows it: revoked when the blob changes or the component goes, so no file stays
 * reachable in memory after its preview closes.
 */
export function useBlobUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [blob]);
  return url;
}
