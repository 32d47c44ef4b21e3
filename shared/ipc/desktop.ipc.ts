import { z } from 'zod';
import { defineChannel } from './channel';

const id = z.string().min(1).max(100);

/** The desktop shell's settings the seller can change (web mode has none). */
export const desktopSettingsSchema = z.object({
  /** Open the console when the seller logs in to the computer. */
  startAtLogin: z.boolean(),
  /** How many minutes before a reply falls due to notify (0 = no due-soon notifications). */
  notifyLeadMinutes: z.number().int().min(0).max(480),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

/** The settings as the host reports them; `available` is false in web mode (nothing to set). */
export type DesktopSettingsState = DesktopSettings & { available: boolean };

/**
 * What the renderer reports for the badge and the notifications: counts, the waiting threads' ids,
 * shop names and deadlines (never buyer data), and the texts in the seller's language.
 */
export const attentionReportSchema = z
  .object({
    overdue: z.number().int().min(0).max(1_000_000),
    dueSoon: z.number().int().min(0).max(1_000_000),
    threads: z
      .array(
        z
          .object({
            shopId: id,
            threadId: id,
            shopLabel: z.string().max(120),
            dueAtMs: z.number().int().nonnegative().nullable(),
            takenOver: z.boolean(),
          })
          .strict(),
      )
      .max(5000),
    /** The profile's UI language (a BCP 47 tag), for the texts the host writes itself (dialogs, tray). */
    language: z.string().max(35).optional(),
    texts: z
      .object({
        /** The badge's tooltip, e.g. "2 overdue, 3 due soon". */
        badge: z.string().max(200),
        dueSoon: z.string().max(200),
        takenOver: z.string().max(200),
        /** The title of the one notification standing for several. */
        several: z.string().max(200),
      })
      .strict(),
  })
  .strict();
export type AttentionReport = z.infer<typeof attentionReportSchema>;

/** A thread the host asks the renderer to open (a notification clicked, a deep link). */
export interface OpenThreadRequest {
  shopId: string;
  threadId: string;
}

/** Reports the counts and waiting threads for the tray/dock badge and the due-soon notifications. */
export const reportAttention = defineChannel('desktop:attention', attentionReportSchema, null);

/** The desktop shell's settings (start at login, notification lead time). */
export const getDesktopSettings = defineChannel('desktop:settings', z.object({}).strict(), {} as DesktopSettingsState);

/** Changes desktop settings. Errors: NOT_AVAILABLE in web mode, INVALID_INPUT. */
export const setDesktopSettings = defineChannel(
  'desktop:settings:set',
  desktopSettingsSchema.partial().strict(),
  {} as DesktopSettingsState,
);

/**
 * Takes the thread the host wants opened (a clicked notification or a deep link), once: the next call
 * answers null. The preload signals when there is one; the renderer also asks once at start.
 */
export const takeOpenThreadRequest = defineChannel('desktop:take-open-thread', z.object({}).strict(), {} as OpenThreadRequest | null);
