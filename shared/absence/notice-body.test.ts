import { describe, expect, it } from 'vitest';
import { listMarketCodes } from '../working-time';
import { absenceNoticeBody, absenceNoticeTopic, closingDates, formatNoticeDate, noticeLanguage } from './index';
import { englishTexts, noticeTexts } from './notice-texts';

const base = {
  shopName: 'Baltic Goods',
  firstDay: '2026-12-21',
  lastDay: '2027-01-08',
  workingDays: 11,
  backOn: '2027-01-11',
  noticeRequired: true,
  standIn: '',
  note: '',
  closing: false,
};

describe('absenceNoticeBody', () => {
  it('writes the Polish part first, then the English one, with the dates, working days, stand-in and buyers', () => {
    const body = absenceNoticeBody({ ...base, market: 'PL', standIn: 'Anna Nowak', note: 'Proszę o potwierdzenie.', closing: true });
    const [polish, english] = body.split('\n\n----------\n\n');
    expect(polish).toContain('Zawiadomienie o nieobecności sprzedawcy');
    expect(polish).toContain('Pierwszy dzień nieobecności: 21.12.2026');
    expect(polish).toContain('Ostatni dzień nieobecności: 08.01.2027');
    expect(polish).toContain('Dni robocze nieobecności: 11 (PL)');
    expect(polish).toContain('Anna Nowak odpowiada na wiadomości kupujących');
    expect(polish).toContain('Sklep jest zamknięty od 21.12.2026 do 08.01.2027.');
    expect(polish).toContain('Uwaga sprzedawcy: Proszę o potwierdzenie.');
    expect(english).toContain('Seller absence notice');
    expect(english).toContain('First day of absence: 2026-12-21');
    expect(english).toContain('Back on: 2027-01-11');
    expect(english).toContain('Stand-in: Anna Nowak');
    expect(english).not.toContain('For information');
  });

  it('says nobody stands in and asks the platform to keep buyers informed until the seller is back', () => {
    const body = absenceNoticeBody({ ...base, market: 'DE' });
    expect(body).toContain('Vertretung: keine');
    expect(body).toContain('bitte informieren Sie die Käufer bis zum 11.01.2027.');
    expect(body).toContain('please keep buyers informed until 2027-01-11.');
    expect(body).not.toContain('Shop closing');
  });

  it('marks a notice that is not required as information, in both languages', () => {
    const body = absenceNoticeBody({ ...base, market: 'HR', workingDays: 4, noticeRequired: false });
    expect(body).toContain('Na znanje: za ovu odsutnost obavijest nije obavezna.');
    expect(body).toContain('For information: no notice is required for this absence.');
  });

  it('has a real translation for every market, with every label filled and different from the English', () => {
    for (const market of listMarketCodes()) {
      const language = noticeLanguage(market);
      expect(language, market).not.toBeNull();
      const texts = noticeTexts[language ?? ''];
      expect(texts, market).toBeDefined();
      expect(texts?.title, market).not.toBe(englishTexts.title);
      expect(texts?.buyersStandIn, market).toContain('{standIn}');
      expect(texts?.buyersNobody, market).toContain('{back}');
      expect(texts?.closingText, market).toMatch(/\{first\}.*\{last\}/);
      const body = absenceNoticeBody({ ...base, market, standIn: 'Jan' });
      expect(body.split('----------'), market).toHaveLength(2);
      expect(body, market).not.toMatch(/\{\w+\}/);
    }
  });

  it('writes dates the way each language does', () => {
    expect(['dmy.', 'dmy.-', 'dmy/', 'd. m. y', 'y. m. d.', 'iso'].map((s) => formatNoticeDate('2027-01-08', s as never))).toEqual([
      '08.01.2027',
      '08.01.2027.',
      '08/01/2027',
      '8. 1. 2027',
      '2027. 01. 08.',
      '2027-01-08',
    ]);
    expect(absenceNoticeTopic('2026-12-21', '2027-01-08')).toBe('Absence notice 2026-12-21 – 2027-01-08');
  });
});

describe('closingDates', () => {
  it('closes the shop from local midnight of the first day to the last second of the last day, in the market zone', () => {
    expect(closingDates('2026-12-21', '2027-01-08', 'PL')).toEqual({
      closed_from: '2026-12-20T23:00:00Z',
      closed_to: '2027-01-08T22:59:59Z',
    });
    expect(closingDates('2027-07-01', '2027-07-09', 'PT')).toEqual({
      closed_from: '2027-06-30T23:00:00Z',
      closed_to: '2027-07-09T22:59:59Z',
    });
  });
});
